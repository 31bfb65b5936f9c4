import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCollection } from "@/scripts/eval/ranking/collection";
import { evaluateCollection, type Evaluation } from "@/scripts/eval/ranking/evaluate";

// The ranking suites of test/fixtures: occupations-ranking (twelve jobs outside software, the evaluation
// suite) and everyday-roles (six everyday British jobs, a regression suite), each with résumés of people
// who have done the job (grade 2 in qrels.tsv) and plausible people who have not (an adjacent field, a
// junior or assisting role: grade 1 or 0). Every résumé is ranked for every job of its suite, as a
// recruiter's pool would be, and whoever has the job's core experience must come before everyone who has not.

const CORE = 2;

describe.each([
  { suite: "occupations-ranking", minimumJobs: 12 },
  { suite: "everyday-roles", minimumJobs: 6 },
])("$suite", ({ suite, minimumJobs }) => {
  const collection = loadCollection(path.resolve("test/fixtures", suite));
  let evaluation: Evaluation;

  beforeAll(async () => {
    evaluation = await evaluateCollection(collection, {
      pool: "corpus",
      relevantMin: 1,
      samples: 1,
      seed: 1,
      frequencies: "corpus",
      now: new Date("2026-12-01T00:00:00Z"),
    });
  }, 300_000);

  /** Candidates without the core experience ranked above each one who has it. */
  function misranked(jobId: string): Record<string, string[]> {
    const judgments = collection.qrels.get(jobId)!;
    const ranking = evaluation.queries.find((query) => query.id === jobId)!.rankings.scorer;
    const result: Record<string, string[]> = {};
    ranking.forEach((id, position) => {
      if (judgments.get(id) !== CORE) return;
      const above = ranking.slice(0, position).filter((other) => judgments.get(other) !== CORE);
      if (above.length > 0) result[id] = above;
    });
    return result;
  }

  it("has its jobs, each with a candidate who has the core experience and one who has not", () => {
    expect(collection.queries.length).toBeGreaterThanOrEqual(minimumJobs);
    for (const query of collection.queries) {
      const grades = [...collection.qrels.get(query.id)!.values()];
      expect(grades, query.id).toContain(CORE);
      expect(
        grades.some((grade) => grade < CORE),
        query.id,
      ).toBe(true);
    }
  });

  const jobs = collection.queries.map((query) => query.id);
  it.each(jobs)("%s: everyone with the core experience ranks above everyone without it", (job) => {
    expect(misranked(job)).toEqual({});
  });
});
