import crypto from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { openDriver } from "@/lib/db/driver";
import { applyPendingMigrations } from "@/lib/migrate/apply";

// Several app instances starting at once against one PostgreSQL must apply each migration exactly once.

const serverUrl = new URL(inject("databaseUrl"));
const name = `shortlist_concurrency_${crypto.randomBytes(4).toString("hex")}`;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

afterAll(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

describe("migrations on start", () => {
  it("serialise across instances starting together", async () => {
    await admin(`CREATE DATABASE "${name}"`);
    const instances = [1, 2, 3].map(() => openDriver({ kind: "postgres", url: databaseUrl, poolSize: 3 }));
    try {
      const results = await Promise.all(instances.map((driver) => applyPendingMigrations(driver)));
      const appliedTotal = results.flat();
      expect(new Set(appliedTotal).size).toBe(appliedTotal.length);
      const rows = await instances[0]!.query<{ migration_name: string; n: string }>(
        'SELECT migration_name, count(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL GROUP BY migration_name',
      );
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => Number(row.n) === 1)).toBe(true);
    } finally {
      await Promise.all(instances.map((driver) => driver.close()));
    }
  });
});
