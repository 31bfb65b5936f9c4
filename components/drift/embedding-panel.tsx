import { Badge } from "@/components/ui/badge";
import type { DriftReportJson } from "@/lib/contracts/drift";
import { formatCount } from "@/components/ui/format";
import { formatShare, formatValue, STATUS_TEXT } from "./format";

// Candidate and job embedding drift: the domain classifier decides (as Evidently's default method); the
// distance between mean vectors and the share of drifted components are shown beside it. Hashed n-gram
// vectors have many near-constant components, so the component share runs high even without drift.

/** Indicators beside the verdict are amber when past their own threshold. */
const above = (value: number | null, threshold: number) =>
  value !== null && value > threshold ? "text-amber-700" : "text-slate-900";

export function EmbeddingPanel({ report }: { report: DriftReportJson }) {
  const thresholds = report.embedding_thresholds;
  return (
    <div className="grid gap-4 md:grid-cols-2" data-testid="embedding-drift">
      {report.embeddings.map((embedding) => (
        <section
          key={embedding.kind}
          className="rounded-md p-4 ring-1 ring-slate-200"
          aria-label={`${embedding.kind} embeddings`}
        >
          <header className="mb-3 flex items-center justify-between gap-2">
            <h3 className="text-sm font-semibold text-slate-900">
              {embedding.kind === "candidate" ? "Candidate" : "Job"} embeddings
            </h3>
            <Badge tone={embedding.status === "drifted" ? "red" : embedding.status === "ok" ? "green" : "neutral"}>
              {STATUS_TEXT[embedding.status]}
            </Badge>
          </header>
          {embedding.status === "insufficient_data" ? (
            <p className="text-sm text-slate-600">
              {embedding.model
                ? `Too few vectors to compare (${formatCount(embedding.reference_rows)} reference, ${formatCount(embedding.current_rows)} current).`
                : "No embedding model appears in both windows, and vectors of different models are never compared."}
            </p>
          ) : (
            <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1.5 text-sm">
              <dt className="text-slate-600">Domain classifier ROC AUC</dt>
              <dd className={embedding.drifted ? "font-semibold text-red-700" : "text-slate-900"}>
                {formatValue(embedding.classifier_auc, 3)}{" "}
                <span className="text-slate-500">
                  (drift above {formatValue(embedding.classifier_threshold ?? thresholds.classifier_auc, 3)})
                </span>
              </dd>
              <dt className="text-slate-600">Distance between mean vectors</dt>
              <dd className={above(embedding.mean_distance, thresholds.mean_distance)}>
                {formatValue(embedding.mean_distance, 3)}{" "}
                <span className="text-slate-500">(threshold {thresholds.mean_distance})</span>
              </dd>
              <dt className="text-slate-600">Drifted components</dt>
              <dd className={above(embedding.drifted_component_share, thresholds.drifted_component_share)}>
                {formatShare(embedding.drifted_component_share)}{" "}
                <span className="text-slate-500">(threshold {formatShare(thresholds.drifted_component_share)})</span>
              </dd>
              <dt className="text-slate-600">Vectors compared</dt>
              <dd>
                {formatCount(embedding.reference_rows)} / {formatCount(embedding.current_rows)} · {embedding.dimensions}{" "}
                dims
              </dd>
              <dt className="text-slate-600">Model</dt>
              <dd className="truncate font-mono text-xs leading-5">{embedding.model}</dd>
            </dl>
          )}
        </section>
      ))}
    </div>
  );
}
