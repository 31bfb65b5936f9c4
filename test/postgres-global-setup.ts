import type { TestProject } from "vitest/node";
import { scratchDatabase } from "./helpers/scratch-database";

// Creates a fresh database for this run on the PostgreSQL server at TEST_DATABASE_URL (the CI machine's
// by default), migrates it with the project's runner, hands its URL to the workers, and drops it after.

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const database = scratchDatabase("shortlist_test");
  await database.create();
  project.provide("databaseUrl", database.url);
  return database.drop;
}
