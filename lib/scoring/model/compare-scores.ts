import type { ScoringModelDefinition } from "@/lib/vocabulary/scoring-model";
import type { FeatureVector } from "@/lib/vocabulary/signals";
import { scoreOnly, type Band } from "./model";

// What activating a candidate model would do to recent history: every row rescored from its stored
// feature vector under the active and the candidate model (both recomputed, so a row scored by an older
// model counts as the active model would score it today).

export interface HistoryRow {
  inferenceId: string;
  createdAt: Date;
  jobTitle: string | null;
  candidateName: string | null;
  features: FeatureVector;
}

export interface RescoredRow extends Omit<HistoryRow, "features"> {
  active: { score: number; band: Band };
  candidate: { score: number; band: Band };
}

export interface HistoryComparison {
  rows: number;
  changed: number;
  meanAbsoluteChange: number;
  /** Every band pair with its count, the unchanged diagonal included: a 3 × 3 table. */
  transitions: { from: Band; to: Band; count: number }[];
  /** The rows that change band, largest score change first. */
  examples: RescoredRow[];
  /** Scores under both models, for a scatter chart (at most MAX_POINTS, most recent first). */
  points: { active: number; candidate: number; changed: boolean }[];
}

const BANDS: readonly Band[] = ["strong", "possible", "weak"];
const MAX_EXAMPLES = 10;
const MAX_POINTS = 1_000;

export function compareOnHistory(
  rows: readonly HistoryRow[],
  active: ScoringModelDefinition,
  candidate: ScoringModelDefinition,
): HistoryComparison {
  const rescored: RescoredRow[] = rows.map(({ features, ...row }) => ({
    ...row,
    active: scoreOnly(active, features),
    candidate: scoreOnly(candidate, features),
  }));
  const counts = new Map<string, number>();
  for (const row of rescored) {
    const key = `${row.active.band}>${row.candidate.band}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const changedRows = rescored.filter((row) => row.active.band !== row.candidate.band);
  const change = (row: RescoredRow) => Math.abs(row.candidate.score - row.active.score);
  return {
    rows: rescored.length,
    changed: changedRows.length,
    meanAbsoluteChange:
      rescored.length === 0 ? 0 : rescored.reduce((sum, row) => sum + change(row), 0) / rescored.length,
    transitions: BANDS.flatMap((from) => BANDS.map((to) => ({ from, to, count: counts.get(`${from}>${to}`) ?? 0 }))),
    examples: [...changedRows]
      .sort((a, b) => change(b) - change(a) || a.inferenceId.localeCompare(b.inferenceId))
      .slice(0, MAX_EXAMPLES),
    points: rescored.slice(0, MAX_POINTS).map((row) => ({
      active: row.active.score,
      candidate: row.candidate.score,
      changed: row.active.band !== row.candidate.band,
    })),
  };
}
