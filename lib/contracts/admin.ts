import { z } from "zod";
import { apiKeyScopeSchema } from "@/lib/vocabulary/api-key-scopes";
import { defineContract } from "@/lib/http/contract";
import type { ApiKeySummary } from "@/lib/auth";
import type { UserSummary } from "@/lib/users";
import { idParams, isoDateTime, text } from "./common";

export const apiKeyJson = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(apiKeyScopeSchema),
  created_at: isoDateTime,
  created_by: z.string().nullable(),
  last_used_at: isoDateTime.nullable(),
  revoked_at: isoDateTime.nullable(),
});

export const createApiKeyBody = z
  .object({
    name: text(80),
    scopes: z.array(apiKeyScopeSchema).min(1, "choose at least one scope").max(10),
  })
  .strict();

export const apiKeyListJson = z.object({ items: z.array(apiKeyJson) });
export const createdApiKeyJson = z.object({ key: z.string(), api_key: apiKeyJson });

export const listApiKeys = defineContract({
  method: "GET",
  path: "/api/admin/api-keys",
  summary: "List API keys (prefix, name, scopes, last use; never the key)",
  tags: ["admin"],
  auth: { session: "ADMIN" },
  response: apiKeyListJson,
});

export const createApiKey = defineContract({
  method: "POST",
  path: "/api/admin/api-keys",
  summary: "Create an API key; the key is returned once and only its hash is stored",
  tags: ["admin"],
  auth: { session: "ADMIN" },
  body: createApiKeyBody,
  response: createdApiKeyJson,
  successStatus: 201,
});

export const revokeApiKey = defineContract({
  method: "DELETE",
  path: "/api/admin/api-keys/{id}",
  summary: "Revoke an API key (it stops working at once; the record stays for the audit trail)",
  tags: ["admin"],
  auth: { session: "ADMIN" },
  params: idParams,
  response: apiKeyJson,
});

const roleSchema = z.enum(["ADMIN", "RECRUITER"]);

export const userJson = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  created_at: isoDateTime,
});

export const createUserBody = z
  .object({
    email: z.email().max(200),
    name: text(120),
    role: roleSchema,
    password: z.string().min(8, "must be at least 8 characters").max(128),
  })
  .strict();

export const userListJson = z.object({ items: z.array(userJson) });

export const listUsers = defineContract({
  method: "GET",
  path: "/api/admin/users",
  summary: "List users and their roles",
  tags: ["admin"],
  auth: { session: "ADMIN" },
  response: userListJson,
});

export const createUser = defineContract({
  method: "POST",
  path: "/api/admin/users",
  summary: "Create a user who signs in with email and password",
  tags: ["admin"],
  auth: { session: "ADMIN" },
  body: createUserBody,
  response: userJson,
  successStatus: 201,
});

export function presentApiKey(key: ApiKeySummary): z.infer<typeof apiKeyJson> {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes,
    created_at: key.createdAt.toISOString(),
    created_by: key.createdBy,
    last_used_at: key.lastUsedAt?.toISOString() ?? null,
    revoked_at: key.revokedAt?.toISOString() ?? null,
  };
}

export function presentUser(user: UserSummary): z.infer<typeof userJson> {
  return { id: user.id, email: user.email, name: user.name, role: user.role, created_at: user.createdAt.toISOString() };
}
