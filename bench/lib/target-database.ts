import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * Points the app's database module at a throw-away database for one benchmark run: a fresh PGlite
 * directory, or a fresh database on the PostgreSQL server named by DATABASE_URL. Call before importing
 * anything from lib/ that opens the database.
 */
export async function useScratchDatabase(
  kind: "pglite" | "postgres",
  /**
   * A database of this name (PostgreSQL) or a directory of this name in the temporary directory (PGlite),
   * created if missing and kept afterwards (a benchmark reusing its data).
   */
  keptAs?: string,
): Promise<{ label: string; reused: boolean; drop(): Promise<void> }> {
  if (kind === "pglite") {
    const dir = keptAs ? path.join(os.tmpdir(), keptAs) : fs.mkdtempSync(path.join(os.tmpdir(), "shortlist-bench-"));
    const dataDir = path.join(dir, "pglite");
    const reused = keptAs !== undefined && fs.existsSync(dataDir);
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DATA_DIR = dataDir;
    return {
      label: keptAs ? `PGlite (kept in ${dir}${reused ? ", reused" : ""})` : "PGlite",
      reused,
      drop: async () => {
        if (!keptAs) fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set");
  const name = keptAs ?? `shortlist_bench_${crypto.randomBytes(4).toString("hex")}`;
  const admin = async (sql: string, values: unknown[] = []) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    return (await client.query(sql, values).finally(() => client.end())).rows;
  };
  const reused = (await admin(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).length > 0;
  if (!reused) await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  process.env.DATABASE_POOL_SIZE ??= "16";
  // Production mode on PostgreSQL requires a session key; benchmarks sign nobody in, any key will do.
  process.env.AUTH_SECRET ??= crypto.randomBytes(48).toString("base64url");
  return {
    label: keptAs ? `PostgreSQL (kept as ${name}${reused ? ", reused" : ""})` : "PostgreSQL",
    reused,
    drop: async () => {
      if (!keptAs) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
