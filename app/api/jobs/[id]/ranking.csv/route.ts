// GET /api/jobs/{id}/ranking.csv — the job's ranking as a CSV download
import * as api from "@/lib/contracts/ranking-export";
import { defineRoute } from "@/lib/http/route";
import { rankingForExport } from "@/lib/scoring";

export const GET = defineRoute(api.exportRanking, async ({ params, query }) => {
  const { limit, model_version: modelVersion, sort, ...filters } = query;
  const page = await rankingForExport({ input: { jobId: params.id, limit, filters, sort, modelVersion } });
  return new Response(api.rankingCsv(page), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${api.rankingFileName(page.jobId, page.computedAt)}"`,
      "cache-control": "no-store",
    },
  });
});
