import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { parseOptions } from "./ranking";
import { loadCollection } from "./ranking/collection";
import { evaluateCollection, type Evaluation } from "./ranking/evaluate";
import { formatEvaluation } from "./ranking/report";

// `npm run eval:ranking` end to end on the small fixture: the command's output, and what it is made of.

const run = promisify(execFile);
const MINI = "test/fixtures/ranking-mini";
const ARGS = [MINI, "--bootstrap", "500", "--seed", "3", "--now", "2026-12-01"];
const COMMAND = ["--conditions=react-server", "--import", "tsx", "scripts/eval/ranking.ts"];
// Loading the scorer's data (taxonomy, occupations) takes a while on a busy machine, which is no failure.
const PATIENCE_MS = 300_000;
const PATIENT = { timeout: PATIENCE_MS };

describe("eval:ranking options", () => {
  it("has defaults: auto pools, relevance from grade 1, 10,000 resamples, frequencies from the corpus", () => {
    expect(parseOptions([MINI])).toMatchObject({
      directory: path.resolve(MINI),
      pool: "auto",
      relevantMin: 1,
      samples: 10_000,
      seed: 1,
      frequencies: "corpus",
      perQuery: false,
    });
    expect(parseOptions([...ARGS, "--pool", "corpus", "--relevant-min", "2", "--per-query"])).toMatchObject({
      pool: "corpus",
      relevantMin: 2,
      samples: 500,
      seed: 3,
      now: new Date("2026-12-01T00:00:00Z"),
      perQuery: true,
    });
  });

  it("refuses what it cannot use", () => {
    expect(() => parseOptions([])).toThrow(/Usage/);
    expect(() => parseOptions([MINI, "--pool", "all"])).toThrow(/--pool/);
    expect(() => parseOptions([MINI, "--relevant-min", "0"])).toThrow(/--relevant-min/);
    expect(() => parseOptions([MINI, "--df", "wiki"])).toThrow(/--df/);
    expect(() => parseOptions([MINI, "--now", "soon"])).toThrow(/--now/);
  });
});

describe("eval:ranking on the small fixture", () => {
  const options = parseOptions(ARGS);
  const collection = loadCollection(options.directory);
  let evaluation: Evaluation;
  beforeAll(async () => {
    evaluation = await evaluateCollection(collection, options);
  }, PATIENCE_MS);

  it("ranks judged pools where a query has relevant and non-relevant judgments, else the corpus", () => {
    expect(evaluation.queries.map(({ id, pool, poolSize }) => ({ id, pool, poolSize }))).toEqual([
      { id: "q1", pool: "judged", poolSize: 4 },
      { id: "q2", pool: "corpus", poolSize: 10 },
      { id: "q3", pool: "judged", poolSize: 4 },
    ]);
  });

  it("puts the candidates who have done the job first, with both rankers", () => {
    for (const ranker of ["scorer", "bm25"] as const) {
      const [q1, q2, q3] = evaluation.queries.map((query) => query.rankings[ranker]);
      expect(q1![0]).toBe("d01");
      expect(q2!.slice(0, 2).sort()).toEqual(["d04", "d06"]);
      expect(q3![0]).toBe("d07");
    }
  });

  it("summarises each metric for both rankers, with the paired difference of their means", () => {
    expect(evaluation.summary.map((row) => row.metric)).toEqual(["nDCG@5", "nDCG@10", "MAP"]);
    for (const row of evaluation.summary) {
      for (const interval of [row.scorer, row.bm25]) {
        expect(interval.low).toBeLessThanOrEqual(interval.mean);
        expect(interval.mean).toBeLessThanOrEqual(interval.high);
        expect(interval.high).toBeLessThanOrEqual(1);
      }
      expect(row.difference.mean).toBeCloseTo(row.scorer.mean - row.bm25.mean, 12);
    }
  });

  it("prints exactly that evaluation from the command line", PATIENT, async () => {
    const { stdout } = await run(process.execPath, [...COMMAND, ...ARGS]);
    expect(stdout.trim()).toBe(formatEvaluation(MINI, collection, options, evaluation));
    expect(stdout).toMatch(/^nDCG@5 +\d\.\d{3} \[/m);
    expect(stdout).toMatch(/judged documents for 2 queries, the whole corpus for 1/);
    expect(stdout).toMatch(/"Missing" skills the résumé states verbatim: \d+ of \d+/);
  });

  it("exits with 1 and says why on a directory it cannot read", PATIENT, async () => {
    const failure = run(process.execPath, [...COMMAND, "test/fixtures/no-such-collection"]);
    await expect(failure).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/does not exist/) });
  });
});
