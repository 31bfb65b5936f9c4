import { afterAll, beforeAll } from "vitest";
import { scratchDatabase } from "./helpers/scratch-database";

// A PostgreSQL database of this file's own (`*.own-pg.test.ts`): what own-database files are on PGlite, for
// tests whose rows would crowd the shared database or that change the database's settings.

const database = scratchDatabase("shortlist_own");
process.env.DATABASE_URL = database.url;

beforeAll(() => database.create(), 120_000);

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
  await database.drop();
});
