// POST /api/admin/drift/baselines — pin a past window as the drift reference
import * as api from "@/lib/contracts/drift";
import { pinDriftBaseline } from "@/lib/drift";
import { defineRoute } from "@/lib/http/route";

export const POST = defineRoute(api.pinDriftBaseline, async ({ ctx, body }) =>
  api.presentDriftBaseline(
    await pinDriftBaseline({ ctx, input: { start: new Date(body.start), end: new Date(body.end) } }),
  ),
);
