import crypto from "node:crypto";
import pg from "pg";

// A fresh PostgreSQL database on the test server (TEST_DATABASE_URL, the CI machine's by default), migrated by
// the project's runner, and dropped when done.

const serverUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function onServer(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** A database named now (so its URL can be set before anything reads it), created and migrated by `create`. */
export function scratchDatabase(prefix: string): {
  url: string;
  create: () => Promise<void>;
  drop: () => Promise<void>;
} {
  const name = `${prefix}_${Date.now()}_${crypto.randomBytes(3).toString("hex")}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async create() {
      await onServer(`CREATE DATABASE "${name}"`);
      const { openDriver } = await import("@/lib/db/driver");
      const { applyPendingMigrations } = await import("@/lib/migrate/apply");
      const driver = openDriver({ kind: "postgres", url: url.toString(), poolSize: 2 });
      try {
        await applyPendingMigrations(driver);
      } finally {
        await driver.close();
      }
    },
    drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
