// GET /api/prompts/{name}/versions/{version} — one version
import * as api from "@/lib/contracts/prompts";
import { defineRoute } from "@/lib/http/route";
import { getPromptVersion } from "@/lib/prompts";

export const GET = defineRoute(api.getVersion, async ({ params }) =>
  api.presentVersion((await getPromptVersion({ input: params })).version),
);
