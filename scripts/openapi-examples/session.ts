import { getAuth } from "@/lib/auth";
import { DEMO_ADMIN_EMAIL } from "@/lib/demo";
import { env } from "@/lib/env";

/** The demo admin signed in through better-auth, as the browser would: the Cookie header to send. */
export async function adminSession(): Promise<Record<string, string>> {
  const response = await getAuth().api.signInEmail({
    body: { email: DEMO_ADMIN_EMAIL, password: env().DEMO_PASSWORD },
    asResponse: true,
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!response.ok || !cookie) throw new Error(`Signing in the demo admin failed with ${response.status}`);
  return { cookie };
}
