// npm run apikey:create -- --name <name> [--scopes scoring,sync,outcomes]
// Prints a new API key for bootstrapping an ATS integration. The key is shown once; only its hash is stored.
import { parseArgs } from "node:util";
import { createApiKey } from "@/lib/auth";
import { apiKeyScopeSchema } from "@/lib/vocabulary/api-key-scopes";
import { dbDriver, disconnectDb } from "@/lib/db";
import { applyPendingMigrations } from "@/lib/migrate/apply";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { name: { type: "string" }, scopes: { type: "string", default: "scoring,sync,outcomes" } },
  });
  if (!values.name?.trim())
    throw new Error("Usage: npm run apikey:create -- --name <name> [--scopes scoring,sync,outcomes,admin]");
  const scopes = apiKeyScopeSchema
    .array()
    .min(1)
    .parse(values.scopes.split(",").map((scope) => scope.trim()));
  await applyPendingMigrations(dbDriver());
  const { key, apiKey } = await createApiKey({
    ctx: { kind: "system", name: "cli" },
    input: { name: values.name.trim().slice(0, 80), scopes },
  });
  console.log(
    `Created API key "${apiKey.name}" (${apiKey.scopes.join(", ")}). Store it now; it is not shown again:\n\n${key}\n`,
  );
  await disconnectDb();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
