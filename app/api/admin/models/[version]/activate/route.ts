// POST /api/admin/models/{version}/activate — make a model version the active one (audited)
import * as api from "@/lib/contracts/models";
import { defineRoute } from "@/lib/http/route";
import { activateModelVersion } from "@/lib/scoring";

export const POST = defineRoute(api.activateModel, async ({ ctx, params }) =>
  api.presentModelVersion((await activateModelVersion({ ctx, input: params })).model),
);
