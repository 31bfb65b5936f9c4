// POST /api/v2/score — score a candidate against a job from the immutable payload
import * as api from "@/lib/contracts/scoring";
import { defineRoute } from "@/lib/http/route";
import { recordRefusedScore } from "@/lib/scoring";
import { scoreCandidate } from "@/lib/scoring";

export const POST = defineRoute(
  api.scoreV2,
  ({ ctx, body }) => scoreCandidate({ ctx, input: { payload: body, source: "api_v2" } }),
  {
    onInvalidBody: ({ ctx, requestId, body, text, error }) =>
      recordRefusedScore({ ctx, input: { body, text, error, source: "api_v2", httpRequestId: requestId } }),
  },
);
