import type { Actor } from "@/lib/auth";

/** Who ran a check or pinned a baseline, as reports show it: an e-mail, an API key's name, or a job's name. */
export function actorName(ctx: Actor): string {
  if (ctx.kind === "user") return ctx.email;
  if (ctx.kind === "apiKey") return `api key ${ctx.name}`;
  return ctx.name;
}
