// The SQL of the trigger function that copies each scored inference's signals into "InferenceSignals"
// (one typed column per signal of lib/vocabulary/signals.ts). A migration that changes the signal
// catalog appends this output; signals-trigger.test.ts checks the latest migration agrees with the catalog.
// Usage: node --import tsx scripts/signals/trigger-sql.ts >> prisma/migrations/<new>/migration.sql
import { SIGNALS } from "@/lib/vocabulary/signals";

export function signalsTriggerSql(): string {
  const columns = [
    "inferenceId",
    "createdAt",
    "embeddingModel",
    "modelVersion",
    "score",
    ...SIGNALS.map((signal) => signal.name),
  ];
  const values = SIGNALS.map((signal) =>
    signal.kind === "categorical"
      ? `           n."features" ->> '${signal.name}'`
      : `           (n."features" ->> '${signal.name}')::float8`,
  );
  return `-- Signal extraction, regenerated from the signal catalog (scripts/signals/trigger-sql.ts).
CREATE OR REPLACE FUNCTION "InferenceSignals_extract"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "InferenceSignals" (${columns.map((column) => `"${column}"`).join(", ")})
    SELECT n."id", n."createdAt", n."embeddingModel", n."modelVersion", n."score",
${values.join(",\n")}
      FROM inserted_inferences n
     WHERE n."score" IS NOT NULL AND n."features" IS NOT NULL;
  RETURN NULL;
END
$$;
`;
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(signalsTriggerSql());
