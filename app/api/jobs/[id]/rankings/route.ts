// GET /api/jobs/{id}/rankings — every stored candidate for the job, best first
import * as api from "@/lib/contracts/jobs";
import { defineRoute } from "@/lib/http/route";
import { rankCandidates } from "@/lib/scoring";

export const GET = defineRoute(api.getRankings, async ({ params, query }) => {
  const { limit, offset, model_version: modelVersion, sort, ...filters } = query;
  const page = await rankCandidates({ input: { jobId: params.id, limit, offset, filters, sort, modelVersion } });
  return api.presentRanking(page, { limit, offset });
});
