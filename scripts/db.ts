// npm run db:migration -- <name>   create a migration from the changes in prisma/schema.prisma
// npm run db:migrate               apply pending migrations to the configured database
import path from "node:path";
import { disconnectDb, dbDriver } from "@/lib/db";
import { applyPendingMigrations } from "@/lib/migrate/apply";
import { createMigration } from "@/lib/migrate/create";
import { defaultMigrationsDir } from "@/lib/migrate/history";

async function main(command: string | undefined, args: string[]): Promise<void> {
  if (command === "migration") {
    const name = args.join("_");
    const folder = await createMigration({
      name,
      schemaPath: path.join(process.cwd(), "prisma", "schema.prisma"),
      migrationsDir: defaultMigrationsDir(),
    });
    console.log(folder ? `Created ${path.relative(process.cwd(), folder)}` : "No schema changes: nothing to create.");
    return;
  }
  if (command === "migrate") {
    const applied = await applyPendingMigrations(dbDriver());
    console.log(applied.length ? `Applied ${applied.join(", ")}` : "Database is up to date.");
    await disconnectDb();
    return;
  }
  throw new Error("Usage: db.ts migration <name> | db.ts migrate");
}

main(process.argv[2], process.argv.slice(3)).then(
  // The WASM schema engine leaves a lock-timeout timer behind; exit instead of waiting for it.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
