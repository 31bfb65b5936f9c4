"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { DriftBaselineJson, DriftReportSummaryJson } from "@/lib/contracts/drift";
import { formatShare, formatWindow, STATUS_TEXT } from "./format";
import { usePinBaseline, useRunDrift, useUnpinBaseline } from "./queries";

/** Admins only: run the check now, pin the selected week as the baseline, unpin it. */
export function AdminActions({
  selected,
  baseline,
  onRan,
}: {
  selected: DriftReportSummaryJson | null;
  baseline: DriftBaselineJson | null;
  onRan: (reportId: string) => void;
}) {
  const run = useRunDrift();
  const pin = usePinBaseline();
  const unpin = useUnpinBaseline();
  const error = run.error ?? pin.error ?? unpin.error;
  const pinnedHere =
    baseline && selected && baseline.start === selected.current.start && baseline.end === selected.current.end;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button
          onClick={() => {
            pin.reset();
            unpin.reset();
            run.mutate(undefined, { onSuccess: (result) => onRan(result.report_id) });
          }}
          disabled={run.isPending}
        >
          {run.isPending ? "Running…" : "Run now"}
        </Button>
        {selected && selected.status !== "insufficient_data" && !pinnedHere ? (
          <Button
            variant="secondary"
            disabled={pin.isPending}
            onClick={() => pin.mutate({ start: selected.current.start, end: selected.current.end })}
          >
            {pin.isPending ? "Pinning…" : "Pin this week as baseline"}
          </Button>
        ) : null}
        {baseline ? (
          <Button variant="ghost" disabled={unpin.isPending} onClick={() => unpin.mutate(baseline.id)}>
            Unpin baseline
          </Button>
        ) : null}
      </div>
      {run.isSuccess ? (
        <Alert tone="success">
          Checked {formatWindow(run.data.current)}: {STATUS_TEXT[run.data.status]}
          {run.data.drift_score === null ? "" : `, drift score ${formatShare(run.data.drift_score)}`}.
        </Alert>
      ) : null}
      {error ? <Alert>{error.message}</Alert> : null}
    </div>
  );
}
