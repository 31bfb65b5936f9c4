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

/** Who acted, as audit trails show it (kept as text, so it outlives the user or key). */
export function actorName(ctx: Actor): string {
  if (ctx.kind === "user") return ctx.name || ctx.email;
  if (ctx.kind === "apiKey") return `API key ${ctx.name}`;
  return ctx.name;
}

/** A stable name for who acts (`key:<id>`, `user:<id>`, `system:<name>`): the scope of their request ids and limits. */
export function callerKey(actor: Actor): string {
  if (actor.kind === "apiKey") return `key:${actor.apiKeyId}`;
  if (actor.kind === "user") return `user:${actor.userId}`;
  return `system:${actor.name}`;
}

/** The signed-in user who acted, if one did (records link to them while they exist). */
export function actorUserId(ctx: Actor): string | null {
  return ctx.kind === "user" ? ctx.userId : null;
}
