import "server-only";
import fs from "node:fs";
import path from "node:path";
import { openDriver } from "@/lib/db/driver";
import { noFilters, openSchemaEngine } from "./engine";
import { LOCKFILE_CONTENT, LOCKFILE_NAME, readMigrationHistory } from "./history";

export interface SchemaDiffInput {
  schemaPath: string;
  migrationsDir: string;
}

/**
 * SQL that takes a database built from the migration history to the schema in `schema.prisma`,
 * or null when they already agree. The history is replayed on a throw-away in-memory PGlite.
 */
export async function diffHistoryAgainstSchema({ schemaPath, migrationsDir }: SchemaDiffInput): Promise<string | null> {
  const content = fs.readFileSync(schemaPath, "utf8");
  const scratch = openDriver({ kind: "pglite", dataDir: "memory://" });
  const engine = await openSchemaEngine(scratch.adapter, { path: schemaPath, content });
  try {
    const { exitCode, stdout } = await engine.diff({
      from: { tag: "migrations", ...readMigrationHistory(migrationsDir) },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content }] },
      script: true,
      exitCode: true,
      filters: noFilters,
    });
    // With exitCode requested, the engine answers 2 when the diff is not empty.
    return exitCode === 2 && stdout ? stdout : null;
  } finally {
    engine.free();
    await scratch.close();
  }
}

/** Writes `<timestamp>_<name>/migration.sql` for the pending schema changes; null when there are none. */
export async function createMigration(input: SchemaDiffInput & { name: string; now?: Date }): Promise<string | null> {
  const name = input.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  if (!name) throw new Error("A migration needs a name made of letters or digits, e.g. `add_outcomes`.");
  const script = await diffHistoryAgainstSchema(input);
  if (!script) return null;
  const folder = path.join(input.migrationsDir, `${timestamp(input.now ?? new Date())}_${name}`);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "migration.sql"), script);
  const lockfile = path.join(input.migrationsDir, LOCKFILE_NAME);
  if (!fs.existsSync(lockfile)) fs.writeFileSync(lockfile, LOCKFILE_CONTENT);
  return folder;
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}
