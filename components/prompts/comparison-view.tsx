"use client";

import Link from "next/link";
import { useState } from "react";
import { formatDateTime } from "@/components/ui/format";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ConfirmBar } from "@/components/ui/confirm-bar";
import { PageHeader } from "@/components/ui/page-header";
import type { ComparisonJson } from "@/lib/contracts/prompt-comparisons";
import { ComparisonCharts } from "./comparison-charts";
import { ComparisonItems } from "./comparison-items";
import { ComparisonSummary } from "./comparison-summary";
import { STATUS_TONE } from "./comparisons-table";
import { useCancelComparison, useComparison, useMoveLabel } from "./queries";

function Progress({ comparison }: { comparison: ComparisonJson }) {
  const share = comparison.total ? comparison.completed / comparison.total : 0;
  return (
    <div>
      <div className="mb-1 flex justify-between text-sm text-slate-600">
        <span>
          <Badge tone={STATUS_TONE[comparison.status]}>{comparison.status}</Badge>
        </span>
        <span className="tabular-nums" data-testid="comparison-progress">
          {comparison.completed} of {comparison.total} items
        </span>
      </div>
      <div
        className="h-2 overflow-hidden rounded-full bg-slate-200"
        role="progressbar"
        aria-label="Comparison progress"
        aria-valuemin={0}
        aria-valuemax={comparison.total}
        aria-valuenow={comparison.completed}
      >
        <div className="h-full bg-brand-600 transition-all" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
    </div>
  );
}

/** Moving production to the compared version, with the comparison kept in the audit trail. */
function Promote({ comparison, production }: { comparison: ComparisonJson; production: number | null }) {
  const move = useMoveLabel(comparison.prompt);
  const [confirming, setConfirming] = useState(false);
  const target = comparison.version_b;
  if (move.isSuccess)
    return (
      <Alert tone="success">production now points at v{move.data.to_version}; the move links this comparison.</Alert>
    );
  if (production === target) return <p className="text-sm text-slate-600">production already points at v{target}.</p>;
  return (
    <div className="flex flex-wrap items-center gap-3">
      {confirming ? (
        <ConfirmBar
          label="Confirm label move"
          confirmLabel="Confirm move"
          pendingLabel="Confirm move"
          pending={move.isPending}
          onConfirm={() =>
            move.mutate({
              label: "production",
              version: target,
              expected_from_version: production,
              comparison_id: comparison.id,
              note: `Promoted after comparing v${comparison.version_a} and v${target}`,
            })
          }
          onCancel={() => setConfirming(false)}
        >
          Move <strong>production</strong> {production === null ? "" : `from v${production} `}to{" "}
          <strong>v{target}</strong>? Every request uses it from then on.
        </ConfirmBar>
      ) : (
        <Button onClick={() => setConfirming(true)}>Promote v{target} to production…</Button>
      )}
      {move.isError ? <Alert>{move.error.message}</Alert> : null}
    </div>
  );
}

export function ComparisonView({
  initial,
  canEdit,
  production,
}: {
  initial: ComparisonJson;
  canEdit: boolean;
  production: number | null;
}) {
  const { data: comparison = initial } = useComparison(initial.id, initial);
  const cancel = useCancelComparison(initial.id);
  const live = comparison.status === "queued" || comparison.status === "running";
  const versions = { a: comparison.version_a, b: comparison.version_b };
  const promptPath = `/prompts/${encodeURIComponent(comparison.prompt)}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`${comparison.prompt}: v${versions.a} vs v${versions.b}`}
        description={
          <>
            {comparison.dataset.label}
            {comparison.job ? `, scored against “${comparison.job.title}”` : ""}. Started by {comparison.created_by},{" "}
            {formatDateTime(comparison.created_at)}; providers {comparison.chain.join(" → ")}.{" "}
            <Link href={promptPath} className="text-brand-700 underline">
              Back to the prompt
            </Link>
          </>
        }
        actions={
          canEdit && live ? (
            <Button variant="danger" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
              {cancel.isPending ? "Cancelling…" : "Cancel run"}
            </Button>
          ) : null
        }
      />
      <Card>
        <Progress comparison={comparison} />
        {comparison.error ? <p className="mt-3 text-sm text-red-700">{comparison.error}</p> : null}
        {cancel.isError ? <p className="mt-3 text-sm text-red-700">{cancel.error.message}</p> : null}
      </Card>
      {comparison.builtin_answers.a + comparison.builtin_answers.b > 0 ? (
        <Alert tone="info">
          The builtin rules answered {comparison.builtin_answers.a} items of v{versions.a} and{" "}
          {comparison.builtin_answers.b} of v{versions.b}. They ignore prompts, so on those items the versions cannot
          differ. Configure an LLM provider to compare prompts for real.
        </Alert>
      ) : null}
      {canEdit && comparison.status === "completed" ? (
        <Card title="Decision">
          <Promote comparison={comparison} production={production} />
        </Card>
      ) : null}
      {comparison.summary ? (
        <>
          {live ? <p className="text-sm text-slate-600">Results so far; they update as items finish.</p> : null}
          <ComparisonSummary summary={comparison.summary} versions={versions} />
          <ComparisonCharts summary={comparison.summary} points={comparison.score_points} versions={versions} />
        </>
      ) : (
        <p className="text-sm text-slate-600">Results appear as soon as the first item has run.</p>
      )}
      <ComparisonItems id={comparison.id} versions={versions} live={live} />
    </div>
  );
}
