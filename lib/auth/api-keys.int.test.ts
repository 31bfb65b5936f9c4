import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authenticateApiKey, createApiKey, hashApiKey, listApiKeys, revokeApiKey } from "./api-keys";

const system = { kind: "system", name: "test" } as const;

describe("API keys", () => {
  it("stores only a hash and a display prefix, never the key", async () => {
    const { key, apiKey } = await createApiKey({
      ctx: system,
      input: { name: "ATS one", scopes: ["scoring", "scoring", "sync"] },
    });
    expect(key).toMatch(/^sl_[A-Za-z0-9_-]{40}$/);
    expect(apiKey.scopes).toEqual(["scoring", "sync"]);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(row.keyHash).toBe(hashApiKey(key));
    expect(JSON.stringify(row)).not.toContain(key);
    expect(key.startsWith(row.prefix)).toBe(true);
    const listed = (await listApiKeys()).find((item) => item.id === apiKey.id);
    expect(JSON.stringify(listed)).not.toContain(key);
  });

  it("authenticates a live key, records its use, and refuses it once revoked", async () => {
    const { key, apiKey } = await createApiKey({ ctx: system, input: { name: "ATS two", scopes: ["scoring"] } });
    const actor = await authenticateApiKey(key);
    expect(actor).toEqual({ kind: "apiKey", apiKeyId: apiKey.id, name: "ATS two", scopes: ["scoring"] });
    const used = await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id }, select: { lastUsedAt: true } });
    expect(used.lastUsedAt).not.toBeNull();

    const revoked = await revokeApiKey({ input: { id: apiKey.id } });
    expect(revoked.revokedAt).not.toBeNull();
    expect(await authenticateApiKey(key)).toBeNull();
    // Revoking twice keeps the first revocation time.
    expect((await revokeApiKey({ input: { id: apiKey.id } })).revokedAt).toEqual(revoked.revokedAt);
  });

  it("refuses unknown and malformed keys", async () => {
    expect(await authenticateApiKey("sl_" + "x".repeat(40))).toBeNull();
    expect(await authenticateApiKey("not-a-key")).toBeNull();
  });

  it("answers 404 for revoking a key that does not exist", async () => {
    await expect(revokeApiKey({ input: { id: "nope" } })).rejects.toMatchObject({ status: 404 });
  });
});
