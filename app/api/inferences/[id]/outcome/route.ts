// POST /api/inferences/{id}/outcome — recruiter or ATS feedback on a score
import * as api from "@/lib/contracts/scoring";
import { defineRoute } from "@/lib/http/route";
import { recordOutcome } from "@/lib/inferences";

export const POST = defineRoute(api.recordOutcome, async ({ ctx, params, body }) =>
  api.presentOutcome(
    await recordOutcome({
      ctx,
      input: { inferenceId: params.id, outcome: body.outcome, bandOverride: body.band_override, reason: body.reason },
    }),
  ),
);
