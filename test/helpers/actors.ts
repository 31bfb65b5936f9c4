import { createApiKey, revokeApiKey } from "@/lib/auth/api-keys";
import { getAuth } from "@/lib/auth/better-auth";
import type { ApiKeyScope } from "@/lib/vocabulary/api-key-scopes";
import { API_KEY_SCOPES } from "@/lib/vocabulary/api-key-scopes";
import { createUser } from "@/lib/users";
import { unique } from "./unique";

export interface TestUser {
  id: string;
  email: string;
  /** The name audit records show for this user. */
  name: string;
  password: string;
  /** `Cookie` header value of a signed-in session. */
  cookie: string;
}

/** Creates a user and signs them in through better-auth, as the browser would. */
export async function signedInUser(role: "ADMIN" | "RECRUITER"): Promise<TestUser> {
  const email = `${unique(role.toLowerCase())}@test.local`;
  const password = "correct-horse-battery";
  const name = `Test ${role}`;
  const user = await createUser({ input: { email, name, role, password } });
  const response = await getAuth().api.signInEmail({ body: { email, password }, asResponse: true });
  const setCookie = response.headers.get("set-cookie");
  if (!response.ok || !setCookie) throw new Error(`Sign-in failed with ${response.status}`);
  return { id: user.id, email, name, password, cookie: setCookie.split(";")[0]! };
}

export async function apiKeyWithScopes(
  scopes: ApiKeyScope[] = [...API_KEY_SCOPES],
): Promise<{ id: string; key: string }> {
  const { key, apiKey } = await createApiKey({
    ctx: { kind: "system", name: "test" },
    input: { name: unique("key"), scopes },
  });
  return { id: apiKey.id, key };
}

export async function revokedApiKey(): Promise<string> {
  const { id, key } = await apiKeyWithScopes();
  await revokeApiKey({ input: { id } });
  return key;
}
