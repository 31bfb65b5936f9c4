// PUT /api/candidates/batch — create or replace up to 500 candidates by their ATS ids, each on its own
// (a few batches at a time: 429 beyond)
import { callerKey } from "@/lib/auth";
import { upsertCandidatesByExternalId } from "@/lib/candidates";
import * as api from "@/lib/contracts/candidates";
import { batchSyncLimit } from "@/lib/http/concurrency-limit";
import { defineRoute } from "@/lib/http/route";

export const PUT = defineRoute(
  api.syncCandidates,
  async ({ ctx, body }) => {
    const outcomes = await upsertCandidatesByExternalId({ ctx, input: { items: api.readSyncItems(body.items) } });
    return api.presentSyncOutcomes(body.items, outcomes);
  },
  { admit: (ctx) => batchSyncLimit().acquire(callerKey(ctx)) },
);
