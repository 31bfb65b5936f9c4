// GET /api/cron/embeddings — the scheduler resumes re-embedding stale candidate vectors (Bearer $CRON_SECRET)
import { embeddingRefreshJob } from "@/jobs/embedding-refresh";
import { runJob } from "@/jobs/define-job";
import * as api from "@/lib/contracts/embeddings";
import { defineRoute } from "@/lib/http/route";

export const maxDuration = 300;

// Four minutes of batches, so the run ends inside the platform's limit; the next run continues.
export const GET = defineRoute(api.runEmbeddingRefreshCron, async ({ ctx }) =>
  runJob(embeddingRefreshJob, { ctx, input: { maxSeconds: 240 } }),
);
