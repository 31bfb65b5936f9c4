import "server-only";
import { Invalid } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { categoryOf } from "@/lib/scoring";

// The recruiter directory the drift page names recruiters from: an ATS that sends a job's `recruiter_name`
// beside its `recruiter_id` keeps it current. Keyed as the recruiter signal records the id (trimmed, lower
// case), so the name finds the signal's category.

export interface RecruiterName {
  recruiterId?: string | null;
  recruiterName?: string | null;
}

/** A name needs the id it names; checked before anything is written. */
export function checkRecruiterName({ recruiterId, recruiterName }: RecruiterName): void {
  if (recruiterName && !recruiterId?.trim())
    throw new Invalid("recruiter_name names the recruiter of recruiter_id, which is missing.", [
      { path: "recruiter_id", message: "is required when recruiter_name is given" },
    ]);
}

/** Stores or renames the job's recruiter in the directory, in the job's transaction. */
export async function nameRecruiter(tx: Prisma.TransactionClient, input: RecruiterName): Promise<void> {
  const name = input.recruiterName?.trim();
  if (!name || !input.recruiterId) return;
  const id = categoryOf(input.recruiterId);
  await tx.recruiter.upsert({ where: { id }, create: { id, name }, update: { name } });
}
