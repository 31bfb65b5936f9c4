import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { signalsTriggerSql } from "./trigger-sql";

// The database copies signals into typed columns by a trigger written in a migration; when the catalog
// changes, a migration must regenerate it. This fails until it does.
describe("InferenceSignals trigger", () => {
  it("in the latest migration that defines it, copies exactly the catalog's signals", () => {
    const migrations = path.resolve(import.meta.dirname, "../../prisma/migrations");
    const latest = readdirSync(migrations)
      .filter((name) => /^\d+_/.test(name))
      .sort()
      .map((name) => readFileSync(path.join(migrations, name, "migration.sql"), "utf8"))
      .filter((sql) => sql.includes('FUNCTION "InferenceSignals_extract"()'))
      .at(-1);
    expect(latest).toContain(signalsTriggerSql().split("\n").slice(1).join("\n"));
  });
});
