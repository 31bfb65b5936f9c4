// GET /api/health — service and database status, no authentication
import * as api from "@/lib/contracts/system";
import { defineRoute } from "@/lib/http/route";
import { checkHealth } from "@/lib/system";

export const GET = defineRoute(api.getHealth, async () => {
  const health = await checkHealth();
  return Response.json(api.presentHealth(health), { status: health.status === "ok" ? 200 : 503 });
});
