// GET /api/prompts/{name}/comparisons — comparisons of the prompt's versions; POST — start one (runs in the background)
import * as api from "@/lib/contracts/prompt-comparisons";
import { defineRoute } from "@/lib/http/route";
import { listComparisons, startComparison } from "@/lib/prompt-comparisons";

export const GET = defineRoute(api.listComparisons, async ({ params }) => ({
  items: (await listComparisons({ input: params })).map(api.presentComparisonListItem),
}));

export const POST = defineRoute(api.startComparison, async ({ ctx, params, body }) =>
  api.presentComparison(
    await startComparison({
      ctx,
      input: {
        name: params.name,
        versionA: body.version_a,
        versionB: body.version_b,
        dataset: body.dataset,
        jobId: body.job_id ?? null,
        seed: body.seed,
      },
    }),
  ),
);
