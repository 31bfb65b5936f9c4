import path from "node:path";
import { defineConfig } from "vitest/config";

// Four projects:
// - unit: pure logic beside its code (`*.test.ts`), isolated per file;
// - integration: `*.int.test.ts` on an in-memory PGlite per worker, migrated once by the real runner;
// - own-database: `*.own-db.test.ts`, each file on a PGlite of its own, for tests whose rows would crowd
//   what other files assert about the shared database (a pool of thousands of candidates);
// - postgres: the same integration files plus `*.pg.test.ts` on a fresh PostgreSQL database per run;
// - own-postgres: `*.own-pg.test.ts`, each file on a fresh PostgreSQL database of its own.
// Files in one worker share its database (isolate: false); every test owns the rows it creates.

const root = path.dirname(new URL(import.meta.url).pathname);

const shared = {
  resolve: {
    alias: {
      "@": root,
      // Marker package that throws outside React Server Components; tests are server code.
      "server-only": path.join(root, "test/helpers/server-only.ts"),
    },
  },
};

// Worker threads started from tests load their TypeScript entries as the scripts do, through tsx (a built
// app loads the chunks Next.js compiled from them).
const execArgv = ["--import", "tsx"];

const integrationFiles = ["**/*.int.test.ts"];
const ownDatabaseFiles = ["**/*.own-db.test.ts"];
const ownPostgresFiles = ["**/*.own-pg.test.ts"];
const exclude = ["node_modules/**", ".next/**", "e2e/**", ".data/**"];

export default defineConfig({
  ...shared,
  test: {
    maxWorkers: 2,
    env: { LOG_LEVEL: "error", NEXT_TELEMETRY_DISABLED: "1" },
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          execArgv,
          include: ["**/*.test.ts"],
          // Property tests and taxonomy rebuilds take seconds; a busy machine must not fail them by time.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          exclude: [...exclude, ...integrationFiles, ...ownDatabaseFiles, ...ownPostgresFiles, "**/*.pg.test.ts"],
          // Unit tests never use a database; should one slip in, it is in memory, never the developer's.
          env: { PGLITE_DATA_DIR: "memory://" },
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          execArgv,
          include: integrationFiles,
          exclude,
          isolate: false,
          setupFiles: ["test/setup-database.ts"],
          // A sync batch starts reading worker threads, each building the taxonomy's indexes: seconds when busy.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: {
          name: "own-database",
          execArgv,
          include: ownDatabaseFiles,
          exclude,
          isolate: true,
          setupFiles: ["test/setup-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 300_000,
        },
      },
      {
        ...shared,
        test: {
          name: "postgres",
          execArgv,
          include: [...integrationFiles, "**/*.pg.test.ts"],
          exclude,
          isolate: false,
          globalSetup: ["test/postgres-global-setup.ts"],
          setupFiles: ["test/setup-database.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        ...shared,
        test: {
          name: "own-postgres",
          execArgv,
          include: ownPostgresFiles,
          exclude,
          isolate: true,
          setupFiles: ["test/setup-own-postgres.ts"],
          testTimeout: 30_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
