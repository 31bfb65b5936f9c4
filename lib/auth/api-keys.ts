import "server-only";
import crypto from "node:crypto";
import { db, dbDriver } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "./actor";
import { apiKeyScopeSchema, type ApiKeyScope } from "@/lib/vocabulary/api-key-scopes";

const KEY_PREFIX = "sl_";
const DISPLAY_PREFIX_LENGTH = 10;
// Only record "last used" once a minute per key: a write per request would halve scoring throughput.
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashApiKey(key: string): string {
  return crypto.hash("sha256", key, "hex");
}

function generateKey(): string {
  // 30 random bytes → 40 base64url characters ≈ 240 bits: hashing with SHA-256 is enough at this entropy.
  return KEY_PREFIX + crypto.randomBytes(30).toString("base64url");
}

export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiKeyScope[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdBy: string | null;
}

const summarySelect = {
  id: true,
  name: true,
  prefix: true,
  scopes: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: { select: { email: true } },
} as const;

function toSummary(row: Prisma.ApiKeyGetPayload<{ select: typeof summarySelect }>): ApiKeySummary {
  return { ...row, scopes: apiKeyScopeSchema.array().parse(row.scopes), createdBy: row.createdBy?.email ?? null };
}

/** Creates a key and returns it in clear text: the only time it is ever visible. */
export async function createApiKey({
  ctx,
  input,
}: {
  ctx: Actor;
  input: { name: string; scopes: ApiKeyScope[] };
}): Promise<{ key: string; apiKey: ApiKeySummary }> {
  const key = generateKey();
  const row = await db.apiKey.create({
    data: {
      name: input.name,
      scopes: [...new Set(input.scopes)],
      prefix: key.slice(0, DISPLAY_PREFIX_LENGTH),
      keyHash: hashApiKey(key),
      createdById: ctx.kind === "user" ? ctx.userId : null,
    },
    select: summarySelect,
  });
  return { key, apiKey: toSummary(row) };
}

export async function listApiKeys(): Promise<ApiKeySummary[]> {
  const rows = await db.apiKey.findMany({ select: summarySelect, orderBy: { createdAt: "desc" } });
  return rows.map(toSummary);
}

export async function revokeApiKey({ input }: { input: { id: string } }): Promise<ApiKeySummary> {
  const existing = await db.apiKey.findUnique({ where: { id: input.id }, select: { revokedAt: true } });
  if (!existing) throw new NotFound("API key not found.");
  const row = await db.apiKey.update({
    where: { id: input.id },
    data: { revokedAt: existing.revokedAt ?? new Date() },
    select: summarySelect,
  });
  return toSummary(row);
}

// Every API call runs this lookup: a plain indexed query, without Prisma's per-query overhead.
const FIND_BY_HASH = `SELECT "id", "name", "scopes", "revokedAt", "lastUsedAt" FROM "ApiKey" WHERE "keyHash" = $1`;

interface KeyRow {
  id: string;
  name: string;
  scopes: string[];
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/** The actor behind a presented key, or null when the key is unknown or revoked. */
export async function authenticateApiKey(key: string): Promise<Extract<Actor, { kind: "apiKey" }> | null> {
  if (!key.startsWith(KEY_PREFIX) || key.length > 200) return null;
  const [row] = await dbDriver().query<KeyRow>(FIND_BY_HASH, [hashApiKey(key)]);
  if (!row || row.revokedAt) return null;
  const now = Date.now();
  if (!row.lastUsedAt || now - new Date(row.lastUsedAt).getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) }, select: { id: true } });
  }
  return { kind: "apiKey", apiKeyId: row.id, name: row.name, scopes: apiKeyScopeSchema.array().parse(row.scopes) };
}
