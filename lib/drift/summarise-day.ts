import "server-only";
import { dbDriver } from "@/lib/db";
import type { SessionQuery } from "@/lib/db/driver";
import { writeDaySample } from "./embedding-sample";
import { FINE_BINS, signalRange } from "./fine-bins";
import { CATEGORICAL_SIGNALS, NUMERIC_SIGNALS, signalColumn } from "./monitored";
import { DAY_MS, isoDay } from "./windows";

// Writing one UTC day's summaries (summaries.ts says what they hold and when they are written): one row of
// "DriftDay" and one per signal of "DriftDaySignal" for each scoring model version that scored rows that
// day, and the day's sample of embedding vectors.

/** The rows per embedding model are kept as one more categorical summary under this name. */
export const EMBEDDING_MODEL_SUMMARY = "(embedding model)";
/** Stands for a missing value or model version, so that every key of a grouping set's rows is non-null. */
export const NONE = "";

const dayRows = `"createdAt" >= $1::date AND "createdAt" < $2::date`;
const WORK_MEM = "64MB";
const VERSION = `COALESCE("modelVersion", '${NONE}')`;

/** (Re)writes the summaries of one UTC day from its rows, in one repeatable-read transaction. */
export async function summariseDay(day: string): Promise<void> {
  const next = isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS));
  await dbDriver().withConnection(async (query) => {
    await query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    try {
      // Every grouping set has at most FINE_BINS + 2 groups per version, but the planner guesses one per
      // row and sorts some sets in 4 MB; room to hash them all made a day's pass about 30 % faster.
      await query(`SET LOCAL work_mem = '${WORK_MEM}'`);
      const moments = await readMoments(query, day, next);
      const groups = await readGroups(
        query,
        day,
        next,
        moments.map((row) => row.v),
      );
      await query(`DELETE FROM "DriftDay" WHERE day = $1::date`, [day]);
      await query(
        `INSERT INTO "DriftDay" (day, "modelVersion", rows, "summarisedAt")
         SELECT $1::date, version, rows, now() FROM jsonb_to_recordset($2::jsonb) AS u(version text, rows int)`,
        [day, JSON.stringify(moments.map((row) => ({ version: row.v, rows: row.rows })))],
      );
      const values: string[] = [];
      const params: unknown[] = [day];
      for (const row of summaryRows(moments, groups)) {
        params.push(row.version, row.signal, row.missing, row.count, row.sum, row.sumSquares);
        params.push(`{${row.bins.join(",")}}`, JSON.stringify(row.categories), `{${row.counts.join(",")}}`);
        const p = params.length - 9;
        values.push(
          `($1::date, $${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7}::int[], ARRAY(SELECT jsonb_array_elements_text($${p + 8}::jsonb)), $${p + 9}::int[])`,
        );
      }
      if (values.length > 0)
        await query(
          `INSERT INTO "DriftDaySignal" (day, "modelVersion", signal, missing, count, sum, "sumSquares", bins, categories, counts)
           VALUES ${values.join(", ")}`,
          params,
        );
      const models = new Set(
        groups.flatMap((group) => (typeof group.m === "string" && group.m !== NONE ? [group.m] : [])),
      );
      await writeDaySample(query, day, [...models]);
      await query("COMMIT");
    } catch (error) {
      await query("ROLLBACK");
      throw error;
    }
  });
}

interface Moments {
  v: string;
  rows: number;
  [key: string]: number | string;
}

/** Rows, and count, sum and sum of squares of every numeric signal, per model version. */
async function readMoments(query: SessionQuery, day: string, next: string): Promise<Moments[]> {
  const columns = NUMERIC_SIGNALS.map((signal, i) => {
    const column = signalColumn(signal.name);
    return `count(${column})::int AS k${i}, COALESCE(sum(${column}), 0)::float8 AS s${i}, COALESCE(sum(${column} * ${column}), 0)::float8 AS q${i}`;
  });
  return query<Moments>(
    `SELECT ${VERSION} AS v, count(*)::int AS rows, ${columns.join(", ")} FROM "InferenceSignals" WHERE ${dayRows} GROUP BY 1`,
    [day, next],
  );
}

type GroupRow = Record<string, string | number | null>;

/**
 * One GROUPING SETS pass: per version, rows per fine bin of each numeric signal and per value of each
 * categorical one. A day of one version (the usual case) is grouped without the version: a key less to
 * hash in each of the 37 sets. On PostgreSQL the sets are split over two connections that share this
 * transaction's snapshot (one process hashes one pass: the day took twice as long as its two halves).
 */
async function readGroups(query: SessionQuery, day: string, next: string, versions: string[]): Promise<GroupRow[]> {
  const versioned = versions.length > 1;
  // [name, expression] of each set's key.
  const keys: [string, string][] = [
    ...NUMERIC_SIGNALS.map((signal, i): [string, string] => {
      const { low, high } = signalRange(signal.name);
      // -1 marks a missing value.
      const bin = `width_bucket(${signalColumn(signal.name)}, ${low}::float8, ${high}::float8, ${FINE_BINS})`;
      return [`n${i}`, `COALESCE(${bin}, -1)`];
    }),
    ...CATEGORICAL_SIGNALS.map((signal, i): [string, string] => [
      `c${i}`,
      `COALESCE(${signalColumn(signal.name)}, '${NONE}')`,
    ]),
    ["m", `COALESCE("embeddingModel", '${NONE}')`],
  ];
  const groupsOf = (on: SessionQuery, part: [string, string][]) =>
    on<GroupRow>(
      `SELECT ${versioned ? `${VERSION} AS v` : `$3::text AS v`}, ${part.map(([name, key]) => `${key} AS ${name}`).join(", ")},
              count(*)::int AS rows
         FROM "InferenceSignals" WHERE ${dayRows}
        GROUP BY GROUPING SETS (${part.map(([name]) => `(${versioned ? "v, " : ""}${name})`).join(", ")})`,
      versioned ? [day, next] : [day, next, versions[0] ?? NONE],
    );
  if (!secondConnection()) return groupsOf(query, keys);
  const [exported] = await query<{ snapshot: string }>("SELECT pg_export_snapshot() AS snapshot");
  const [mine, theirs] = [keys.filter((_, i) => i % 2 === 0), keys.filter((_, i) => i % 2 === 1)];
  const halves = await Promise.all([
    groupsOf(query, mine),
    dbDriver().withConnection(async (other) => {
      await other("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
      try {
        await other(`SET TRANSACTION SNAPSHOT ${quoteSnapshot(exported?.snapshot)}`);
        await other(`SET LOCAL work_mem = '${WORK_MEM}'`);
        return await groupsOf(other, theirs);
      } finally {
        await other("COMMIT");
      }
    }),
  ]);
  return halves.flat();
}

/**
 * Whether a day's grouping sets may take a second connection: on PostgreSQL, with room in the pool for it
 * beside this one and one held elsewhere (the job's advisory lock), so that waiting for it cannot deadlock.
 * PGlite has one connection.
 */
function secondConnection(): boolean {
  const { target } = dbDriver();
  return target.kind === "postgres" && target.poolSize >= 3;
}

/** A snapshot id as a literal (SET takes no parameters); ids are hexadecimal numbers and dashes. */
function quoteSnapshot(snapshot: string | undefined): string {
  if (!snapshot || !/^[0-9A-F-]+$/i.test(snapshot)) throw new Error(`Unexpected snapshot id ${snapshot}`);
  return `'${snapshot}'`;
}

interface SummaryRow {
  version: string;
  signal: string;
  missing: number;
  count: number;
  sum: number;
  sumSquares: number;
  bins: number[];
  categories: string[];
  counts: number[];
}

function summaryRows(moments: Moments[], groups: GroupRow[]): SummaryRow[] {
  return moments.flatMap((row) =>
    versionRows(
      row,
      groups.filter((group) => group.v === row.v),
    ),
  );
}

/** One version's rows: its moments, and its grouping-set rows. */
function versionRows(moments: Moments, groups: GroupRow[]): SummaryRow[] {
  const empty = (signal: string): SummaryRow => ({
    version: moments.v,
    signal,
    missing: 0,
    count: 0,
    sum: 0,
    sumSquares: 0,
    bins: [],
    categories: [],
    counts: [],
  });
  const numeric = NUMERIC_SIGNALS.map((signal, i) => {
    const count = Number(moments[`k${i}`] ?? 0);
    const sum = Number(moments[`s${i}`] ?? 0);
    return {
      ...empty(signal.name),
      missing: moments.rows - count,
      count,
      sum,
      sumSquares: Number(moments[`q${i}`] ?? 0),
    };
  });
  const categorical = [...CATEGORICAL_SIGNALS.map((signal) => signal.name), EMBEDDING_MODEL_SUMMARY].map(empty);
  const present = (value: unknown) => value !== null && value !== undefined;
  // Each result row belongs to one grouping set: the only key column but v that is not null says which.
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
