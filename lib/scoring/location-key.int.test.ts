import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createCandidate } from "@/lib/candidates";
import { db, dbDriver } from "@/lib/db";
import { placeKey } from "@/lib/extraction";
import { CITY_NAMES, COUNTRY_NAMES } from "@/lib/extraction/places";
import { unique } from "@/test/helpers/unique";

// Candidate.locationKey is placeKey(location), written by the app with the location; rows saved before the
// column existed got it from the migration's SQL, which must agree with placeKey.

const MIGRATION = path.join(process.cwd(), "prisma/migrations/20261207030152_candidate_location_key/migration.sql");
const system = { kind: "system", name: "test" } as const;

function backfillExpression(): string {
  const expression = /SET "locationKey" = (.+) WHERE "location" <> '';/.exec(readFileSync(MIGRATION, "utf8"))?.[1];
  if (!expression) throw new Error("The migration no longer fills locationKey as this test expects.");
  return expression;
}

describe("Candidate.locationKey", () => {
  it("is filled by the migration exactly as placeKey reads every known city and country, however written", async () => {
    const locations = [...CITY_NAMES, ...COUNTRY_NAMES].flatMap((name) => [
      name,
      name.toUpperCase(),
      name.normalize("NFD"),
      `  ${name} , Somewhere`,
      `${name} (hybrid)`,
      `${name}/Remote`,
    ]);
    const rows = await dbDriver().query<{ key: string }>(
      `SELECT ${backfillExpression()} AS key FROM unnest($1::text[]) WITH ORDINALITY AS t("location", i) ORDER BY i`,
      [locations],
    );
    expect(rows.map((row) => row.key)).toEqual(locations.map(placeKey));
  });

  it("is written with the location when a candidate is saved", async () => {
    const saved = await createCandidate({
      ctx: system,
      input: { fullName: unique("Located"), location: "Zürich, Switzerland", resumeText: "Accountant in Zürich." },
    });
    const row = await db.candidate.findUniqueOrThrow({ where: { id: saved.id }, select: { locationKey: true } });
    expect(row.locationKey).toBe("zurich");
  });
});
