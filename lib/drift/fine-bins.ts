// Daily summaries keep each numeric signal as counts over FINE_BINS equal-width bins of a declared range
// (PostgreSQL's width_bucket(value, low, high, FINE_BINS): 0 below the range, FINE_BINS + 1 from its top).
// Summed over days they give any window's distribution; the tests' coarse bins are unions of fine ones.
// Pure.
//
// The approximation: a reference-quantile edge is placed at the lower boundary of the fine bin that holds
// the exact quantile, so each coarse bin gains or loses at most the rows of the fine bins at its two
// edges (see fine-bins.test.ts). Ranges are chosen so 0 and 1 (booleans, counts, shares) are boundaries.

export const FINE_BINS = 1000;

export interface SignalRange {
  low: number;
  high: number;
}

const SHARE = { low: 0, high: 1 };
const LEVELS = { low: 0, high: 10 };
const COUNT = { low: 0, high: 100 };

/** The range each numeric signal's fine bins cover; values outside it fall in the two open end bins. */
export const SIGNAL_RANGES: Record<string, SignalRange> = {
  score: { low: 0, high: 100 },
  semantic_similarity: { low: -1, high: 1 },
  lexical_relevance: SHARE,
  occupation_similarity: SHARE,
  tech_skill_coverage: SHARE,
  soft_skill_coverage: SHARE,
  missing_required_skills: COUNT,
  required_skills_evidenced: SHARE,
  occupation_skills_evidenced: SHARE,
  seniority_shortfall: LEVELS,
  seniority_excess: LEVELS,
  experience_shortfall: { low: 0, high: 50 },
  experience_excess: { low: 0, high: 50 },
  education_shortfall: LEVELS,
  experience_years: { low: 0, high: 50 },
  seniority_level: LEVELS,
  education_level: LEVELS,
  has_degree: SHARE,
  field_relevance: SHARE,
  technical_skill_count: COUNT,
  soft_skill_count: COUNT,
  tool_count: COUNT,
  completeness: SHARE,
  has_email: SHARE,
  has_phone: SHARE,
  has_linkedin: SHARE,
  has_address: SHARE,
  is_local: SHARE,
  days_since_opening: { low: 0, high: 1000 },
  required_tech_count: COUNT,
  required_soft_count: COUNT,
  job_zone: LEVELS,
};

export function signalRange(name: string): SignalRange {
  const range = SIGNAL_RANGES[name];
  if (!range) throw new Error(`No declared range for the numeric signal ${name}`);
  return range;
}

/** One numeric signal over a window: fine bin counts (length FINE_BINS + 2), missing rows and moments. */
export interface FineCounts {
  counts: Float64Array;
  missing: number;
  /** Rows with a value, their sum and sum of squares (for the mean shift). */
  count: number;
  sum: number;
  sumSquares: number;
}

export function emptyFineCounts(): FineCounts {
  return { counts: new Float64Array(FINE_BINS + 2), missing: 0, count: 0, sum: 0, sumSquares: 0 };
}

/** Lower boundary of fine bin `index` (1 … FINE_BINS + 1; the bin below the range has none). */
export function fineBinLowerBound(range: SignalRange, index: number): number {
  if (index < 1 || index > FINE_BINS + 1) throw new RangeError(`fineBinLowerBound: no lower bound for bin ${index}`);
  if (index === FINE_BINS + 1) return range.high;
  return range.low + ((index - 1) * (range.high - range.low)) / FINE_BINS;
}

/** The fine bin whose lower boundary is nearest to `edge`: where an edge cuts the fine bins. */
export function fineIndexOfEdge(range: SignalRange, edge: number): number {
  const position = Math.round(((edge - range.low) / (range.high - range.low)) * FINE_BINS) + 1;
  return Math.min(Math.max(position, 1), FINE_BINS + 1);
}

/**
 * Inner edges at the k/bins quantiles (k = 1 … bins − 1) of the binned values, each the lower boundary of
 * the fine bin holding the rank NumPy's 'linear' quantile starts from; repeats and edges below the range
 * dropped, as referenceQuantileEdges drops repeats.
 */
export function fineQuantileEdges(fine: FineCounts, range: SignalRange, bins: number): number[] {
  const total = fine.counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return [];
  const indices: number[] = [];
  let bin = 0;
  let below = 0; // rows in bins before `bin`
  for (let k = 1; k < bins; k++) {
    const rank = Math.floor((total - 1) * (k / bins));
    while (below + (fine.counts[bin] as number) <= rank) below += fine.counts[bin++] as number;
    if (bin > 0 && indices[indices.length - 1] !== bin) indices.push(bin);
  }
  return indices.map((index) => fineBinLowerBound(range, index));
}

/** Counts per coarse bin of `edges` (edges.length + 1 bins, a value on an edge going up, as width_bucket). */
export function coarseCounts(fine: FineCounts, range: SignalRange, edges: readonly number[]): number[] {
  const cuts = edges.map((edge) => fineIndexOfEdge(range, edge));
  const counts = new Array<number>(edges.length + 1).fill(0);
  let coarse = 0;
  for (let index = 0; index < fine.counts.length; index++) {
    while (coarse < cuts.length && (cuts[coarse] as number) <= index) coarse++;
    counts[coarse] = (counts[coarse] as number) + (fine.counts[index] as number);
  }
  return counts;
}

/** Mean and population standard deviation from the moments (null without values). */
export function momentsOf(fine: FineCounts): { mean: number; sd: number } | null {
  if (fine.count === 0) return null;
  const mean = fine.sum / fine.count;
  return { mean, sd: Math.sqrt(Math.max(fine.sumSquares / fine.count - mean * mean, 0)) };
}
