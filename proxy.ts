import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { appUrl, env } from "@/lib/env";
import { newNonce, pageSecurityHeaders } from "@/lib/http/security-headers";
import { SESSION_COOKIE_PREFIX } from "@/lib/vocabulary/session-cookie";

// Every page gets its security headers here, with a fresh script nonce that Next.js reads from the
// request's policy. Visitors without a session cookie are sent to sign in (pages outside PUBLIC_PAGES);
// the session itself is verified by the pages and routes.

const PUBLIC_PAGES = /^\/(login|about|docs)(\/|$)/;

export function proxy(request: NextRequest) {
  const headers = pageSecurityHeaders({
    nonce: newNonce(),
    https: appUrl().startsWith("https://"),
    development: env().NODE_ENV === "development",
  });
  const { pathname, search } = request.nextUrl;
  const signedOut = !getSessionCookie(request, { cookiePrefix: SESSION_COOKIE_PREFIX });
  let response: NextResponse;
  if (signedOut && !PUBLIC_PAGES.test(pathname)) {
    const login = new URL("/login", request.url);
    if (pathname !== "/") login.searchParams.set("next", pathname + search);
    response = NextResponse.redirect(login);
  } else {
    const forwarded = new Headers(request.headers);
    forwarded.set("content-security-policy", headers["Content-Security-Policy"]!);
    response = NextResponse.next({ request: { headers: forwarded } });
  }
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages only: the API answers with its own headers (401 instead of a redirect), and Next's assets and
  // public files need none of this.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|robots.txt|.*\\.(?:svg|png|ico|txt)$).*)"],
};
