// POST /api/v1/score — score a stored candidate against a stored job (legacy ATS integration)
import * as api from "@/lib/contracts/scoring";
import { defineRoute } from "@/lib/http/route";
import { scoreStoredPair } from "@/lib/scoring";

export const POST = defineRoute(api.scoreV1, ({ ctx, body }) =>
  scoreStoredPair({
    ctx,
    // Scores a recruiter asks for in the app are logged as such; integrations' as v1 calls.
    input: {
      jobId: body.job_id,
      candidateId: body.candidate_id,
      requestId: body.request_id,
      source: ctx.kind === "user" ? "ui" : "api_v1",
    },
  }),
);
