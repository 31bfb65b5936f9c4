// POST /api/prompts/{name}/versions — save a new immutable version
import * as api from "@/lib/contracts/prompts";
import { defineRoute } from "@/lib/http/route";
import { createPromptVersion } from "@/lib/prompts";
import { templateVariables } from "@/lib/vocabulary/prompt-template";

export const POST = defineRoute(api.createVersion, async ({ ctx, params, body }) => {
  const version = await createPromptVersion({
    ctx,
    input: {
      name: params.name,
      template: body.template,
      config: api.toPromptConfig(body.config),
      message: body.message,
      baseVersion: body.base_version,
    },
  });
  return api.presentVersion({ ...version, variables: templateVariables(version.template) });
});
