// GET /api/admin/api-keys — list keys; POST — create one (returned once)
import { createApiKey, listApiKeys } from "@/lib/auth";
import * as api from "@/lib/contracts/admin";
import { defineRoute } from "@/lib/http/route";

export const GET = defineRoute(api.listApiKeys, async () => ({
  items: (await listApiKeys()).map(api.presentApiKey),
}));

export const POST = defineRoute(api.createApiKey, async ({ ctx, body }) => {
  const created = await createApiKey({ ctx, input: body });
  return { key: created.key, api_key: api.presentApiKey(created.apiKey) };
});
