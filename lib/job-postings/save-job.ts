import "server-only";
import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { jobDetailSelect, type JobDetail } from "./job-detail";
import { jobRecords, type JobInput } from "./job-record";
import { checkRecruiterName, nameRecruiter } from "./recruiter-directory";

export async function createJob({ ctx, input }: { ctx: Actor; input: JobInput }): Promise<JobDetail> {
  checkRecruiterName(input);
  const [data] = await jobRecords({ ctx, inputs: [input] });
  return db.$transaction(async (tx) => {
    await nameRecruiter(tx, input);
    return tx.job.create({ data: data!, select: jobDetailSelect });
  });
}

/** Creates or replaces the job an ATS knows by `externalId` (its own id for the job). */
export async function upsertJobByExternalId({
  ctx,
  input,
}: {
  ctx: Actor;
  input: JobInput & { externalId: string };
}): Promise<{ job: JobDetail; created: boolean }> {
  checkRecruiterName(input);
  const [data] = await jobRecords({ ctx, inputs: [input] });
  return db.$transaction(async (tx) => {
    const existing = await tx.job.findUnique({ where: { externalId: input.externalId }, select: { id: true } });
    await nameRecruiter(tx, input);
    const job = await tx.job.upsert({
      where: { externalId: input.externalId },
      create: data!,
      update: { ...data!, openedAt: input.openedAt },
      select: jobDetailSelect,
    });
    return { job, created: !existing };
  });
}

export async function updateJob({ ctx, input }: { ctx: Actor; input: JobInput & { id: string } }): Promise<JobDetail> {
  checkRecruiterName(input);
  const existing = await db.job.findUnique({ where: { id: input.id }, select: { externalId: true, openedAt: true } });
  if (!existing) throw new NotFound("Job not found.");
  const [data] = await jobRecords({
    ctx,
    inputs: [{ ...input, externalId: input.externalId ?? existing.externalId ?? undefined }],
  });
  return db.$transaction(async (tx) => {
    await nameRecruiter(tx, input);
    return tx.job.update({
      where: { id: input.id },
      data: { ...data!, openedAt: input.openedAt ?? existing.openedAt },
      select: jobDetailSelect,
    });
  });
}

export async function getJob({ input }: { input: { id: string } }): Promise<JobDetail> {
  const job = await db.job.findUnique({ where: { id: input.id }, select: jobDetailSelect });
  if (!job) throw new NotFound("Job not found.");
  return job;
}
