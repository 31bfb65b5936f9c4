import crypto from "node:crypto";
import pg from "pg";
import type { TestProject } from "vitest/node";

// Creates a fresh database for this run on the PostgreSQL server at TEST_DATABASE_URL (the CI machine's
// by default), migrates it with the project's runner, hands its URL to the workers, and drops it after.

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

const serverUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export default async function setup(project: TestProject) {
  const name = `shortlist_test_${Date.now()}_${crypto.randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();

  const { openDriver } = await import("@/lib/db/driver");
  const { applyPendingMigrations } = await import("@/lib/migrate/apply");
  const driver = openDriver({ kind: "postgres", url: databaseUrl, poolSize: 2 });
  await applyPendingMigrations(driver);
  await driver.close();
  project.provide("databaseUrl", databaseUrl);

  return async () => {
    const cleanup = new pg.Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await cleanup.end();
  };
}
