import "server-only";
import type { UserActor } from "./actor";
import { getAuth } from "./better-auth";
import { roleSchema } from "./roles";

/** The signed-in user behind a request's session cookie, or null. */
export async function getSessionUser(headers: Headers): Promise<UserActor | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const { id, email, name, role } = session.user;
  return { kind: "user", userId: id, email, name, role: roleSchema.parse(role) };
}
