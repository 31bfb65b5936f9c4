import "server-only";
import crypto from "node:crypto";
import type { Actor } from "@/lib/auth";
import { authenticateApiKey } from "@/lib/auth";
import { crossSiteWriteReason, getSessionUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { Forbidden, ServiceUnavailable, Unauthorized } from "@/lib/errors";
import type { AuthPolicy } from "./contract";

/** Resolves the caller of a request under a policy, or throws 401/403/503. */
export async function authenticate(request: Request, policy: AuthPolicy): Promise<Actor> {
  if (policy === "public") return { kind: "system", name: "anonymous" };
  if (policy === "cron") return authenticateCron(request);

  const bearer = bearerToken(request);
  if (bearer !== null) {
    const apiKey = await authenticateApiKey(bearer);
    if (!apiKey) throw new Unauthorized("The API key is invalid or has been revoked.");
    if (!policy.apiKey) throw new Forbidden("This operation is not available to API keys.");
    if (policy.apiKey !== "any" && !apiKey.scopes.includes(policy.apiKey)) {
      throw new Forbidden(`This API key lacks the ${policy.apiKey} scope.`);
    }
    return apiKey;
  }

  const user = await getSessionUser(request.headers);
  if (!user) {
    throw new Unauthorized(
      policy.apiKey
        ? "Sign in, or send an API key in the Authorization header as Bearer followed by the key."
        : "Sign in to continue.",
    );
  }
  if (!policy.session) throw new Forbidden("This operation requires an API key.");
  const crossSite = crossSiteWriteReason(request);
  if (crossSite) throw new Forbidden(`A signed-in write is refused because ${crossSite}.`);
  if (policy.session === "ADMIN" && user.role !== "ADMIN") throw new Forbidden("This operation requires an admin.");
  return user;
}

function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1])
    throw new Unauthorized("Send credentials in the Authorization header as Bearer followed by the key.");
  return match[1];
}

function authenticateCron(request: Request): Actor {
  const secret = env().CRON_SECRET;
  if (!secret) throw new ServiceUnavailable("Scheduled jobs are disabled: CRON_SECRET is not configured.");
  const presented = bearerToken(request);
  if (presented === null || !sameSecret(presented, secret))
    throw new Unauthorized("The cron secret is missing or wrong.");
  return { kind: "system", name: "cron" };
}

function sameSecret(a: string, b: string): boolean {
  // Compare digests so the comparison takes the same time whatever the lengths.
  const digest = (value: string) => crypto.createHash("sha256").update(value).digest();
  return crypto.timingSafeEqual(digest(a), digest(b));
}
