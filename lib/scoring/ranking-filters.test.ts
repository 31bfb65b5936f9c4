import { describe, expect, it } from "vitest";
import { poolCondition } from "./ranking-filters";
import { sqlParameters } from "./sql-params";

// What each filter asks of the database (that it keeps exactly the scorer's candidates is shown on a
// seeded pool by retrieval.own-db.test.ts).

const job = { requiredSkills: ["python", "made-up framework"], place: "berlin" };

function sql(condition: ReturnType<typeof poolCondition>): { text: string; params: unknown[] } | undefined {
  if (!condition) return undefined;
  const { params, param } = sqlParameters();
  return { text: condition(param), params };
}

describe("poolCondition", () => {
  it("asks nothing of the database when nothing is filtered, or only the band (a property of the score)", () => {
    expect(poolCondition({}, job)).toBeUndefined();
    expect(poolCondition({ band: "strong" }, job)).toBeUndefined();
  });

  it("keeps nobody for a skill the job does not require: only required skills are matched", () => {
    expect(sql(poolCondition({ skill: "java" }, job))?.text).toBe("FALSE");
  });

  it("looks a known skill up among those listed or stated (its skill key), and leaves an unknown one to the scorer", () => {
    expect(sql(poolCondition({ skill: "python" }, job))).toEqual({
      text: `"retrievalKeys" @@ $1::tsquery`,
      params: ["'s:python'"],
    });
    expect(sql(poolCondition({ skill: "made-up framework" }, job))?.text).toBe("TRUE");
  });

  it("compares the stored place key with the job's, and keeps nobody when the job has no place", () => {
    expect(sql(poolCondition({ local: true }, job))).toEqual({ text: `"locationKey" = $1::text`, params: ["berlin"] });
    expect(sql(poolCondition({ local: false }, job))?.text).toBe(`"locationKey" <> $1::text`);
    expect(sql(poolCondition({ local: false }, { ...job, place: null }))?.text).toBe("FALSE");
  });

  it("joins the filters", () => {
    const both = sql(poolCondition({ seniority: "senior", local: true }, job))!;
    expect(both).toEqual({ text: `"seniority" = $1::text AND "locationKey" = $2::text`, params: ["senior", "berlin"] });
  });
});
