import "server-only";
import { dbDriver } from "@/lib/db";
import { signalColumn } from "./monitored";
import { evenly } from "./sampling";
import type { TimeWindow } from "./types";

// Bounded samples of raw values from "InferenceSignals", for the Wasserstein option (the binned tests read
// daily summaries, lib/drift/summaries.ts). Timestamps go in as UTC ISO strings: the columns are
// `timestamp` holding UTC.

const inWindow = `"createdAt" >= $1::timestamp AND "createdAt" < $2::timestamp`;
const windowParams = (window: TimeWindow) => [window.start.toISOString(), window.end.toISOString()];

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
