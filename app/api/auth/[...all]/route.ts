// /api/auth/* — better-auth's own endpoints (sign-in, sign-out, session). Rate-limited by better-auth.
import { getAuth } from "@/lib/auth";

export const GET = (request: Request) => getAuth().handler(request);
export const POST = (request: Request) => getAuth().handler(request);
