// From the windows' merged daily summaries to one drift result per signal: the test's value against its
// threshold, the mean shift, and each bin's share of the rows in both windows for the charts. Pure.
import { coarseCounts, momentsOf, signalRange, type FineCounts } from "./fine-bins";
import { foldRareCategories } from "./folding";
import type { MonitoredSignal } from "./monitored";
import { DEFAULT_TEST_THRESHOLD, binLabels, binnedTest, wassersteinTest, type TestOutcome } from "./signal-test";
import type { DistributionBin, DriftSettings, SignalDrift } from "./types";

function distribution(labels: string[], reference: number[], current: number[]): DistributionBin[] {
  const total = (counts: number[]) => counts.reduce((sum, count) => sum + count, 0);
  const referenceTotal = total(reference) || 1;
  const currentTotal = total(current) || 1;
  return labels.map((label, index) => ({
    label,
    reference: (reference[index] ?? 0) / referenceTotal,
    current: (current[index] ?? 0) / currentTotal,
  }));
}

export function numericSignalDrift(options: {
  signal: MonitoredSignal;
  edges: number[];
  reference: FineCounts;
  current: FineCounts;
  settings: DriftSettings;
  /** Raw values (missing ones left out), read only for the Wasserstein test. */
  samples?: { reference: number[]; current: number[] };
}): SignalDrift {
  const { signal, edges, settings } = options;
  const labels = binLabels(edges);
  const range = signalRange(signal.name);
  const reference = coarseCounts(options.reference, range, edges);
  const current = coarseCounts(options.current, range, edges);
  // Rows without a value are a bin of their own: a signal going missing is drift too.
  if (options.reference.missing + options.current.missing > 0) {
    labels.push("missing");
    reference.push(options.reference.missing);
    current.push(options.current.missing);
  }
  const threshold = settings.numericThreshold;
  let outcome: TestOutcome;
  const samples = options.samples;
  if (settings.numericTest === "wasserstein" && samples && samples.reference.length > 0 && samples.current.length > 0) {
    outcome = wassersteinTest(samples.reference, samples.current, threshold);
  } else {
    // Wasserstein needs values on both sides; a side with none falls back to PSI, which sees the missing bin.
    const test = settings.numericTest === "jensen_shannon" ? "jensen_shannon" : "psi";
    outcome = binnedTest(
      test,
      reference,
      current,
      test === settings.numericTest ? threshold : DEFAULT_TEST_THRESHOLD[test],
    );
  }
  return {
    signal: signal.name,
    label: signal.label,
    group: signal.group,
    kind: "numeric",
    ...outcome,
    meanShiftSd: meanShiftSd(options.reference, options.current),
    bins: distribution(labels, reference, current),
    edges,
  };
}

/** (current mean − reference mean) / reference SD, the SD floored at 0.001 as Evidently's normed Wasserstein. */
function meanShiftSd(reference: FineCounts, current: FineCounts): number | null {
  const r = momentsOf(reference);
  const c = momentsOf(current);
  return r && c ? (c.mean - r.mean) / Math.max(r.sd, 0.001) : null;
}

export function categoricalSignalDrift(options: {
  signal: MonitoredSignal;
  reference: ReadonlyMap<string, number>;
  current: ReadonlyMap<string, number>;
  settings: DriftSettings;
}): SignalDrift {
  const { signal, settings } = options;
  const folded = foldRareCategories(options.reference, options.current, settings.minCategoryShare);
  const outcome = binnedTest(settings.categoricalTest, folded.reference, folded.current, settings.categoricalThreshold);
  const labels = folded.categories.map((category) => (category === "" ? "missing" : category));
  return {
    signal: signal.name,
    label: signal.label,
    group: signal.group,
    kind: "categorical",
    ...outcome,
    meanShiftSd: null,
    bins: distribution(labels, folded.reference, folded.current),
    edges: null,
  };
}
