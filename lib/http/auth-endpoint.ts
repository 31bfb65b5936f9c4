import "server-only";
import { CLIENT_ADDRESS_HEADER, admitSignIn, crossSiteWriteReason, getAuth, recordSignIn } from "@/lib/auth";
import { Forbidden, TooManyRequests } from "@/lib/errors";
import { readJsonBody } from "./body";
import { clientAddress } from "./client-address";
import { problemResponse } from "./problem";

// better-auth's endpoints behind our edge: writes only from our origin, the client's resolved address
// passed on (never one a client sent), and password checks limited per address and per account.

const SIGN_IN_PATH = "/api/auth/sign-in/email";
/** Endpoints that check a password: each call counts against the caller's address. */
const CREDENTIAL_PATHS = new Set([SIGN_IN_PATH, "/api/auth/change-password"]);
const MAX_SIGN_IN_BODY_BYTES = 16 * 1024;

export async function handleAuthRequest(request: Request): Promise<Response> {
  const requestId = crypto.randomUUID();
  try {
    const crossSite = crossSiteWriteReason(request);
    if (crossSite) throw new Forbidden(`Refused because ${crossSite}.`);
    const address = clientAddress(request);
    const path = new URL(request.url).pathname;
    if (request.method !== "POST" || !CREDENTIAL_PATHS.has(path)) {
      return await getAuth().handler(withClientAddress(request, address));
    }
    // Read from a copy before the request is handed on (which takes its body).
    const email = path === SIGN_IN_PATH ? await emailOf(request) : null;
    const refusal = await admitSignIn({ address, email });
    if (refusal) throw new TooManyRequests(`Sign-in refused for now: ${refusal.reason}.`, refusal.retryAfterSeconds);
    const response = await getAuth().handler(withClientAddress(request, address));
    // 401 is a wrong e-mail or password; other refusals (a malformed body) say nothing about the account.
    if (response.status === 200 || response.status === 401) {
      await recordSignIn({ address, email, succeeded: response.status === 200 });
    }
    return response;
  } catch (error) {
    return problemResponse(error, requestId);
  }
}

function withClientAddress(request: Request, address: string | null): Request {
  const headers = new Headers(request.headers);
  headers.delete(CLIENT_ADDRESS_HEADER);
  if (address) headers.set(CLIENT_ADDRESS_HEADER, address);
  return new Request(request, { headers });
}

/** The account a sign-in names, read from a copy of the body (better-auth reads the original). */
async function emailOf(request: Request): Promise<string | null> {
  try {
    const { value } = await readJsonBody(request.clone(), MAX_SIGN_IN_BODY_BYTES);
    const email = (value as { email?: unknown } | null)?.email;
    return typeof email === "string" && email.length <= 320 ? email : null;
  } catch {
    return null;
  }
}
