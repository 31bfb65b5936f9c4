// GET /api/prompts/{name} — versions, labels, label history and production metrics per version
import * as api from "@/lib/contracts/prompts";
import { defineRoute } from "@/lib/http/route";
import { getPromptDetail } from "@/lib/prompts";

export const GET = defineRoute(api.getPrompt, async ({ params }) =>
  api.presentPromptDetail(await getPromptDetail({ input: params })),
);
