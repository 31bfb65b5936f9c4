// GET /api/admin/providers — LLM provider chain, status and usage (admin view data)
import * as api from "@/lib/contracts/providers";
import { defineRoute } from "@/lib/http/route";
import { getProviderOverview } from "@/lib/llm";

export const GET = defineRoute(api.getProviderOverview, async () =>
  api.presentProviderOverview(await getProviderOverview()),
);
