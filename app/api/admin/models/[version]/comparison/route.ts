// GET /api/admin/models/{version}/comparison — a version against the active model, on recent history
import * as api from "@/lib/contracts/models";
import { defineRoute } from "@/lib/http/route";
import { compareModelVersion } from "@/lib/scoring";

export const GET = defineRoute(api.compareModel, async ({ params, query }) =>
  api.presentComparison(await compareModelVersion({ input: { version: params.version, recent: query.recent } })),
);
