import "server-only";
import { dbDriver } from "@/lib/db";
import type { SessionQuery } from "@/lib/db/driver";
import { FINE_BINS, emptyFineCounts, signalRange } from "./fine-bins";
import { CATEGORICAL_SIGNALS, NUMERIC_SIGNALS, signalColumn } from "./monitored";
import type { TimeWindow, WindowSummary } from "./types";
import { DAY_MS, startOfUtcDay } from "./windows";

// Daily summaries of "InferenceSignals" ("DriftDay", "DriftDaySignal"): what the drift tests need from one
// UTC day, computed in SQL by the drift job for days a window needs that are not summarised yet, or whose
// row count changed since (late rows). Rewriting a day is idempotent. Windows merge the days' summaries,
// so a weekly check reads a few thousand summary rows however many inferences the log holds.

/** The rows per embedding model are kept as one more categorical summary under this name. */
export const EMBEDDING_MODEL_SUMMARY = "(embedding model)";
const NONE = "";

/** UTC days (YYYY-MM-DD) that overlap the window: a window not on day boundaries takes whole days. */
export function windowDays(window: TimeWindow): { first: string; end: string } {
  const first = startOfUtcDay(window.start);
  const last = startOfUtcDay(new Date(window.end.getTime() - 1));
  return { first: isoDay(first), end: isoDay(new Date(last.getTime() + DAY_MS)) };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const dayRows = `"createdAt" >= $1::date AND "createdAt" < $2::date`;

/** Summarises every day of the window that has rows but no summary, or a summary of another row count. */
export async function summariseWindow(window: TimeWindow): Promise<string[]> {
  const { first, end } = windowDays(window);
  const [raw, summarised] = await Promise.all([
    // One index-only range count per day: cheaper than grouping every row by its day.
    dbDriver().query<{ day: string; rows: number }>(
      `SELECT to_char(d, 'YYYY-MM-DD') AS day,
              (SELECT count(*)::int FROM "InferenceSignals" WHERE "createdAt" >= d AND "createdAt" < d + interval '1 day') AS rows
         FROM generate_series($1::timestamp, $2::timestamp - interval '1 day', interval '1 day') AS d`,
      [first, end],
    ),
    dbDriver().query<{ day: string; rows: number }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, rows FROM "DriftDay" WHERE day >= $1::date AND day < $2::date`,
      [first, end],
    ),
  ]);
  const known = new Map(summarised.map((row) => [row.day, row.rows]));
  // A day whose raw rows are gone (retention) keeps its summary.
  const stale = raw.filter((row) => row.rows > 0 && known.get(row.day) !== row.rows).map((row) => row.day);
  const parallel = dbDriver().target.kind === "pglite" ? 1 : MAX_PARALLEL_DAYS;
  for (let i = 0; i < stale.length; i += parallel)
    await Promise.all(stale.slice(i, i + parallel).map((day) => summariseDay(day)));
  return stale;
}

// Days are summarised on parallel connections on PostgreSQL (each day's GROUPING SETS runs in one process).
const MAX_PARALLEL_DAYS = 3;

/** (Re)writes the summary of one UTC day from its rows, in one repeatable-read transaction. */
export async function summariseDay(day: string): Promise<void> {
  const next = isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS));
  await dbDriver().withConnection(async (query) => {
    await query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    try {
      // Every grouping set has at most FINE_BINS + 2 groups, but the planner guesses one per row and sorts
      // some sets in 4 MB; room to hash them all made a day's pass about 30 % faster.
      await query("SET LOCAL work_mem = '64MB'");
      const moments = await readMoments(query, day, next);
      const groups = await readGroups(query, day, next);
      await query(
        `INSERT INTO "DriftDay" (day, rows, "summarisedAt") VALUES ($1::date, $2, now())
         ON CONFLICT (day) DO UPDATE SET rows = EXCLUDED.rows, "summarisedAt" = EXCLUDED."summarisedAt"`,
        [day, moments.rows],
      );
      await query(`DELETE FROM "DriftDaySignal" WHERE day = $1::date`, [day]);
      const values: string[] = [];
      const params: unknown[] = [day];
      const add = (row: SummaryRow) => {
        params.push(row.signal, row.missing, row.count, row.sum, row.sumSquares);
        params.push(`{${row.bins.join(",")}}`, JSON.stringify(row.categories), `{${row.counts.join(",")}}`);
        const p = params.length - 8;
        values.push(
          `($1::date, $${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}::int[], ARRAY(SELECT jsonb_array_elements_text($${p + 7}::jsonb)), $${p + 8}::int[])`,
        );
      };
      for (const row of summaryRows(moments, groups)) add(row);
      await query(
        `INSERT INTO "DriftDaySignal" (day, signal, missing, count, sum, "sumSquares", bins, categories, counts)
         VALUES ${values.join(", ")}`,
        params,
      );
      await query("COMMIT");
    } catch (error) {
      await query("ROLLBACK");
      throw error;
    }
  });
}

interface Moments {
  rows: number;
  [key: string]: number;
}

async function readMoments(query: SessionQuery, day: string, next: string): Promise<Moments> {
  const columns = NUMERIC_SIGNALS.map((signal, i) => {
    const column = signalColumn(signal.name);
    return `count(${column})::int AS k${i}, COALESCE(sum(${column}), 0)::float8 AS s${i}, COALESCE(sum(${column} * ${column}), 0)::float8 AS q${i}`;
  });
  const [row] = await query<Moments>(
    `SELECT count(*)::int AS rows, ${columns.join(", ")} FROM "InferenceSignals" WHERE ${dayRows}`,
    [day, next],
  );
  return row!;
}

type GroupRow = Record<string, string | number | null>;

/** One GROUPING SETS pass: rows per fine bin of each numeric signal and per value of each categorical one. */
async function readGroups(query: SessionQuery, day: string, next: string): Promise<GroupRow[]> {
  const keys = [
    ...NUMERIC_SIGNALS.map((signal, i) => {
      const { low, high } = signalRange(signal.name);
      // -1 marks a missing value, so that every key of a grouping set's rows is non-null.
      return `COALESCE(width_bucket(${signalColumn(signal.name)}, ${low}::float8, ${high}::float8, ${FINE_BINS}), -1) AS n${i}`;
    }),
    ...CATEGORICAL_SIGNALS.map((signal, i) => `COALESCE(${signalColumn(signal.name)}, '${NONE}') AS c${i}`),
    `COALESCE("embeddingModel", '${NONE}') AS m`,
  ];
  const sets = [...NUMERIC_SIGNALS.map((_, i) => `(n${i})`), ...CATEGORICAL_SIGNALS.map((_, i) => `(c${i})`), "(m)"];
  return query<GroupRow>(
    `SELECT ${keys.join(", ")}, count(*)::int AS rows FROM "InferenceSignals" WHERE ${dayRows}
      GROUP BY GROUPING SETS (${sets.join(", ")})`,
    [day, next],
  );
}

interface SummaryRow {
  signal: string;
  missing: number;
  count: number;
  sum: number;
  sumSquares: number;
  bins: number[];
  categories: string[];
  counts: number[];
}

function summaryRows(moments: Moments, groups: GroupRow[]): SummaryRow[] {
  const numeric = NUMERIC_SIGNALS.map((signal, i) => ({
    signal: signal.name,
    missing: moments.rows - (moments[`k${i}`] ?? 0),
    count: moments[`k${i}`] ?? 0,
    sum: moments[`s${i}`] ?? 0,
    sumSquares: moments[`q${i}`] ?? 0,
    bins: [] as number[],
    categories: [] as string[],
    counts: [] as number[],
  }));
  const categoricalOf = (signal: string) => ({
    signal,
    missing: 0,
    count: 0,
    sum: 0,
    sumSquares: 0,
    bins: [] as number[],
    categories: [] as string[],
    counts: [] as number[],
  });
  const categorical = [...CATEGORICAL_SIGNALS.map((signal) => signal.name), EMBEDDING_MODEL_SUMMARY].map(categoricalOf);
  const present = (value: unknown) => value !== null && value !== undefined;
  // Each result row belongs to one grouping set: the only key column that is not null says which.
  for (const group of groups) {
    const rows = Number(group.rows);
    const n = NUMERIC_SIGNALS.findIndex((_, i) => present(group[`n${i}`]));
    if (n >= 0) {
      const bin = Number(group[`n${n}`]);
      if (bin >= 0) {
        numeric[n]!.bins.push(bin);
        numeric[n]!.counts.push(rows);
      }
      continue;
    }
    const c = CATEGORICAL_SIGNALS.findIndex((_, i) => present(group[`c${i}`]));
    const target = categorical[c >= 0 ? c : CATEGORICAL_SIGNALS.length]!;
    const value = String(c >= 0 ? group[`c${c}`] : group.m);
    if (value === NONE) target.missing += rows;
    else {
      target.categories.push(value);
      target.counts.push(rows);
    }
  }
  for (const row of categorical) row.count = row.counts.reduce((sum, count) => sum + count, 0);
  return [...numeric, ...categorical];
}

/** Merges the summaries of the days overlapping the window but `leftOut` (summarise them first: summariseWindow). */
export async function readWindowSummary(window: TimeWindow, leftOut: readonly string[] = []): Promise<WindowSummary> {
  const { first, end } = windowDays(window);
  const inDays = `day >= $1::date AND day < $2::date AND NOT day = ANY($3::date[])`;
  const params = [first, end, `{${leftOut.join(",")}}`];
  const [[total], signals, entries] = await Promise.all([
    dbDriver().query<{ rows: number }>(
      `SELECT COALESCE(sum(rows), 0)::float8 AS rows FROM "DriftDay" WHERE ${inDays}`,
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
    rows: total?.rows ?? 0,
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
