import "server-only";
import { databaseTarget, openDriver, type DatabaseDriver } from "@/lib/db/driver";
import { env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { STORED_CANDIDATES_SQL } from "./candidate-count";

export { STORED_CANDIDATES_SQL } from "./candidate-count";
export { columnArrays, type ColumnTypes, JSON_TEXT } from "./column-arrays";
export type { NamedStatement, SessionQuery } from "./driver";
export { isUnstorableTextError, sqlStateOf } from "./errors";

// One client per process. Kept on globalThis so hot reloads and test files share it instead of
// opening a second PGlite on the same directory (PGlite allows one process, one instance).

interface Database {
  driver: DatabaseDriver;
  client: PrismaClient;
  /** Sees password hashes; only better-auth (lib/auth) uses it, to verify sign-ins. */
  credentialsClient: PrismaClient;
}

const holder = globalThis as typeof globalThis & { __shortlistDatabase?: Database };

function database(): Database {
  if (!holder.__shortlistDatabase) {
    const { DATABASE_URL, DATABASE_POOL_SIZE, PGLITE_DATA_DIR } = env();
    const driver = openDriver(
      databaseTarget({ databaseUrl: DATABASE_URL, poolSize: DATABASE_POOL_SIZE, pgliteDataDir: PGLITE_DATA_DIR }),
    );
    holder.__shortlistDatabase = {
      driver,
      // Password hashes stay out of every query result unless a query asks for them explicitly.
      client: new PrismaClient({ adapter: driver.adapter, omit: { account: { password: true } } }),
      credentialsClient: new PrismaClient({ adapter: driver.adapter }),
    };
  }
  return holder.__shortlistDatabase;
}

/** The Prisma client. Created on first use, so importing this module never opens the database. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = database().client;
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export function credentialsDb(): PrismaClient {
  return database().credentialsClient;
}

export function dbDriver(): DatabaseDriver {
  return database().driver;
}

/** How many candidates are stored (count(*), as the database keeps it: ./candidate-count.ts). */
export async function storedCandidateCount(): Promise<number> {
  const [row] = await dbDriver().query<{ count: string | number }>(`SELECT ${STORED_CANDIDATES_SQL} AS "count"`);
  return Number(row!.count);
}

export async function disconnectDb(): Promise<void> {
  const current = holder.__shortlistDatabase;
  if (!current) return;
  holder.__shortlistDatabase = undefined;
  await current.client.$disconnect();
  await current.credentialsClient.$disconnect();
  await current.driver.close();
}
