// GET /api/drift/reports/{id} — one drift report with every signal and the embedding drift
import * as api from "@/lib/contracts/drift";
import { getDriftReport } from "@/lib/drift";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(api.getDriftReport, async ({ params }) =>
  api.presentDriftReport(await getDriftReport({ input: params })),
);
