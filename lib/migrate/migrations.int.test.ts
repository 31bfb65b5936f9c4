import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDriver, type DatabaseDriver } from "@/lib/db/driver";
import { applyPendingMigrations } from "./apply";
import { createMigration, diffHistoryAgainstSchema } from "./create";
import { defaultMigrationsDir } from "./history";

const schemaPath = path.join(process.cwd(), "prisma", "schema.prisma");
const drivers: DatabaseDriver[] = [];
const scratchDirs: string[] = [];

function scratchDatabase(): DatabaseDriver {
  const driver = openDriver({ kind: "pglite", dataDir: "memory://" });
  drivers.push(driver);
  return driver;
}

function scratchMigrations(copyFrom?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shortlist-migrations-"));
  scratchDirs.push(dir);
  if (copyFrom) fs.cpSync(copyFrom, dir, { recursive: true });
  return dir;
}

afterAll(async () => {
  await Promise.all(drivers.map((driver) => driver.close()));
  for (const dir of scratchDirs) fs.rmSync(dir, { recursive: true, force: true });
});

// Prisma's WASM schema engine diffs whole schemas in a single thread: on a loaded 2-core machine one diff
// took longer than the suite's default 30 s. These tests wait for the engine, however long it takes.
const WASM_ENGINE_TIMEOUT_MS = 10 * 60_000;

describe("migrations", { timeout: WASM_ENGINE_TIMEOUT_MS }, () => {
  it("the committed history builds exactly the schema in schema.prisma (no migration forgotten)", async () => {
    expect(await diffHistoryAgainstSchema({ schemaPath, migrationsDir: defaultMigrationsDir() })).toBeNull();
  });

  it("applies pending migrations once and records them as Prisma does", async () => {
    const driver = scratchDatabase();
    const names = fs
      .readdirSync(defaultMigrationsDir())
      .filter((name) => /^\d{14}_/.test(name))
      .sort();
    expect(await applyPendingMigrations(driver)).toEqual(names);
    expect(await applyPendingMigrations(driver)).toEqual([]);
    const rows = await driver.query<{ migration_name: string; finished_at: Date | null; checksum: string }>(
      'SELECT migration_name, finished_at, checksum FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      expect(row.finished_at).not.toBeNull();
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it("creates a migration from a schema change, which then applies cleanly", async () => {
    const migrationsDir = scratchMigrations(defaultMigrationsDir());
    const changedSchema = path.join(scratchMigrations(), "schema.prisma");
    fs.writeFileSync(
      changedSchema,
      fs.readFileSync(schemaPath, "utf8") + "\nmodel ScratchNote {\n  id   Int    @id\n  body String\n}\n",
    );

    const folder = await createMigration({
      name: "Add scratch notes!",
      schemaPath: changedSchema,
      migrationsDir,
      now: new Date("2099-01-01T00:00:00Z"),
    });
    expect(folder && path.basename(folder)).toBe("20990101000000_add_scratch_notes");
    expect(fs.readFileSync(path.join(folder!, "migration.sql"), "utf8")).toContain('CREATE TABLE "ScratchNote"');
    expect(await createMigration({ name: "again", schemaPath: changedSchema, migrationsDir })).toBeNull();

    const driver = scratchDatabase();
    const applied = await applyPendingMigrations(driver, migrationsDir);
    expect(applied.at(-1)).toBe("20990101000000_add_scratch_notes");
    await expect(driver.query('SELECT count(*) FROM "ScratchNote"')).resolves.toHaveLength(1);
  });

  it("reports a failing migration instead of recording it as applied", async () => {
    const migrationsDir = scratchMigrations(defaultMigrationsDir());
    fs.mkdirSync(path.join(migrationsDir, "20990101000000_broken"));
    fs.writeFileSync(
      path.join(migrationsDir, "20990101000000_broken", "migration.sql"),
      'ALTER TABLE "NoSuchTable" ADD COLUMN x int;',
    );
    const driver = scratchDatabase();
    await expect(applyPendingMigrations(driver, migrationsDir)).rejects.toThrow(/NoSuchTable|20990101000000_broken/);
    const rows = await driver.query<{ finished_at: Date | null }>(
      `SELECT finished_at FROM "_prisma_migrations" WHERE migration_name = '20990101000000_broken'`,
    );
    expect(rows.every((row) => row.finished_at === null)).toBe(true);
  });
});
