// POST /api/prompt-comparisons/{id}/cancel — stop a queued or running comparison
import * as api from "@/lib/contracts/prompt-comparisons";
import { defineRoute } from "@/lib/http/route";
import { cancelComparison } from "@/lib/prompt-comparisons";

export const POST = defineRoute(api.cancelComparison, async ({ params }) =>
  api.presentComparison(await cancelComparison({ input: params })),
);
