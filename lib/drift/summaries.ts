import "server-only";
import { dbDriver } from "@/lib/db";
import { emptyFineCounts } from "./fine-bins";
import { CATEGORICAL_SIGNALS, NUMERIC_SIGNALS } from "./monitored";
import { EMBEDDING_MODEL_SUMMARY, NONE, summariseDay } from "./summarise-day";
import type { TimeWindow, WindowSummary } from "./types";
import { daysFrom, windowDays } from "./windows";

// Daily summaries of "InferenceSignals" ("DriftDay", "DriftDaySignal"): what the drift tests need from one
// UTC day, computed in SQL by the drift job for days a window needs that are not summarised yet, or whose
// row count changed since (late rows), with the day's sample of embedding vectors (embedding-sample.ts).
// Rewriting a day is idempotent (summarise-day.ts). Windows merge the days' summaries, so a weekly check
// reads a few thousand summary rows however many inferences the log holds.

/**
 * Summarises every day of the windows that has rows but no summary, or a summary of another row count;
 * returns those days. A day in two windows (a pinned baseline may share days with the current window) is
 * checked and summarised once.
 */
export async function summariseWindow(...windows: TimeWindow[]): Promise<string[]> {
  const days = windows.flatMap((window) => {
    const { first, end } = windowDays(window);
    return daysFrom(first, end);
  });
  const unique = [...new Set(days)].sort();
  const { target } = dbDriver();
  // A day may hold two connections (summarise-day.ts); one more stays free for the job's advisory lock.
  const parallel =
    target.kind === "pglite" ? 1 : Math.max(1, Math.min(MAX_PARALLEL_DAYS, Math.floor((target.poolSize - 1) / 2)));
  // One index-only range count per day (cheaper than grouping every row by its day), the days split over
  // parallel connections on PostgreSQL: counting a month of a busy log is a scan as long as count(*).
  const chunk = Math.ceil(unique.length / parallel);
  const [summarised, ...raw] = await Promise.all([
    dbDriver().query<{ day: string; rows: number }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(rows)::int AS rows FROM "DriftDay"
        WHERE day = ANY($1::date[]) GROUP BY day`,
      [`{${unique.join(",")}}`],
    ),
    ...Array.from({ length: Math.ceil(unique.length / chunk) }, (_, i) =>
      dbDriver().query<{ day: string; rows: number }>(
        `SELECT to_char(d, 'YYYY-MM-DD') AS day,
                (SELECT count(*)::int FROM "InferenceSignals" WHERE "createdAt" >= d AND "createdAt" < d + interval '1 day') AS rows
           FROM unnest($1::timestamp[]) AS d`,
        [`{${unique.slice(i * chunk, (i + 1) * chunk).join(",")}}`],
      ),
    ),
  ]);
  const known = new Map(summarised!.map((row) => [row.day, row.rows]));
  // A day whose raw rows are gone (retention) keeps its summary.
  const stale = raw
    .flat()
    .filter((row) => row.rows > 0 && known.get(row.day) !== row.rows)
    .map((row) => row.day);
  for (let i = 0; i < stale.length; i += parallel)
    await Promise.all(stale.slice(i, i + parallel).map((day) => summariseDay(day)));
  // Reading a window's vectors walks the sample keys in order only if the planner knows how many rows the
  // window's days hold; before autovacuum gets to new days it guesses a handful and sorts them all instead
  // (0.3-0.6 s for a 28-day reference).
  if (stale.length > 0) await dbDriver().query(`ANALYZE "DriftDayEmbedding" (day, "embeddingModel")`);
  return stale;
}

// Days are summarised on parallel connections on PostgreSQL, as the pool allows.
const MAX_PARALLEL_DAYS = 3;

/**
 * Merges the summaries of the days overlapping the window but `leftOut` (summarise them first:
 * summariseWindow), over every scoring model version, with the rows of each version. Versions are merged,
 * not compared like with like: the monitored inputs do not depend on the scoring weights; a reference of
 * the current version alone would leave the weeks after an activation without one (insufficient data) just
 * when something changed; and a new version moves the score only, one signal of 36, which cannot alert a
 * week on its own. The report lists each window's rows per version, so a score shift reads as the model's.
 */
export async function readWindowSummary(window: TimeWindow, leftOut: readonly string[] = []): Promise<WindowSummary> {
  const { first, end } = windowDays(window);
  const inDays = `day >= $1::date AND day < $2::date AND NOT day = ANY($3::date[])`;
  const params = [first, end, `{${leftOut.join(",")}}`];
  const [versions, signals, entries] = await Promise.all([
    dbDriver().query<{ version: string; rows: number }>(
      `SELECT "modelVersion" AS version, sum(rows)::float8 AS rows FROM "DriftDay" WHERE ${inDays} GROUP BY 1 ORDER BY 1`,
      params,
    ),
    dbDriver().query<{ signal: string; missing: number; count: number; sum: number; sumSquares: number }>(
      `SELECT signal, sum(missing)::float8 AS missing, sum(count)::float8 AS count, sum(sum)::float8 AS sum,
              sum("sumSquares")::float8 AS "sumSquares"
         FROM "DriftDaySignal" WHERE ${inDays} GROUP BY signal`,
      params,
    ),
    dbDriver().query<{ signal: string; bin: number | null; category: string | null; count: number }>(
      `SELECT s.signal, u.bin, u.category, sum(u.count)::float8 AS count
         FROM "DriftDaySignal" s CROSS JOIN LATERAL unnest(s.bins, s.categories, s.counts) AS u(bin, category, count)
        WHERE ${inDays} GROUP BY 1, 2, 3`,
      params,
    ),
  ]);
  const summary: WindowSummary = {
    rows: versions.reduce((sum, row) => sum + row.rows, 0),
    modelVersions: new Map(versions.map((row) => [row.version, row.rows])),
    numeric: new Map(NUMERIC_SIGNALS.map((signal) => [signal.name, emptyFineCounts()])),
    categorical: new Map(CATEGORICAL_SIGNALS.map((signal) => [signal.name, new Map<string, number>()])),
    embeddingModels: new Map(),
  };
  const categoriesOf = (signal: string) =>
    signal === EMBEDDING_MODEL_SUMMARY ? summary.embeddingModels : summary.categorical.get(signal);
  for (const row of signals) {
    const fine = summary.numeric.get(row.signal);
    if (fine) Object.assign(fine, { missing: row.missing, count: row.count, sum: row.sum, sumSquares: row.sumSquares });
    else if (row.missing > 0) categoriesOf(row.signal)?.set(NONE, row.missing);
  }
  for (const entry of entries) {
    if (entry.bin !== null) {
      const fine = summary.numeric.get(entry.signal);
      if (fine) fine.counts[entry.bin] = entry.count;
    } else if (entry.category !== null) categoriesOf(entry.signal)?.set(entry.category, entry.count);
  }
  return summary;
}
