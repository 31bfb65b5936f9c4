import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth";
import { runExclusive } from "@/lib/db/exclusive";
import { Conflict, Invalid, zodFieldErrors } from "@/lib/errors";

// A background job: an id, the cron schedule it runs on, a zod input (every field defaulted, so the
// scheduler sends nothing), and a thin handler over a domain function that returns a summary. The cron
// route, the admin API and the command line all start it through runJob, so one run at a time holds.

export interface JobDefinition<Input extends z.ZodType, Summary> {
  id: string;
  /** Cron expression in UTC; vercel.json schedules the job's cron route with the same one. */
  schedule: string;
  input: Input;
  /** PostgreSQL advisory-lock key that keeps runs in different processes from overlapping. */
  lockKey: number;
  handler: (args: { ctx: Actor; input: z.output<Input> }) => Promise<Summary>;
}

export function defineJob<Input extends z.ZodType, Summary>(
  job: JobDefinition<Input, Summary>,
): JobDefinition<Input, Summary> {
  return job;
}

/** Runs a job now; a Conflict (409) if a run of it is already in progress anywhere. */
export async function runJob<Input extends z.ZodType, Summary>(
  job: JobDefinition<Input, Summary>,
  { ctx, input }: { ctx: Actor; input?: z.input<Input> },
): Promise<Summary> {
  const parsed = job.input.safeParse(input ?? {});
  if (!parsed.success) throw new Invalid(`Invalid input for the ${job.id} job.`, zodFieldErrors(parsed.error, []));
  const outcome = await runExclusive(job.id, job.lockKey, () => job.handler({ ctx, input: parsed.data }));
  if (!outcome.ran) throw new Conflict(`The ${job.id} job is already running; try again when it has finished.`);
  return outcome.value;
}
