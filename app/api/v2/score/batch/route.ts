// POST /api/v2/score/batch — score up to 500 payloads, each on its own (a few batches at a time: 429 beyond)
import { callerKey } from "@/lib/auth";
import * as api from "@/lib/contracts/scoring";
import { batchScoringLimit } from "@/lib/http/concurrency-limit";
import { defineRoute } from "@/lib/http/route";
import { scoreBatch } from "@/lib/scoring";

export const POST = defineRoute(
  api.scoreBatch,
  ({ ctx, body, requestId }) => scoreBatch({ ctx, input: { items: body.items, httpRequestId: requestId } }),
  { admit: (ctx) => batchScoringLimit().acquire(callerKey(ctx)) },
);
