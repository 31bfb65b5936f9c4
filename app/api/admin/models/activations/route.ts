// GET /api/admin/models/activations — the audit trail; POST — activate a version with a note
import * as api from "@/lib/contracts/models";
import { defineRoute } from "@/lib/http/route";
import { activateModelVersion, listModelActivations } from "@/lib/scoring";

export const GET = defineRoute(api.listActivations, async ({ query }) => ({
  items: (await listModelActivations({ input: query })).map(api.presentActivation),
}));

export const POST = defineRoute(api.createActivation, async ({ ctx, body }) => {
  const { model, activation } = await activateModelVersion({
    ctx,
    input: { version: body.version, note: body.note, expectedActive: body.expected_active },
  });
  return { model: api.presentModelVersion(model), activation: activation && api.presentActivation(activation) };
});
