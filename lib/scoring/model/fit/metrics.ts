import type { Evaluation, ReliabilityBin } from "./report";

// How well predicted probabilities rank and match what happened, on held-out rows: ROC AUC (ties count
// half), Brier score, log loss, and calibration — a reliability table over deciles of the prediction
// (equal-count bins) and the expected calibration error, the count-weighted mean gap between each bin's
// mean prediction and its observed rate.

/** ROC AUC from ranks (Mann–Whitney U), tied predictions given their mean rank. */
export function rocAuc(predicted: readonly number[], labels: readonly number[]): number {
  const order = predicted
    .map((value, index) => ({ value, index }))
    .sort((a, b) => a.value - b.value || a.index - b.index);
  let positives = 0;
  let positiveRanks = 0;
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.value === order[start]!.value) end++;
    const meanRank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) {
      if (labels[order[k]!.index] === 1) {
        positives++;
        positiveRanks += meanRank;
      }
    }
    start = end + 1;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) throw new Error("ROC AUC needs both positive and negative outcomes.");
  return (positiveRanks - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function reliabilityTable(
  probabilities: readonly number[],
  labels: readonly number[],
  bins = 10,
): ReliabilityBin[] {
  const order = probabilities
    .map((value, index) => ({ value, index }))
    .sort((a, b) => a.value - b.value || a.index - b.index);
  const table: ReliabilityBin[] = [];
  for (let bin = 0; bin < bins; bin++) {
    const members = order.slice(Math.floor((bin * order.length) / bins), Math.floor(((bin + 1) * order.length) / bins));
    if (members.length === 0) continue;
    table.push({
      count: members.length,
      meanPredicted: mean(members.map((member) => member.value)),
      observedRate: mean(members.map((member) => labels[member.index]!)),
    });
  }
  return table;
}

export function evaluate(probabilities: readonly number[], labels: readonly number[]): Evaluation {
  const rows = probabilities.length;
  const table = reliabilityTable(probabilities, labels);
  const clipped = probabilities.map((p) => Math.min(1 - 1e-12, Math.max(1e-12, p)));
  return {
    rows,
    positives: labels.filter((label) => label === 1).length,
    auc: rocAuc(probabilities, labels),
    brier: mean(probabilities.map((p, i) => (p - labels[i]!) ** 2)),
    logLoss: mean(clipped.map((p, i) => -(labels[i] === 1 ? Math.log(p) : Math.log(1 - p)))),
    ece: table.reduce((sum, bin) => sum + (bin.count / rows) * Math.abs(bin.meanPredicted - bin.observedRate), 0),
    reliability: table,
  };
}

function mean(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total / values.length;
}
