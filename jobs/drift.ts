import "server-only";
import { driftCheckInput, runDriftCheck } from "@/lib/drift";
import { defineJob } from "./define-job";

// The weekly drift check: Mondays 06:00 UTC, comparing the last 7 whole days with the 28 before them
// (or the pinned baseline). Triggered by GET /api/cron/drift, POST /api/admin/drift/run, npm run job:drift.
export const driftJob = defineJob({
  id: "drift",
  schedule: "0 6 * * 1",
  input: driftCheckInput,
  lockKey: 72707371,
  handler: ({ ctx, input }) => runDriftCheck({ ctx, input }),
});
