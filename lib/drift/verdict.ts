// A week's one verdict. Signals decide through the drift score (the share that drifted, against the
// threshold) or their number; either embedding drifting decides on its own, since it is not counted in the
// score. The job stores this status, alerts go out for it, and the page and the alert say it in the same
// sentence.
import { monitoredSignalLabel } from "./labels";
import type { DriftStatus, EmbeddingDrift, SignalDrift } from "./types";

/**
 * Drifted signals that alert a week whatever the share. The 0.15 threshold was set for about 30 signals,
 * where it meant five; with more signals monitored the share alone would need more of them (six of 36), so
 * monitoring more would make the alert deafer. Each signal's test is calibrated to chance, so five at once
 * by chance stays rare (lib/drift/calibration.test.ts).
 */
export const ALERTING_DRIFTED_SIGNALS = 5;

/**
 * The verdict of a window with enough rows: drifted when the score is over the threshold, when at least
 * `ALERTING_DRIFTED_SIGNALS` signals drifted, or when an embedding drifted.
 */
export function judgedDriftStatus({
  driftScore,
  driftedSignals,
  threshold,
  embeddings,
}: {
  driftScore: number;
  driftedSignals: number;
  threshold: number;
  embeddings: readonly Pick<EmbeddingDrift, "drifted">[];
}): Exclude<DriftStatus, "insufficient_data"> {
  const signalsDrifted = driftScore > threshold || driftedSignals >= ALERTING_DRIFTED_SIGNALS;
  return signalsDrifted || embeddings.some((embedding) => embedding.drifted) ? "drifted" : "ok";
}

export interface VerdictReport {
  status: DriftStatus;
  driftScore: number | null;
  threshold: number;
  driftedSignals: number;
  monitoredSignals: number;
  metrics: readonly Pick<SignalDrift, "signal" | "label" | "value" | "drifted">[];
  embeddings: readonly Pick<EmbeddingDrift, "kind" | "drifted">[];
}

const NAMED_SIGNALS = 3;

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The drifted signals by name, largest test value first: the first few, then how many more. */
function driftedSignalNames(metrics: VerdictReport["metrics"]): string {
  const drifted = metrics.filter((metric) => metric.drifted).sort((a, b) => b.value - a.value);
  const names = drifted.slice(0, NAMED_SIGNALS).map((metric) => monitoredSignalLabel(metric.signal, metric.label));
  const more = drifted.length - names.length;
  return more > 0 ? `${names.join(", ")} and ${more} more` : listed(names);
}

/** What drifted, in one sentence: the signals over the threshold (or enough of them) and/or the embeddings. */
export function driftVerdictSentence(report: VerdictReport): string {
  if (report.status === "insufficient_data" || report.driftScore === null)
    return "Not judged: a window has too few rows to tell drift from chance.";
  const embeddings = report.embeddings.filter((embedding) => embedding.drifted).map((embedding) => embedding.kind);
  const over = report.driftScore > report.threshold;
  const signals = `${report.driftedSignals} of ${report.monitoredSignals} signals`;
  const score = `${percent(report.driftScore)}, ${over ? "over" : "not over"} the ${percent(report.threshold)} threshold`;
  const embeddingPart = `the ${listed(embeddings)} embeddings`;
  // Stored reports keep the verdict of their day: an "ok" judged before embeddings or the signal count
  // counted says what it missed rather than contradict it.
  if (report.status === "ok") {
    const missed = [
      ...(embeddings.length > 0 ? [`${embeddingPart} drifted`] : []),
      ...(report.driftedSignals >= ALERTING_DRIFTED_SIGNALS
        ? [`${ALERTING_DRIFTED_SIGNALS} or more signals drifted`]
        : []),
    ];
    return missed.length === 0
      ? `No drift: ${signals} drifted (${score}) and no embedding did.`
      : `No drift: ${signals} drifted (${score}); ${listed(missed)}, but this report was judged before that counted.`;
  }
  const enough = report.driftedSignals >= ALERTING_DRIFTED_SIGNALS;
  if (!over && !enough) return `Drifted: ${embeddingPart}; the signals did not (${signals}, ${score}).`;
  const counted = over ? score : `${score}, but ${ALERTING_DRIFTED_SIGNALS} or more signals alert`;
  const named = `${signals} (${counted}) — ${driftedSignalNames(report.metrics)}`;
  return `Drifted: ${named}${embeddings.length > 0 ? ` — and ${embeddingPart}` : ""}.`;
}
