import type { Role } from "@/lib/generated/prisma/enums";
import type { ApiKeyScope } from "@/lib/vocabulary/api-key-scopes";

/** Who is acting: a signed-in user, an ATS client holding an API key, or the system (jobs, cron). */
export type Actor =
  | { kind: "user"; userId: string; email: string; name: string; role: Role }
  | { kind: "apiKey"; apiKeyId: string; name: string; scopes: ApiKeyScope[] }
  | { kind: "system"; name: string };

export type UserActor = Extract<Actor, { kind: "user" }>;

export function isAdmin(actor: Actor): boolean {
  if (actor.kind === "user") return actor.role === "ADMIN";
  if (actor.kind === "apiKey") return actor.scopes.includes("admin");
  return true;
}

/** Who acted, as records show it: an e-mail, an API key's name, or a job's name. */
export function actorName(ctx: Actor): string {
  if (ctx.kind === "user") return ctx.email;
  if (ctx.kind === "apiKey") return `api key ${ctx.name}`;
  return ctx.name;
}

/** A stable name for who acts (`key:<id>`, `user:<id>`, `system:<name>`): the scope of their request ids and limits. */
export function callerKey(actor: Actor): string {
  if (actor.kind === "apiKey") return `key:${actor.apiKeyId}`;
  if (actor.kind === "user") return `user:${actor.userId}`;
  return `system:${actor.name}`;
}
