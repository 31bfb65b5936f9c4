// /api/auth/* — better-auth's own endpoints (sign-in, sign-out, session), behind origin checks and sign-in limits.
import { handleAuthRequest } from "@/lib/http/auth-endpoint";

export const GET = handleAuthRequest;
export const POST = handleAuthRequest;
