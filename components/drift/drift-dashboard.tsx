"use client";

import { useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { DriftReportJson, DriftReportListJson } from "@/lib/contracts/drift";
import { AdminActions } from "./admin-actions";
import { DistributionChart } from "./distribution-chart";
import { DistributionGrid } from "./distribution-grid";
import { DriftScoreChart } from "./drift-score-chart";
import { EmbeddingPanel } from "./embedding-panel";
import { formatCount, formatDateTime } from "@/components/ui/format";
import { formatWindow, TEST_NAMES } from "./format";
import { useDriftReport, useDriftReports } from "./queries";
import { ReportHistory } from "./report-history";
import { ReportSummary } from "./report-summary";
import { SignalChart } from "./signal-chart";
import { SignalTable } from "./signal-table";

export function DriftDashboard({
  isAdmin,
  initialList,
  initialReport,
}: {
  isAdmin: boolean;
  initialList: DriftReportListJson;
  initialReport: DriftReportJson | null;
}) {
  const list = useDriftReports(initialList);
  const reports = list.data?.items ?? [];
  const [selectedId, setSelectedId] = useState<string | null>(initialReport?.id ?? reports[0]?.id ?? null);
  const report = useDriftReport(selectedId, initialReport ?? undefined);
  const [chosenSignal, setChosenSignal] = useState<string | null>(null);

  const select = (id: string) => {
    setSelectedId(id);
    setChosenSignal(null);
    // A shallow URL update: the link can be shared (alerts link here) without reloading the page.
    window.history.replaceState(null, "", `/drift?report=${encodeURIComponent(id)}`);
  };
  const selectedSummary = reports.find((item) => item.id === selectedId) ?? null;
  const baseline = list.data?.baseline ?? null;

  return (
    <div className="space-y-6">
      {baseline ? (
        <Alert tone="info">
          Reports compare with a pinned baseline: {formatWindow(baseline)} ({formatCount(baseline.rows)} rows), pinned
          by {baseline.pinned_by} on {formatDateTime(baseline.pinned_at, { utc: true })}.
        </Alert>
      ) : null}
      {isAdmin ? <AdminActions selected={selectedSummary} baseline={baseline} onRan={select} /> : null}
      {reports.length === 0 ? (
        <EmptyState title="No drift reports yet">
          The weekly drift job compares the last 7 days of scoring with the 28 days before them. Reports appear here
          after it has run
          {isAdmin ? " — or run it now." : "."}
        </EmptyState>
      ) : (
        <>
          <Card title="Drift score per week">
            <DriftScoreChart
              reports={reports}
              threshold={reports[0]!.threshold}
              selectedId={selectedId}
              onSelect={select}
            />
            <p className="mt-2 text-xs text-slate-600">
              Share of the {reports[0]!.monitored_signals} monitored signals (the score and every input signal) whose
              test fired, one bar per week (its latest run). Red weeks drifted: the score crossed the threshold, five or
              more signals drifted, or an embedding drifted. Grey stubs are weeks with too few rows to judge. Select a
              week to see its signals.
            </p>
          </Card>
          {report.isPending && selectedId ? (
            <p role="status" className="text-sm text-slate-600">
              Loading the report…
            </p>
          ) : null}
          {report.isError ? <Alert>Could not load the report: {report.error.message}</Alert> : null}
          {report.data ? (
            <ReportDetail report={report.data} chosenSignal={chosenSignal} onChooseSignal={setChosenSignal} />
          ) : null}
          <section className="space-y-3">
            <h2 className="text-base font-semibold text-slate-900">All reports</h2>
            <ReportHistory reports={reports} selectedId={selectedId} onSelect={select} />
          </section>
        </>
      )}
    </div>
  );
}

function ReportDetail({
  report,
  chosenSignal,
  onChooseSignal,
}: {
  report: DriftReportJson;
  chosenSignal: string | null;
  onChooseSignal: (signal: string) => void;
}) {
  const detail = useRef<HTMLDivElement>(null);
  const byDrift = [...report.signals].sort((a, b) => Number(b.drifted) - Number(a.drifted) || b.value - a.value);
  const signal = report.signals.find((item) => item.signal === chosenSignal) ?? byDrift[0] ?? null;
  const showInDetail = (name: string) => {
    onChooseSignal(name);
    detail.current?.scrollIntoView({ behavior: "smooth", block: "start" });
  };
  return (
    <div className="space-y-6">
      <Card>
        <ReportSummary report={report} />
      </Card>
      {report.status === "insufficient_data" ? (
        <Alert tone="info">
          Not enough data to judge this week: {formatCount(report.current_rows)} current and{" "}
          {formatCount(report.reference_rows)} reference rows, and each window needs at least{" "}
          {formatCount(report.min_rows)} (DRIFT_MIN_ROWS). With fewer rows, chance differences alone make the tests
          fire.
        </Alert>
      ) : (
        <>
          <div className="grid gap-6 xl:grid-cols-2" ref={detail}>
            <Card title={`${[...new Set(report.signals.map((item) => TEST_NAMES[item.test]))].join(" / ")} per signal`}>
              <SignalChart signals={report.signals} selected={signal?.signal ?? null} onSelect={onChooseSignal} />
              <p className="mt-2 text-xs text-slate-600">
                Dashed line: the threshold at which a signal counts as drifted. Select a bar to compare distributions.
              </p>
            </Card>
            {signal ? (
              <Card title={`Distribution of ${signal.label}`}>
                <DistributionChart signal={signal} />
                <p className="mt-2 text-xs text-slate-600">
                  {TEST_NAMES[signal.test]} {signal.value.toFixed(3)} against a threshold of {signal.threshold}:{" "}
                  {signal.drifted ? "drifted" : "no drift"}.
                  {signal.kind === "categorical"
                    ? " Values under 1% of rows in both weeks are counted as “other”."
                    : ""}
                </p>
              </Card>
            ) : null}
          </div>
          <Card title="Every signal, reference vs current">
            <p className="mb-3 text-xs text-slate-600">
              Grey bars: the reference; coloured: this week (red where the signal drifted). Drifted signals come first.
              Select one to see it in detail above.
            </p>
            <DistributionGrid signals={byDrift} selected={signal?.signal ?? null} onSelect={showInDetail} />
          </Card>
          <Card title="Embedding drift">
            <EmbeddingPanel report={report} />
          </Card>
          <details className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <summary className="cursor-pointer text-sm font-medium text-slate-900">Every signal as a table</summary>
            <div className="mt-3">
              <SignalTable signals={report.signals} onSelect={onChooseSignal} />
            </div>
          </details>
        </>
      )}
    </div>
  );
}
