import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { DriftReportSummaryJson } from "@/lib/contracts/drift";
import { formatCount } from "@/components/ui/format";
import { formatShare, formatWindow, STATUS_TEXT } from "./format";

const TONES = { ok: "green", drifted: "red", insufficient_data: "neutral" } as const;

export function ReportHistory({
  reports,
  selectedId,
  onSelect,
}: {
  reports: DriftReportSummaryJson[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  return (
    <Table caption="Drift reports">
      <thead>
        <tr>
          <Th>Week</Th>
          <Th>Status</Th>
          <Th className="text-right">Drift score</Th>
          <Th className="text-right">Signals drifted</Th>
          <Th className="text-right">Rows (current / reference)</Th>
          <Th>Alert</Th>
          <Th>
            <span className="sr-only">Open</span>
          </Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {reports.map((report) => {
          const selected = report.id === selectedId;
          return (
            <tr key={report.id} className={selected ? "bg-brand-50" : undefined} aria-selected={selected}>
              <Td className="whitespace-nowrap">
                {formatWindow(report.current)}
                {report.reference_kind === "pinned" ? (
                  <span className="ml-2 text-xs text-slate-600">vs baseline</span>
                ) : null}
              </Td>
              <Td className="whitespace-nowrap">
                <Badge tone={TONES[report.status]}>{STATUS_TEXT[report.status]}</Badge>
              </Td>
              <Td className="text-right tabular-nums">{formatShare(report.drift_score)}</Td>
              <Td className="text-right tabular-nums">
                {report.status === "insufficient_data"
                  ? "—"
                  : `${report.drifted_signals} of ${report.monitored_signals}`}
              </Td>
              <Td className="text-right tabular-nums">
                {formatCount(report.current_rows)} / {formatCount(report.reference_rows)}
              </Td>
              <Td className="text-xs text-slate-600">{report.alert.status === "none" ? "—" : report.alert.status}</Td>
              <Td className="text-right">
                {selected ? (
                  <span className="text-sm text-slate-600">Shown</span>
                ) : (
                  <button
                    type="button"
                    onClick={() => onSelect(report.id)}
                    className="text-sm font-medium text-brand-700 hover:underline"
                    aria-label={`Show the report for ${formatWindow(report.current)}${report.reference_kind === "pinned" ? " against the baseline" : ""}`}
                  >
                    Show
                  </button>
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
