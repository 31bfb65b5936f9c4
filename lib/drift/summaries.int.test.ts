import { describe, expect, it } from "vitest";
import { dbDriver } from "@/lib/db";
import { DAY, insertSyntheticWindow } from "@/test/helpers/drift-data";
import { FINE_BINS, signalRange } from "./fine-bins";
import { CATEGORICAL_SIGNALS, NUMERIC_SIGNALS, signalColumn } from "./monitored";
import { EMBEDDING_MODEL_SUMMARY, summariseDay } from "./summarise-day";
import { readWindowSummary, summariseWindow } from "./summaries";
import type { TimeWindow } from "./types";

// Daily summaries against the raw rows they summarise. Rows live in 2006, where no other test writes.

const window: TimeWindow = { start: new Date(Date.UTC(2006, 0, 1)), end: new Date(Date.UTC(2006, 0, 3)) };
const inWindow = `"createdAt" >= $1::timestamp AND "createdAt" < $2::timestamp`;
const params = [window.start.toISOString(), window.end.toISOString()];

/** What the merged summary should hold, computed straight from the rows. */
async function rawCounts(name: string): Promise<Map<number, number>> {
  const { low, high } = signalRange(name);
  const rows = await dbDriver().query<{ bin: number; rows: number }>(
    `SELECT width_bucket(${signalColumn(name)}, ${low}::float8, ${high}::float8, ${FINE_BINS}) AS bin, count(*)::int AS rows
       FROM "InferenceSignals" WHERE ${inWindow} AND ${signalColumn(name)} IS NOT NULL GROUP BY 1`,
    params,
  );
  return new Map(rows.map((row) => [row.bin, row.rows]));
}

const storedDays = () =>
  dbDriver().query<Record<string, unknown>>(
    `SELECT d.day::text, d.rows, s.signal, s.missing, s.count, s.sum, s."sumSquares", s.bins, s.categories, s.counts
       FROM "DriftDay" d JOIN "DriftDaySignal" s USING (day)
      WHERE d.day >= '2006-01-01' AND d.day < '2006-01-03' ORDER BY 1, 3`,
  );

describe("daily summaries", () => {
  it("hold exactly the window's fine bins, moments and categories; idempotent; redone after late rows", async () => {
    await insertSyntheticWindow({ ...window, count: 400, seed: 81 });
    expect(await summariseWindow(window)).toEqual(["2006-01-01", "2006-01-02"]);
    // Nothing changed: nothing to redo, and redoing a day writes the same rows.
    expect(await summariseWindow(window)).toEqual([]);
    const before = await storedDays();
    await summariseDay("2006-01-01");
    expect(await storedDays()).toEqual(before);

    const summary = await readWindowSummary(window);
    expect(summary.rows).toBe(400);
    for (const signal of NUMERIC_SIGNALS) {
      const fine = summary.numeric.get(signal.name)!;
      const expected = await rawCounts(signal.name);
      const stored = new Map([...fine.counts.entries()].filter(([, count]) => count > 0));
      expect(stored, signal.name).toEqual(expected);
      const [moments] = await dbDriver().query<{ n: number; sum: number | null }>(
        `SELECT count(${signalColumn(signal.name)})::int AS n, sum(${signalColumn(signal.name)})::float8 AS sum FROM "InferenceSignals" WHERE ${inWindow}`,
        params,
      );
      expect(fine.count).toBe(moments!.n);
      expect(fine.missing).toBe(400 - moments!.n);
      expect(fine.sum).toBeCloseTo(moments!.sum ?? 0, 6);
    }
    for (const signal of CATEGORICAL_SIGNALS) {
      const rows = await dbDriver().query<{ value: string; rows: number }>(
        `SELECT COALESCE(${signalColumn(signal.name)}, '') AS value, count(*)::int AS rows FROM "InferenceSignals" WHERE ${inWindow} GROUP BY 1`,
        params,
      );
      expect(summary.categorical.get(signal.name)).toEqual(new Map(rows.map((row) => [row.value, row.rows])));
    }
    expect([...summary.embeddingModels.values()].reduce((sum, rows) => sum + rows, 0)).toBe(400);
    expect(before.some((row) => row.signal === EMBEDDING_MODEL_SUMMARY)).toBe(true);

    // Late rows for the first day: only that day is summarised again.
    await insertSyntheticWindow({
      start: window.start,
      end: new Date(window.start.getTime() + DAY),
      count: 30,
      seed: 82,
    });
    expect(await summariseWindow(window)).toEqual(["2006-01-01"]);
    expect((await readWindowSummary(window)).rows).toBe(430);
  });

  it("keep a day whose raw rows are gone, and merge only the days of the window", async () => {
    const day = { start: new Date(Date.UTC(2006, 2, 1)), end: new Date(Date.UTC(2006, 2, 2)) };
    await insertSyntheticWindow({ ...day, count: 50, seed: 83 });
    await summariseWindow(day);
    await dbDriver().query(
      `DELETE FROM "Inference" WHERE id IN (SELECT "inferenceId" FROM "InferenceSignals" WHERE "createdAt" >= $1::timestamp AND "createdAt" < $2::timestamp)`,
      [day.start.toISOString(), day.end.toISOString()],
    );
    expect(await summariseWindow(day)).toEqual([]);
    expect((await readWindowSummary(day)).rows).toBe(50);
    // A window inside the day still reads the whole day; the next day holds nothing.
    expect((await readWindowSummary({ start: new Date(day.start.getTime() + 3_600_000), end: day.end })).rows).toBe(50);
    expect((await readWindowSummary({ start: day.end, end: new Date(day.end.getTime() + DAY) })).rows).toBe(0);
  });
});
