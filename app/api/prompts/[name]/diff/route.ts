// GET /api/prompts/{name}/diff?from=&to= — template line diff, variables and config changes
import * as api from "@/lib/contracts/prompts";
import { defineRoute } from "@/lib/http/route";
import { diffPromptVersions } from "@/lib/prompts";

export const GET = defineRoute(api.diffVersions, async ({ params, query }) =>
  api.presentDiff(
    params.name,
    await diffPromptVersions({ input: { name: params.name, from: query.from, to: query.to } }),
  ),
);
