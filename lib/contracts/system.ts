import { z } from "zod";
import { apiKeyScopeSchema } from "@/lib/vocabulary/api-key-scopes";
import type { Actor } from "@/lib/auth";
import { defineContract } from "@/lib/http/contract";
import type { Health } from "@/lib/system";

export const healthResponse = z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.object({
    status: z.enum(["up", "down"]),
    kind: z.enum(["pglite", "postgres"]),
    latency_ms: z.number(),
  }),
});

export const getHealth = defineContract({
  method: "GET",
  path: "/api/health",
  summary: "Service and database status (no authentication)",
  tags: ["system"],
  auth: "public",
  response: healthResponse,
});

export const whoAmIResponse = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("user"),
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(["ADMIN", "RECRUITER"]),
  }),
  z.object({ kind: z.literal("api_key"), id: z.string(), name: z.string(), scopes: z.array(apiKeyScopeSchema) }),
]);

export const getWhoAmI = defineContract({
  method: "GET",
  path: "/api/me",
  summary: "The caller behind the presented session or API key (to check an integration's credentials)",
  tags: ["system"],
  auth: { session: "any", apiKey: "any" },
  response: whoAmIResponse,
});

export function presentHealth(health: Health): z.infer<typeof healthResponse> {
  const { latencyMs, ...database } = health.database;
  return { status: health.status, database: { ...database, latency_ms: latencyMs } };
}

export function presentCaller(actor: Exclude<Actor, { kind: "system" }>): z.infer<typeof whoAmIResponse> {
  return actor.kind === "user"
    ? { kind: "user", id: actor.userId, email: actor.email, name: actor.name, role: actor.role }
    : { kind: "api_key", id: actor.apiKeyId, name: actor.name, scopes: actor.scopes };
}

export const getOpenApi = defineContract({
  method: "GET",
  path: "/api/openapi.json",
  summary: "This API's OpenAPI 3.1 document, generated from the same schemas the routes validate with",
  tags: ["system"],
  auth: "public",
});
