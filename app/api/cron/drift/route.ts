// GET /api/cron/drift — the scheduler runs the weekly drift check (Bearer $CRON_SECRET)
import { driftJob } from "@/jobs/drift";
import { runJob } from "@/jobs/define-job";
import * as api from "@/lib/contracts/drift";
import { defineRoute } from "@/lib/http/route";

// A check over a large log can take a while; platforms with function time limits honour this.
export const maxDuration = 300;

export const GET = defineRoute(api.runDriftCron, async ({ ctx }) =>
  api.presentDriftRun(await runJob(driftJob, { ctx })),
);
