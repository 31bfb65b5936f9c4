// GET /api/drift/reports — drift reports, newest first, and the pinned baseline
import * as api from "@/lib/contracts/drift";
import { listDriftReports } from "@/lib/drift";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(api.listDriftReports, async ({ query }) => {
  const page = await listDriftReports({ input: query });
  return {
    items: page.items.map(api.presentDriftReportSummary),
    total: page.total,
    limit: query.limit,
    offset: query.offset,
    baseline: page.baseline ? api.presentDriftBaseline(page.baseline) : null,
  };
});
