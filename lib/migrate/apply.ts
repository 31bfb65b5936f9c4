import "server-only";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { openDriver, type DatabaseDriver } from "@/lib/db/driver";
import { noFilters, openSchemaEngine } from "./engine";
import { defaultMigrationsDir, readMigrationHistory } from "./history";

// Our own lock, distinct from the one the engine takes (72707369), so instances queue here without
// hitting the engine's 10-second lock timeout.
const STARTUP_LOCK_KEY = 72707370;

/**
 * Applies every migration in the folder that the database has not recorded yet, recording each in
 * `_prisma_migrations` exactly as Prisma does. Instances starting together against one PostgreSQL
 * take turns, so each migration runs once.
 */
export async function applyPendingMigrations(
  driver: DatabaseDriver,
  migrationsDir = defaultMigrationsDir(),
): Promise<string[]> {
  const { target } = driver;
  if (target.kind === "pglite") return runEngine(driver.adapter, migrationsDir);
  return withSessionLock(target.url, async () => {
    // One connection: the engine locks and unlocks in separate statements, which must share a session.
    const single = openDriver({ ...target, poolSize: 1 });
    try {
      return await runEngine(single.adapter, migrationsDir);
    } finally {
      await single.close();
    }
  });
}

async function runEngine(adapter: SqlMigrationAwareDriverAdapterFactory, migrationsDir: string): Promise<string[]> {
  const engine = await openSchemaEngine(adapter);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: readMigrationHistory(migrationsDir),
      filters: noFilters,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

async function withSessionLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [STARTUP_LOCK_KEY]);
    return await work();
  } finally {
    await client.end(); // ending the session releases the lock
  }
}
