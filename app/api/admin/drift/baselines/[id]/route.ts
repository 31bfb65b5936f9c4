// DELETE /api/admin/drift/baselines/{id} — unpin a baseline
import * as api from "@/lib/contracts/drift";
import { unpinDriftBaseline } from "@/lib/drift";
import { defineRoute } from "@/lib/http/route";

export const DELETE = defineRoute(api.unpinDriftBaseline, async ({ params }) =>
  api.presentDriftBaseline(await unpinDriftBaseline({ input: params })),
);
