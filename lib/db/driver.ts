import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { log } from "@/lib/log";
import { acquirePgliteLock } from "./pglite-lock";

export type DatabaseTarget = { kind: "postgres"; url: string; poolSize: number } | { kind: "pglite"; dataDir: string };

/** A connection to the database that Prisma (queries) and the schema engine (migrations) both use. */
export interface DatabaseDriver {
  target: DatabaseTarget;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  /**
   * Runs a statement outside Prisma: advisory locks, health checks, bulk writes. A named statement is
   * prepared once per PostgreSQL connection and reused (its text must never change under the same name).
   */
  query<Row = Record<string, unknown>>(statement: string | NamedStatement, params?: unknown[]): Promise<Row[]>;
  /** Runs `work` on one connection for its whole duration: session state such as an advisory lock. */
  withConnection<T>(work: (query: SessionQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface NamedStatement {
  name: string;
  text: string;
}

export type SessionQuery = <Row = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<Row[]>;

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
  // An idle connection the server ends (a restart, pg_terminate_backend, DROP DATABASE … WITH (FORCE) after
  // a benchmark) emits 'error' on the pool; unhandled, that event ends the process. The pool drops the
  // connection and opens another when needed.
  pool.on("error", (error) => log.warn("An idle database connection was closed by the server", { error }));
  return {
    target,
    adapter: withWholeScripts(new PrismaPg(pool)),
    async query(statement, params = []) {
      // Built field by field: `{ ...statement, values }` takes V8's slow path for spreads, on every query.
      const config =
        typeof statement === "string"
          ? { text: statement, values: params }
          : { name: statement.name, text: statement.text, values: params };
      return (await pool.query(config)).rows;
    },
    async withConnection(work) {
      const client = await pool.connect();
      try {
        return await work(async (sql, params = []) => (await client.query(sql, params)).rows);
      } finally {
        client.release();
      }
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
  const pglite = new PGlite(dataDir, {
    serializers: { [BYTEA]: hexBytea },
    // PGlite's buffer cache lives in the app's own memory (WebAssembly), where PostgreSQL's default 128 MB
    // fills with a large pool's pages and is never given back: 32 MB took a 100,000-candidate ranking's
    // peak RSS from 565 to 483 MB at the same speed (bench:rank, 7 Dec 2026); the OS caches the files anyway.
    startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
  });
  const query: SessionQuery = async (sql, params = []) => (await pglite.query(sql, params)).rows as never[];
  return {
    target,
    adapter: withAwaitedScripts(new PrismaPGlite(pglite)),
    // PGlite's single session gains nothing from naming a statement: it runs the text.
    query: (statement, params) => query(typeof statement === "string" ? statement : statement.text, params),
    // PGlite has a single connection: every query already shares the session.
    withConnection: (work) => work(query),
    async close() {
      if (!pglite.closed) await pglite.close();
      releaseLock();
    },
  };
}

const BYTEA = 17;
const PGLITE_SHARED_BUFFERS = "32MB";

// PGlite's own bytea serialiser formats byte by byte in JavaScript (a bulk insert's slowest part); the same
// `\x` hex text in one call.
function hexBytea(value: unknown): string {
  if (!(value instanceof Uint8Array)) throw new Error("Invalid input for bytea type");
  return `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}`;
}

// @prisma/adapter-pg 7.10 runs a migration script by splitting it on every ";", which breaks on a semicolon
// inside a comment, string or function body (the drift migration's trigger function has several). Sent
// whole, PostgreSQL parses the script itself (simple query protocol: one implicit transaction).
function withWholeScripts(factory: PrismaPg): SqlMigrationAwareDriverAdapterFactory {
  return withScriptRunner(factory, (adapter) => {
    const internals = adapter as unknown as { client: pg.Pool; onError(error: unknown): never };
    return async (script) => {
      try {
        await internals.client.query(script);
      } catch (error) {
        internals.onError(error);
      }
    };
  });
}

// pglite-prisma-adapter 0.7 fires `executeScript` without awaiting it, so a failing migration would be
// recorded as applied. Awaiting the script makes the schema engine see the error.
function withAwaitedScripts(factory: PrismaPGlite): SqlMigrationAwareDriverAdapterFactory {
  return withScriptRunner(factory, (adapter) => {
    const client = (adapter as unknown as { client: PGlite }).client;
    return async (script) => {
      await client.exec(script);
    };
  });
}

type ScriptRunner = (script: string) => Promise<void>;

/** The factory with `executeScript` of every adapter it connects (and its shadow database's) replaced. */
function withScriptRunner(
  factory: SqlMigrationAwareDriverAdapterFactory,
  runnerFor: (adapter: object) => ScriptRunner,
): SqlMigrationAwareDriverAdapterFactory {
  const fix = <T extends { executeScript: ScriptRunner }>(adapter: T) => {
    adapter.executeScript = runnerFor(adapter);
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => fix(await factory.connect()),
    connectToShadowDb: async () => fix(await factory.connectToShadowDb()),
  };
}
