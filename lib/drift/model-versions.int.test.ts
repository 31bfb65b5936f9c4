import { describe, expect, it } from "vitest";
import { dbDriver } from "@/lib/db";
import { DAY, insertSyntheticWindow } from "@/test/helpers/drift-data";
import { evaluateDrift } from "./evaluate-drift";
import { readWindowSummary, summariseWindow } from "./summaries";

// Summaries per scoring model version, and how a check merges them. Rows live in 1985, where no other
// test writes.

describe("summaries per model version", () => {
  it("keep a day's versions apart, and a window merges them with each version's rows", async () => {
    const day = { start: new Date(Date.UTC(1985, 0, 1)), end: new Date(Date.UTC(1985, 0, 2)) };
    await insertSyntheticWindow({ ...day, count: 40, seed: 91, modelVersion: "v1" });
    await insertSyntheticWindow({ ...day, count: 30, seed: 92, modelVersion: "v2" });
    await summariseWindow(day);
    const stored = await dbDriver().query<{ modelVersion: string; rows: number }>(
      `SELECT "modelVersion", rows FROM "DriftDay" WHERE day = '1985-01-01' ORDER BY 1`,
    );
    expect(stored).toEqual([
      { modelVersion: "v1", rows: 40 },
      { modelVersion: "v2", rows: 30 },
    ]);
    const summary = await readWindowSummary(day);
    expect(summary.rows).toBe(70);
    expect(summary.modelVersions).toEqual(
      new Map([
        ["v1", 40],
        ["v2", 30],
      ]),
    );
    expect(summary.numeric.get("score")!.count).toBe(70);
    // Late rows of one version redo the day, both versions.
    await insertSyntheticWindow({ ...day, count: 5, seed: 93, modelVersion: "v2" });
    expect(await summariseWindow(day)).toEqual(["1985-01-01"]);
    expect((await readWindowSummary(day)).modelVersions).toEqual(
      new Map([
        ["v1", 40],
        ["v2", 35],
      ]),
    );
  });

  it("a week scored by a new version is compared with the reference of the old one: only the score moves", async () => {
    // Same inputs in both windows; the new version scores 15 points higher.
    const end = new Date(Date.UTC(1985, 5, 1));
    const currentStart = new Date(end.getTime() - 7 * DAY);
    await insertSyntheticWindow({
      start: new Date(currentStart.getTime() - 28 * DAY),
      end: currentStart,
      count: 1500,
      seed: 94,
      modelVersion: "v1",
    });
    await insertSyntheticWindow({
      start: currentStart,
      end,
      count: 600,
      seed: 95,
      modelVersion: "v2",
      shift: { score: 15 },
    });
    const evaluation = await evaluateDrift({ input: { currentEnd: end, useBaseline: false } });
    expect(evaluation).toMatchObject({ status: "ok", referenceRows: 1500, currentRows: 600 });
    expect(evaluation.settings.modelVersionRows).toEqual({ reference: { v1: 1500 }, current: { v2: 600 } });
    expect(evaluation.metrics.filter((metric) => metric.drifted).map((metric) => metric.signal)).toEqual(["score"]);
  });
});
