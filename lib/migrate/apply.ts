import "server-only";
import type { DatabaseDriver } from "@/lib/database/driver";
import { noFilters, openSchemaEngine } from "./engine";
import { defaultMigrationsDir, readMigrationHistory } from "./history";

/**
 * Applies every migration in the folder that the database has not recorded yet, recording each in
 * `_prisma_migrations` exactly as Prisma does. The engine takes Prisma's advisory lock on PostgreSQL,
 * so instances that start together apply each migration once.
 */
export async function applyPendingMigrations(
  driver: DatabaseDriver,
  migrationsDir = defaultMigrationsDir(),
): Promise<string[]> {
  const engine = await openSchemaEngine(driver.adapter);
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
