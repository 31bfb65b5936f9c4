// POST /api/v2/score/batch — score up to 500 payloads, each on its own
import * as api from "@/lib/contracts/scoring";
import { defineRoute } from "@/lib/http/route";
import { scoreBatch } from "@/lib/scoring";

export const POST = defineRoute(api.scoreBatch, ({ ctx, body, requestId }) =>
  scoreBatch({ ctx, input: { items: body.items, httpRequestId: requestId } }),
);
