// POST /api/admin/drift/run — an admin runs the drift check now (same job as the cron route)
import { driftJob } from "@/jobs/drift";
import { runJob } from "@/jobs/define-job";
import * as api from "@/lib/contracts/drift";
import { defineRoute } from "@/lib/http/route";

export const maxDuration = 300;

export const POST = defineRoute(api.runDriftNow, async ({ ctx }) =>
  api.presentDriftRun(await runJob(driftJob, { ctx })),
);
