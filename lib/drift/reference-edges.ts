import { fineQuantileEdges, signalRange } from "./fine-bins";
import { NUMERIC_SIGNALS } from "./monitored";
import type { WindowSummary } from "./types";

/** Per numeric signal, the inner bin edges at the reference's quantiles. */
export type SignalEdges = Record<string, number[]>;

/** Edges from the reference's merged fine bins; a signal with no value gets one open bin (plus missing). */
export function referenceEdges(reference: WindowSummary, bins: number): SignalEdges {
  return Object.fromEntries(
    NUMERIC_SIGNALS.map((signal) => {
      const fine = reference.numeric.get(signal.name);
      return [signal.name, fine ? fineQuantileEdges(fine, signalRange(signal.name), bins) : []];
    }),
  );
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
