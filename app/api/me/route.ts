// GET /api/me — who the presented session or API key belongs to
import * as api from "@/lib/contracts/system";
import { Forbidden } from "@/lib/errors";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(api.getWhoAmI, async ({ ctx }) => {
  if (ctx.kind === "system") throw new Forbidden("No caller to describe.");
  return api.presentCaller(ctx);
});
