// GET /api/prompts — prompts with labels and last change; POST — create a prompt with its first version
import * as api from "@/lib/contracts/prompts";
import { defineRoute } from "@/lib/http/route";
import { createPrompt, listPrompts } from "@/lib/prompts";

export const GET = defineRoute(api.listPrompts, async () => ({
  items: (await listPrompts()).map(api.presentPromptSummary),
}));

export const POST = defineRoute(api.createPrompt, async ({ ctx, body }) =>
  api.presentCreatedPrompt(
    await createPrompt({ ctx, input: { ...body, task: body.task ?? null, config: api.toPromptConfig(body.config) } }),
  ),
);
