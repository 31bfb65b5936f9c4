// npm run model:fit [-- --since 2026-10-01 --until 2026-12-01 --l2 0.01 --version <name>]
// Fits the scoring model's weights to the recorded outcomes of the configured database (DATABASE_URL, or
// the embedded PGlite, which refuses while the server has it open), stores them as an inactive version
// with their held-out figures, and prints them next to the active model's.
import { dbDriver, disconnectDb } from "@/lib/db";
import { applyPendingMigrations } from "@/lib/migrate/apply";
import { modelFitCommand } from "./command";

async function main(): Promise<void> {
  await applyPendingMigrations(dbDriver());
  console.log(await modelFitCommand(process.argv.slice(2)));
  await disconnectDb();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
