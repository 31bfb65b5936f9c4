// GET /api/admin/users — list users; POST — create a user
import * as api from "@/lib/contracts/admin";
import { defineRoute } from "@/lib/http/route";
import { createUser, listUsers } from "@/lib/users";

export const GET = defineRoute(api.listUsers, async () => ({ items: (await listUsers()).map(api.presentUser) }));

export const POST = defineRoute(api.createUser, async ({ body }) => api.presentUser(await createUser({ input: body })));
