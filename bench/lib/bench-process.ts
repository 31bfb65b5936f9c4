// The frame every database benchmark shares: one child process per database (PostgreSQL when DATABASE_URL
// is set, and PGlite), a scratch database in production mode for the measurement, and a process that exits
// with the benchmark's verdict.
import { spawnSync } from "node:child_process";
import { useScratchDatabase } from "./target-database";

export type DatabaseKind = "pglite" | "postgres";

export const isDatabaseKind = (value: string | undefined): value is DatabaseKind =>
  value === "pglite" || value === "postgres";

/** The databases this run measures: both when DATABASE_URL names a PostgreSQL server, else PGlite. */
export const availableDatabases = (): DatabaseKind[] =>
  process.env.DATABASE_URL ? ["postgres", "pglite"] : ["pglite"];

/** Runs `file` again in a child process per database, with `argumentsFor(kind)` after the database's name. */
export function runPerDatabase(
  file: string,
  argumentsFor: (kind: DatabaseKind) => string[],
  kinds: readonly DatabaseKind[] = availableDatabases(),
): void {
  for (const kind of kinds) {
    const child = spawnSync(process.execPath, [...process.execArgv, file, kind, ...argumentsFor(kind)], {
      stdio: "inherit",
    });
    if (child.status !== 0) process.exitCode = child.status ?? 1;
  }
}

/**
 * Runs `measure` on a scratch database of `kind`, measured as deployed (production mode skips the
 * development-only response-contract checks), then disconnects and drops it whatever happened (unless kept).
 */
export async function onScratchDatabase<T>(
  kind: DatabaseKind,
  measure: (database: { label: string; reused: boolean }) => Promise<T>,
  keptAs?: string,
): Promise<T> {
  Object.assign(process.env, { NODE_ENV: "production", LOG_LEVEL: "warn" });
  const database = await useScratchDatabase(kind, keptAs);
  try {
    return await measure(database);
  } finally {
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
    await database.drop();
  }
}

/** Runs a benchmark's main and exits with its verdict (open handles of the app must not keep it alive). */
export function runBench(main: () => Promise<unknown>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
