// Any origin would do: a path that resolves elsewhere than this placeholder names another site.
const PLACEHOLDER_ORIGIN = "http://next-path.invalid";

/**
 * Where to go after signing in: only a path on this site, never another origin (open redirect). The value
 * is resolved as a browser would — URL parsing drops tabs and newlines and reads `\` as `/`, which is how
 * `/%09/evil.example` became `//evil.example` — and only a same-origin result is kept, normalised.
 */
export function safeNextPath(next: string | undefined): string {
  if (!next || !next.startsWith("/")) return "/";
  let resolved: URL;
  try {
    resolved = new URL(next, PLACEHOLDER_ORIGIN);
  } catch {
    return "/";
  }
  if (resolved.origin !== PLACEHOLDER_ORIGIN) return "/";
  const path = resolved.pathname + resolved.search + resolved.hash;
  if (!path.startsWith("/") || path.startsWith("//")) return "/";
  if (path === "/login" || path.startsWith("/login/") || path.startsWith("/login?") || path.startsWith("/api/")) {
    return "/";
  }
  return path;
}
