import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { acquirePgliteLock } from "./pglite-lock";

export type DatabaseTarget =
  | { kind: "postgres"; url: string; poolSize: number }
  | { kind: "pglite"; dataDir: string };

/** A connection to the database that Prisma (queries) and the schema engine (migrations) both use. */
export interface DatabaseDriver {
  target: DatabaseTarget;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  /** Runs a statement outside Prisma: advisory locks, health checks. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  close(): Promise<void>;
}

export function databaseTarget(options: {
  databaseUrl?: string;
  poolSize: number;
  pgliteDataDir: string;
}): DatabaseTarget {
  if (options.databaseUrl) return { kind: "postgres", url: options.databaseUrl, poolSize: options.poolSize };
  return { kind: "pglite", dataDir: options.pgliteDataDir };
}

export function openDriver(target: DatabaseTarget): DatabaseDriver {
  return target.kind === "postgres" ? openPostgres(target) : openPglite(target);
}

function openPostgres(target: Extract<DatabaseTarget, { kind: "postgres" }>): DatabaseDriver {
  const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize });
  return {
    target,
    adapter: new PrismaPg(pool),
    async query(sql, params = []) {
      return (await pool.query(sql, params)).rows;
    },
    async close() {
      await pool.end();
    },
  };
}

function openPglite(target: Extract<DatabaseTarget, { kind: "pglite" }>): DatabaseDriver {
  const inMemory = target.dataDir.startsWith("memory://");
  const dataDir = inMemory ? target.dataDir : path.resolve(target.dataDir);
  if (!inMemory) fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const releaseLock = inMemory ? () => {} : acquirePgliteLock(dataDir);
  const pglite = new PGlite(dataDir);
  return {
    target,
    adapter: withAwaitedScripts(new PrismaPGlite(pglite)),
    async query(sql, params = []) {
      return (await pglite.query(sql, params)).rows as never[];
    },
    async close() {
      if (!pglite.closed) await pglite.close();
      releaseLock();
    },
  };
}

// pglite-prisma-adapter 0.7 fires `executeScript` without awaiting it, so a failing migration would be
// recorded as applied. Awaiting the script makes the schema engine see the error.
function withAwaitedScripts(factory: PrismaPGlite): SqlMigrationAwareDriverAdapterFactory {
  const fix = async <T extends { executeScript(script: string): Promise<void> }>(adapter: T) => {
    const client = (adapter as unknown as { client: PGlite }).client;
    adapter.executeScript = async (script: string) => {
      await client.exec(script);
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => fix(await factory.connect()),
    connectToShadowDb: async () => fix(await factory.connectToShadowDb()),
  };
}
