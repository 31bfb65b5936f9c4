import { afterAll, describe, expect, it } from "vitest";
import { openDriver } from "@/lib/db/driver";
import { dbDriver } from "@/lib/db";
import { applyPendingMigrations } from "@/lib/migrate/apply";
import { schemaSnapshot } from "@/test/helpers/schema-snapshot";

const pglite = openDriver({ kind: "pglite", dataDir: "memory://" });

afterAll(() => pglite.close());

// Replaying every migration twice takes tens of seconds on a shared 2-core machine: wait for it.
describe("one schema on both databases", { timeout: 180_000 }, () => {
  it("the same migrations produce the same schema on PGlite and on PostgreSQL", async () => {
    await applyPendingMigrations(pglite);
    const [onPostgres, onPglite] = await Promise.all([schemaSnapshot(dbDriver()), schemaSnapshot(pglite)]);
    expect(dbDriver().target.kind).toBe("postgres");
    expect(onPostgres.columns.length).toBeGreaterThan(50);
    expect(onPglite).toEqual(onPostgres);
  });
});
