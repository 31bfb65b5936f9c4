// /api/auth/* — better-auth's own endpoints (sign-in, sign-out, session). Writes only from our own origin.
import { crossSiteWriteReason, getAuth } from "@/lib/auth";
import { Forbidden } from "@/lib/errors";
import { problemResponse } from "@/lib/http/problem";

export const GET = (request: Request) => getAuth().handler(request);

export async function POST(request: Request): Promise<Response> {
  const crossSite = crossSiteWriteReason(request);
  if (crossSite) return problemResponse(new Forbidden(`Refused because ${crossSite}.`), crypto.randomUUID());
  return getAuth().handler(request);
}
