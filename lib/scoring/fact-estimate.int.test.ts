import { describe, expect, it } from "vitest";
import type { ScoringModelDefinition } from "@/lib/vocabulary/scoring-model";
import { db, dbDriver } from "@/lib/db";
import { unique } from "@/test/helpers/unique";
import { ENUMERATED_FACTS, factEstimate, factsLogit, UNKNOWN_FACTS } from "./fact-estimate";
import { sqlParameters } from "./sql-params";
import { type CandidateFacts, factFeatures, type FactsJob } from "./features";

// The database computes each stored candidate's facts' part of the logit from its columns, as the scorer
// computes it from the facts it reads there: every value of every fact, none, and a value it does not know.

const job: FactsJob = { targetSeniority: "mid", minimumYears: null, jobZone: 3, department: "engineering" };
const model: Pick<ScoringModelDefinition, "terms"> = {
  terms: Object.fromEntries(
    Object.keys(factFeatures(UNKNOWN_FACTS, job)).map((name, index) => [
      name,
      { weight: 0.3 + index / 7, reference: index / 10 },
    ]),
  ),
};

describe("the facts' part of retrieval's estimate, in the database", () => {
  it("is the scorer's part for each stored candidate", async () => {
    const name = unique("facts");
    const stored = ENUMERATED_FACTS.flatMap(({ fact, column, values }) =>
      [...values, null, ...(typeof values[0] === "string" ? ["not a level"] : [])].map((value, index) => ({
        row: { fullName: `${name} ${column} ${index}`, [column]: value },
        facts: { ...UNKNOWN_FACTS, [fact]: value === "not a level" ? null : value } as CandidateFacts,
      })),
    );
    await db.candidate.createMany({ data: stored.map(({ row }) => row) });
    const { params, param } = sqlParameters([name]);
    const sql = factEstimate(job, model).sql(param);
    const rows = await dbDriver().query<{ fullName: string; part: number }>(
      `SELECT "fullName", ${sql} AS "part" FROM "Candidate" WHERE "fullName" LIKE $1 || ' %'`,
      params,
    );
    const parts = new Map(rows.map((row) => [row.fullName, Number(row.part)]));
    const unknown = factsLogit(UNKNOWN_FACTS, job, model);
    for (const { row, facts } of stored) {
      expect(parts.get(row.fullName), row.fullName).toBeCloseTo(factsLogit(facts, job, model) - unknown, 9);
    }
    expect(parts.size).toBe(stored.length);
  });
});
