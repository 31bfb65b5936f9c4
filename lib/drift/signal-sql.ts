import "server-only";
import { dbDriver } from "@/lib/db";
import { signalColumn } from "./monitored";
import { evenly } from "./sampling";
import type { TimeWindow } from "./types";

// Drift's reads of "InferenceSignals" (one typed column per signal, filled by a trigger on "Inference").
// Bin counts come from one query per window: width_bucket over the stored edges for numeric signals and
// the value for categorical ones, aggregated in a single pass with GROUPING SETS — the rows never leave
// the database. Timestamps go in as UTC ISO strings: the columns are `timestamp` holding UTC.

export const MISSING = -1;
const NONE = "";

export interface NumericBinSpec {
  name: string;
  /** Inner edges, ascending: width_bucket gives edges.length + 1 buckets, 0 = below the first. */
  edges: number[];
}

export interface WindowCounts {
  rows: number;
  /** Per numeric signal: count per bucket (index = width_bucket result), and rows without a value. */
  numeric: Map<string, { buckets: number[]; missing: number }>;
  /** Per categorical signal: count per value ("" for rows without one). */
  categorical: Map<string, Map<string, number>>;
  /** Rows per embedding model ("" for rows without one). */
  embeddingModels: Map<string, number>;
}

const inWindow = `"createdAt" >= $1::timestamp AND "createdAt" < $2::timestamp`;
const windowParams = (window: TimeWindow) => [window.start.toISOString(), window.end.toISOString()];

export async function countSignalRows(window: TimeWindow): Promise<number> {
  const [row] = await dbDriver().query<{ rows: number }>(
    `SELECT count(*)::int AS rows FROM "InferenceSignals" WHERE ${inWindow}`,
    windowParams(window),
  );
  return row?.rows ?? 0;
}

/** Rows of the window per embedding model ("" for rows without one). */
export async function countRowsByModel(window: TimeWindow): Promise<Map<string, number>> {
  const rows = await dbDriver().query<{ model: string; rows: number }>(
    `SELECT COALESCE("embeddingModel", '${NONE}') AS model, count(*)::int AS rows FROM "InferenceSignals" WHERE ${inWindow} GROUP BY 1`,
    windowParams(window),
  );
  return new Map(rows.map((row) => [row.model, row.rows]));
}

/** A float8[] literal; JavaScript's shortest round-trip form parses back to the same double. */
function float8Array(values: readonly number[]): string {
  return `{${values.map((value) => String(value)).join(",")}}`;
}

export async function binSignals(
  window: TimeWindow,
  numeric: readonly NumericBinSpec[],
  categorical: readonly string[],
): Promise<WindowCounts> {
  const params: unknown[] = windowParams(window);
  const keys: string[] = [];
  numeric.forEach((spec, index) => {
    params.push(float8Array(spec.edges));
    keys.push(
      `COALESCE(width_bucket(${signalColumn(spec.name)}, $${params.length}::float8[]), ${MISSING}) AS n${index}`,
    );
  });
  categorical.forEach((name, index) => keys.push(`COALESCE(${signalColumn(name)}, '${NONE}') AS c${index}`));
  keys.push(`COALESCE("embeddingModel", '${NONE}') AS m`);
  const sets = [...numeric.map((_, index) => `(n${index})`), ...categorical.map((_, index) => `(c${index})`), "(m)"];
  const rows = await dbDriver().query<Record<string, string | number | null>>(
    `SELECT ${keys.join(", ")}, count(*)::int AS rows
       FROM "InferenceSignals"
      WHERE ${inWindow}
      GROUP BY GROUPING SETS (${sets.join(", ")})`,
    params,
  );

  const counts: WindowCounts = {
    rows: 0,
    numeric: new Map(
      numeric.map((spec) => [spec.name, { buckets: new Array<number>(spec.edges.length + 1).fill(0), missing: 0 }]),
    ),
    categorical: new Map(categorical.map((name) => [name, new Map<string, number>()])),
    embeddingModels: new Map(),
  };
  // Each result row belongs to one grouping set: the only key column that is not null says which.
  for (const row of rows) {
    const count = Number(row.rows);
    if (row.m !== null && row.m !== undefined) {
      counts.embeddingModels.set(String(row.m), count);
      counts.rows += count;
      continue;
    }
    const numericIndex = numeric.findIndex((_, index) => row[`n${index}`] !== null && row[`n${index}`] !== undefined);
    if (numericIndex >= 0) {
      const entry = counts.numeric.get(numeric[numericIndex]!.name)!;
      const bucket = Number(row[`n${numericIndex}`]);
      if (bucket === MISSING) entry.missing += count;
      else entry.buckets[bucket] = (entry.buckets[bucket] ?? 0) + count;
      continue;
    }
    const categoricalIndex = categorical.findIndex(
      (_, index) => row[`c${index}`] !== null && row[`c${index}`] !== undefined,
    );
    if (categoricalIndex >= 0)
      counts.categorical.get(categorical[categoricalIndex]!)!.set(String(row[`c${categoricalIndex}`]), count);
  }
  return counts;
}

// On PostgreSQL a large window is binned in time slices on parallel connections (GROUPING SETS runs in
// one process); PGlite has one connection, so it gets one query.
const ROWS_PER_SLICE = 150_000;
const MAX_SLICES = 3;

/** binSignals over a window with `rows` rows, split into concurrent time slices when that pays. */
export async function binSignalsInSlices(
  window: TimeWindow,
  rows: number,
  numeric: readonly NumericBinSpec[],
  categorical: readonly string[],
  slices = dbDriver().target.kind === "pglite" ? 1 : Math.min(MAX_SLICES, Math.ceil(rows / ROWS_PER_SLICE)),
): Promise<WindowCounts> {
  if (slices <= 1) return binSignals(window, numeric, categorical);
  const span = window.end.getTime() - window.start.getTime();
  const bounds = Array.from({ length: slices + 1 }, (_, i) =>
    i === slices ? window.end : new Date(window.start.getTime() + Math.floor((span * i) / slices)),
  );
  const parts = await Promise.all(
    bounds.slice(0, -1).map((start, i) => binSignals({ start, end: bounds[i + 1]! }, numeric, categorical)),
  );
  return parts.reduce(mergeCounts);
}

function mergeCounts(a: WindowCounts, b: WindowCounts): WindowCounts {
  const add = (target: Map<string, number>, source: Map<string, number>) => {
    for (const [key, count] of source) target.set(key, (target.get(key) ?? 0) + count);
  };
  for (const [name, entry] of b.numeric) {
    const into = a.numeric.get(name)!;
    entry.buckets.forEach((count, bucket) => (into.buckets[bucket] = (into.buckets[bucket] ?? 0) + count));
    into.missing += entry.missing;
  }
  for (const [name, values] of b.categorical) add(a.categorical.get(name)!, values);
  add(a.embeddingModels, b.embeddingModels);
  a.rows += b.rows;
  return a;
}

/**
 * About `size` rows of the window with the given numeric columns. A window of up to twice that many is
 * read whole and thinned evenly; a larger one is probed: the first row at or after each of `size`
 * instants evenly spaced over the window (index probes on createdAt, so the cost does not grow with the
 * window). Deterministic for the same data.
 */
export async function sampleSignalRows(
  window: TimeWindow,
  columns: readonly string[],
  size: number,
  windowRows: number,
): Promise<Record<string, number | null>[]> {
  const selected = columns.map((name) => `p.${signalColumn(name)}`).join(", ");
  if (windowRows <= 2 * size) {
    return evenly(
      await dbDriver().query(
        `SELECT ${selected} FROM "InferenceSignals" p WHERE ${inWindow} ORDER BY "createdAt", "inferenceId"`,
        windowParams(window),
      ),
      size,
    );
  }
  const stepMs = (window.end.getTime() - window.start.getTime()) / size;
  return dbDriver().query(
    `SELECT DISTINCT ON (p."inferenceId") ${selected}
       FROM generate_series(0, $3::int - 1) AS g(i)
      CROSS JOIN LATERAL (
            SELECT * FROM "InferenceSignals" s
             WHERE s."createdAt" >= $1::timestamp + (g.i * $4::float8) * interval '1 millisecond'
               AND s."createdAt" < $2::timestamp
             ORDER BY s."createdAt"
             LIMIT 1) p
      ORDER BY p."inferenceId"`,
    [...windowParams(window), size, stepMs],
  );
}
