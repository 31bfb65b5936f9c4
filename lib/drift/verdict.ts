// A week's one verdict. Signals decide through the drift score (the share that drifted, against the
// threshold); either embedding drifting decides on its own, since it is not counted in the score. The job
// stores this status, alerts go out for it, and the page and the alert say it in the same sentence.
import { monitoredSignalLabel } from "./labels";
import type { DriftStatus, EmbeddingDrift, SignalDrift } from "./types";

/** The verdict of a window with enough rows: drifted when the score is over the threshold or an embedding drifted. */
export function judgedDriftStatus({
  driftScore,
  threshold,
  embeddings,
}: {
  driftScore: number;
  threshold: number;
  embeddings: readonly Pick<EmbeddingDrift, "drifted">[];
}): Exclude<DriftStatus, "insufficient_data"> {
  return driftScore > threshold || embeddings.some((embedding) => embedding.drifted) ? "drifted" : "ok";
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

/** What drifted, in one sentence: the signals over the threshold and/or the embeddings. */
export function driftVerdictSentence(report: VerdictReport): string {
  if (report.status === "insufficient_data" || report.driftScore === null)
    return "Not judged: a window has too few rows to tell drift from chance.";
  const embeddings = report.embeddings.filter((embedding) => embedding.drifted).map((embedding) => embedding.kind);
  const over = report.driftScore > report.threshold;
  const score = `${percent(report.driftScore)}, ${over ? "over" : "not over"} the ${percent(report.threshold)} threshold`;
  const signals = `${report.driftedSignals} of ${report.monitoredSignals} signals`;
  const embeddingPart = `the ${listed(embeddings)} embeddings`;
  if (report.status === "ok")
    return embeddings.length === 0
      ? `No drift: ${signals} drifted (${score}) and no embedding did.`
      : // Stored before embeddings counted in the verdict: say what it missed rather than contradict it.
        `No drift: ${signals} drifted (${score}); ${embeddingPart} drifted, but this report was judged before embeddings counted.`;
  if (!over) return `Drifted: ${embeddingPart}; the signals did not (${signals}, ${score}).`;
  const named = `${signals} (${score}) — ${driftedSignalNames(report.metrics)}`;
  return `Drifted: ${named}${embeddings.length > 0 ? ` — and ${embeddingPart}` : ""}.`;
}
