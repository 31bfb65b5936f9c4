import { beforeAll, inject } from "vitest";

// Points lib/db at this worker's database before anything opens it. On PostgreSQL the global setup has
// migrated a fresh database; on PGlite each worker migrates its own in-memory one, once.

const databaseUrl = inject("databaseUrl");
if (databaseUrl) process.env.DATABASE_URL = databaseUrl;
else process.env.PGLITE_DATA_DIR = "memory://";

const state = globalThis as typeof globalThis & { __shortlistMigrated?: Promise<unknown> };

beforeAll(async () => {
  if (databaseUrl) return;
  state.__shortlistMigrated ??= (async () => {
    const { dbDriver } = await import("@/lib/db");
    const { applyPendingMigrations } = await import("@/lib/migrate/apply");
    return applyPendingMigrations(dbDriver());
  })();
  await state.__shortlistMigrated;
});
