// GET /api/jobs/{id}/rankings/{candidate_id} — why a candidate ranks where they do, every signal in words
import * as api from "@/lib/contracts/jobs";
import { defineRoute } from "@/lib/http/route";
import { explainRanked } from "@/lib/scoring";

export const GET = defineRoute(api.explainRanking, async ({ params, query }) => {
  const ids = { jobId: params.id, candidateId: params.candidate_id };
  return api.presentRankedExplanation(
    ids,
    await explainRanked({ input: { ...ids, modelVersion: query.model_version } }),
  );
});
