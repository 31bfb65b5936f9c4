import "server-only";
import { NUMERIC_SIGNALS } from "./monitored";
import { sampleSignalRows } from "./signal-sql";
import { referenceQuantileEdges } from "./stats";
import type { TimeWindow } from "./types";

/** Per numeric signal, the inner bin edges at the reference's quantiles, from a bounded sample of it. */
export type SignalEdges = Record<string, number[]>;

export async function referenceEdges(
  window: TimeWindow,
  windowRows: number,
  bins: number,
  sampleSize: number,
): Promise<{ edges: SignalEdges; sample: Record<string, number[]> }> {
  const names = NUMERIC_SIGNALS.map((signal) => signal.name);
  const rows = await sampleSignalRows(window, names, sampleSize, windowRows);
  const sample = valuesByColumn(rows, names);
  // A signal with no value in the reference gets one open bin; the missing bin still compares the windows.
  const edges = Object.fromEntries(
    names.map((name) => [name, sample[name]!.length > 0 ? referenceQuantileEdges(sample[name]!, bins) : []]),
  );
  return { edges, sample };
}

export function valuesByColumn(
  rows: Record<string, number | null>[],
  names: readonly string[],
): Record<string, number[]> {
  return Object.fromEntries(
    names.map((name) => [
      name,
      rows.flatMap((row) => (typeof row[name] === "number" && Number.isFinite(row[name]) ? [row[name]] : [])),
    ]),
  );
}
