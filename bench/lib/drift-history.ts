import type { DatabaseDriver } from "@/lib/db/driver";
import { evaluateDrift } from "@/lib/drift";
import { summariseDay } from "@/lib/drift/summarise-day";
import { daysBefore } from "@/lib/drift/windows";
import { insertBenchRows } from "./drift-rows";

// The parts of the drift benchmark that daily summaries make possible: summarising one busy day, and
// checks over a history far larger than the raw log, whose summaries are written directly in SQL.

const DAY_ROWS = 150_000;
const HISTORY_DAYS = 700;
/** Each simulated day repeats one of the 35 summarised bench days, its counts multiplied by this. */
const HISTORY_SCALE = 5;

const timed = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
};

/** Inserts 150,000 rows into one day 100 days before `end` and summarises it twice (the second rewrites it). */
export async function benchOneDay(driver: DatabaseDriver, end: Date) {
  const dayStart = daysBefore(end, 100);
  // insertBenchRows spreads `total` rows over 35 days: the first 1/35 of them fill the first day.
  const chunk = 50_000;
  for (let from = 0; from < DAY_ROWS; from += chunk)
    await insertBenchRows((sql, params) => driver.query(sql, params), {
      from,
      to: from + chunk,
      total: DAY_ROWS * 35,
      end: daysBefore(dayStart, -35),
      prefix: "day",
    });
  await driver.query(`VACUUM ANALYZE "InferenceSignals"`);
  const day = dayStart.toISOString().slice(0, 10);
  const first = await timed(() => summariseDay(day));
  const second = await timed(() => summariseDay(day));
  const [stored] = await driver.query<{ rows: number }>(`SELECT rows FROM "DriftDay" WHERE day = $1::date`, [day]);
  return { rows: stored?.rows ?? 0, firstMs: first.ms, ms: Math.min(first.ms, second.ms) };
}

/**
 * Writes HISTORY_DAYS days of summaries ending 200 days before `end` (no raw rows), each a copy of one of
 * the 35 bench days scaled by HISTORY_SCALE, then times the weekly check at the end of that history and
 * one against a 365-day reference.
 */
export async function benchHistory(driver: DatabaseDriver, end: Date) {
  const historyEnd = daysBefore(end, 200);
  const first = daysBefore(historyEnd, HISTORY_DAYS).toISOString().slice(0, 10);
  const source = [daysBefore(end, 35).toISOString().slice(0, 10), end.toISOString().slice(0, 10)];
  const copies = `generate_series(0, ${HISTORY_DAYS - 1}) AS i
     JOIN (SELECT day, "modelVersion", rows, dense_rank() OVER (ORDER BY day) - 1 AS k FROM "DriftDay"
            WHERE day >= $2::date AND day < $3::date) d ON d.k = i % 35`;
  await driver.query(
    `INSERT INTO "DriftDay" (day, "modelVersion", rows) SELECT $1::date + i, d."modelVersion", d.rows * ${HISTORY_SCALE} FROM ${copies}`,
    [first, ...source],
  );
  await driver.query(
    `INSERT INTO "DriftDaySignal" (day, "modelVersion", signal, missing, count, sum, "sumSquares", bins, categories, counts)
     SELECT $1::date + i, d."modelVersion", s.signal, s.missing * ${HISTORY_SCALE}, s.count * ${HISTORY_SCALE}, s.sum * ${HISTORY_SCALE},
            s."sumSquares" * ${HISTORY_SCALE}, s.bins, s.categories, ARRAY(SELECT c * ${HISTORY_SCALE} FROM unnest(s.counts) c)
       FROM ${copies} JOIN "DriftDaySignal" s ON s.day = d.day AND s."modelVersion" = d."modelVersion"`,
    [first, ...source],
  );
  // Vector samples: whole for the weekly check's 35 days; keys only before (2,000 vectors a day for two years
  // would be 4 GB), so a longer reference reads as many sample keys as a real one but fewer vectors.
  await driver.query(
    `INSERT INTO "DriftDayEmbedding" (day, "embeddingModel", key, "inferenceId", candidate, job)
     SELECT $1::date + i, e."embeddingModel", e.key, e."inferenceId",
            CASE WHEN i >= ${HISTORY_DAYS - 35} THEN e.candidate END, CASE WHEN i >= ${HISTORY_DAYS - 35} THEN e.job END
       FROM (SELECT DISTINCT i, day FROM ${copies}) d JOIN "DriftDayEmbedding" e ON e.day = d.day`,
    [first, ...source],
  );
  await driver.query(`VACUUM ANALYZE "DriftDay"`);
  await driver.query(`VACUUM ANALYZE "DriftDaySignal"`);
  await driver.query(`VACUUM ANALYZE "DriftDayEmbedding"`);
  const [total] = await driver.query<{ rows: number }>(
    `SELECT sum(rows)::float8 AS rows FROM "DriftDay" WHERE day >= $1::date AND day < $2::date`,
    [first, historyEnd.toISOString().slice(0, 10)],
  );
  const check = (referenceDays: number) =>
    timed(() => evaluateDrift({ input: { currentEnd: historyEnd, referenceDays, useBaseline: false } }));
  await check(28); // warm-up: the first check also summarises nothing, but loads the code paths
  const weekly = await check(28);
  const year = await check(365);
  const describe = (evaluation: Awaited<ReturnType<typeof evaluateDrift>>) =>
    `${evaluation.status}, ${evaluation.currentRows.toLocaleString("en")} current / ${evaluation.referenceRows.toLocaleString("en")} reference rows`;
  return {
    rows: total?.rows ?? 0,
    weeklyMs: weekly.ms,
    weekly: describe(weekly.value),
    yearMs: year.ms,
    year: describe(year.value),
  };
}
