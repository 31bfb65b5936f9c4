import { Badge } from "@/components/ui/badge";
import type { DriftReportJson } from "@/lib/contracts/drift";
import { formatCount, formatDateTime } from "@/components/ui/format";
import { alertText, formatShare, formatWindow, modelVersionText, STATUS_TEXT } from "./format";

const TONES = { ok: "green", drifted: "red", insufficient_data: "neutral" } as const;

/**
 * The selected report at a glance: one verdict (the status the alert follows) and what drifted in one
 * sentence, then the score against the threshold, windows, rows and the alert.
 */
export function ReportSummary({ report }: { report: DriftReportJson }) {
  const stats = [
    {
      label: "Drift score",
      value: formatShare(report.drift_score),
      note: `the week drifts above ${formatShare(report.threshold)}`,
    },
    {
      label: "Signals drifted",
      value: report.status === "insufficient_data" ? "—" : `${report.drifted_signals} of ${report.monitored_signals}`,
      note: "the score and every input signal",
    },
    { label: "Current rows", value: formatCount(report.current_rows), note: formatWindow(report.current) },
    {
      label: "Reference rows",
      value: formatCount(report.reference_rows),
      note: `${report.reference_kind === "pinned" ? "pinned baseline" : "28 days before"}: ${formatWindow(report.reference)}`,
    },
  ];
  const versions = modelVersionText(report.settings);
  return (
    <div data-testid="report-summary">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-lg font-semibold text-slate-900">Week of {formatWindow(report.current)}</h2>
        <Badge tone={TONES[report.status]}>{STATUS_TEXT[report.status]}</Badge>
      </div>
      <p className="mt-2 text-sm text-slate-800" data-testid="drift-verdict">
        {report.verdict}
      </p>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {stats.map((stat) => (
          <div key={stat.label} className="rounded-md bg-slate-50 px-4 py-3 ring-1 ring-slate-200">
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{stat.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{stat.value}</dd>
            <dd className="mt-0.5 text-xs text-slate-600">{stat.note}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-slate-600" data-testid="alert-state">
        {alertText(report.alert)} · minimum {formatCount(report.min_rows)} rows per window · run by {report.run_by},{" "}
        {formatDateTime(report.updated_at, { utc: true })}
      </p>
      {versions && (
        <p className="mt-1 text-sm text-slate-600" data-testid="model-versions">
          {versions}
        </p>
      )}
    </div>
  );
}
