import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { UserActor } from "@/lib/auth";
import { getSessionUser } from "@/lib/auth";

// Pages check the session themselves (the proxy only redirects visitors without a cookie).
// cache() lets the layout and the page share one lookup per request.
export const currentUser = cache(async (): Promise<UserActor | null> => getSessionUser(await headers()));

export async function requireUser(): Promise<UserActor> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}

export async function requireAdmin(): Promise<UserActor> {
  const user = await requireUser();
  if (user.role !== "ADMIN") forbidden();
  return user;
}
