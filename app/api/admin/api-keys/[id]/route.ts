// DELETE /api/admin/api-keys/{id} — revoke a key
import { revokeApiKey } from "@/lib/auth";
import * as api from "@/lib/contracts/admin";
import { defineRoute } from "@/lib/http/route";

export const DELETE = defineRoute(api.revokeApiKey, async ({ params }) =>
  api.presentApiKey(await revokeApiKey({ input: params })),
);
