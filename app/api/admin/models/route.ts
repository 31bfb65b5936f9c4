// GET /api/admin/models — model versions; POST — store new weights as a version
import * as api from "@/lib/contracts/models";
import { defineRoute } from "@/lib/http/route";
import { createModelVersion, listModelVersions } from "@/lib/scoring";

export const GET = defineRoute(api.listModels, async () => ({
  items: (await listModelVersions()).map(api.presentModelVersion),
}));

export const POST = defineRoute(api.createModel, async ({ ctx, body }) =>
  api.presentModelVersion(await createModelVersion({ ctx, input: body })),
);
