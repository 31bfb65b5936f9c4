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
  const types = SIGNALS.map(
    (signal) => `             "${signal.name}" ${signal.kind === "categorical" ? "text" : "float8"}`,
  );
  // One jsonb_to_record a row reads every signal in one pass over the features (each value converted as
  // `->>` and a cast would: the same values), where one `->>` a signal searched the features 35 times.
  // Features that are not an object read as no signals at all, as `->>` read them.
  return `-- Signal extraction, regenerated from the signal catalog (scripts/signals/trigger-sql.ts).
CREATE OR REPLACE FUNCTION "InferenceSignals_extract"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "InferenceSignals" (${columns.map((column) => `"${column}"`).join(", ")})
    SELECT n."id", n."createdAt", n."embeddingModel", n."modelVersion", n."score",
           ${SIGNALS.map((signal) => `s."${signal.name}"`).join(", ")}
      FROM inserted_inferences n,
           jsonb_to_record(CASE jsonb_typeof(n."features") WHEN 'object' THEN n."features" ELSE '{}' END) AS s(
${types.join(",\n")}
           )
     WHERE n."score" IS NOT NULL AND n."features" IS NOT NULL;
  RETURN NULL;
END
$$;
`;
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(signalsTriggerSql());
