import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_COOKIE_PREFIX } from "@/lib/vocabulary/session-cookie";

// Sends visitors without a session cookie to the sign-in page. The session itself is verified by
// the pages and routes; this only saves a signed-out visitor a round trip through the app.
export function proxy(request: NextRequest) {
  if (getSessionCookie(request, { cookiePrefix: SESSION_COOKIE_PREFIX })) return NextResponse.next();
  const login = new URL("/login", request.url);
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/") login.searchParams.set("next", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything except the API (it answers 401 itself), sign-in, the public about and API docs pages,
  // Next's assets and public files.
  matcher: ["/((?!api/|login|about|docs/|_next/|favicon.ico|robots.txt|.*\\.(?:svg|png|ico|txt)$).*)"],
};
