import "server-only";
import { EMBEDDING_REFRESH_JOB, refreshCandidateVectors, refreshInput } from "@/lib/embeddings";
import { defineJob } from "./define-job";

// Re-embedding stored candidates after an embedding-model change. A server process does it in the
// background on its own (lib/embeddings/refresh-runner.ts); this schedule resumes it where none runs in
// the background (serverless), and `npm run job:embeddings` does it while the server is down.
// Triggered by GET /api/cron/embeddings and the CLI; admins start it with POST /api/admin/embeddings/refresh.
export const embeddingRefreshJob = defineJob({
  id: EMBEDDING_REFRESH_JOB.id,
  schedule: "0 * * * *",
  input: refreshInput,
  lockKey: EMBEDDING_REFRESH_JOB.lockKey,
  handler: ({ ctx, input }) => refreshCandidateVectors({ ctx, input }),
});
