import "server-only";
import { appUrl } from "@/lib/env";

// The origins the app is served from: APP_URL, and locally localhost and 127.0.0.1 interchangeably.
// Sign-in (better-auth) and every session-authenticated write accept requests from these alone.

export function trustedOrigins(): string[] {
  const url = new URL(appUrl());
  if (!["localhost", "127.0.0.1"].includes(url.hostname)) return [url.origin];
  return ["localhost", "127.0.0.1"].map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ""}`);
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Why a request carrying the session cookie must not change anything, or null when it may: it is a write
 * that came from another site, or whose Origin is missing (browsers send it on every write). A cookie
 * travels with cross-site requests; the Origin header cannot be forged by the page that sends them.
 */
export function crossSiteWriteReason(request: Request): string | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null;
  if (request.headers.get("sec-fetch-site") === "cross-site") return "it came from another site";
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return "it has no Origin header";
  return trustedOrigins().includes(origin) ? null : "it came from another origin";
}
