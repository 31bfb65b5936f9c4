// GET /api/prompt-comparisons/{id} — progress and aggregate results of a comparison
import * as api from "@/lib/contracts/prompt-comparisons";
import { defineRoute } from "@/lib/http/route";
import { getComparison } from "@/lib/prompt-comparisons";

export const GET = defineRoute(api.getComparison, async ({ params }) =>
  api.presentComparison(await getComparison({ input: params })),
);
