// PUT /api/prompts/{name}/labels/{label} — point a label at a version (audited)
import * as api from "@/lib/contracts/prompts";
import { defineRoute } from "@/lib/http/route";
import { movePromptLabel } from "@/lib/prompts";

export const PUT = defineRoute(api.moveLabel, async ({ ctx, params, body }) =>
  api.presentLabelMove(
    await movePromptLabel({
      ctx,
      input: {
        ...params,
        version: body.version,
        expectedFromVersion: body.expected_from_version,
        comparisonId: body.comparison_id,
        note: body.note,
      },
    }),
  ),
);
