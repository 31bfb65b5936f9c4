"use client";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatCount, formatDateTime } from "@/components/ui/format";
import type { EmbeddingStatusJson } from "@/lib/contracts/embeddings";
import { useEmbeddingStatus, useStartEmbeddingRefresh } from "./queries";

const STATUS: Record<
  NonNullable<EmbeddingStatusJson["refresh"]>["status"],
  { label: string; tone: "green" | "amber" | "brand" }
> = {
  running: { label: "Re-embedding", tone: "brand" },
  waiting: { label: "Paused; resumes on its own", tone: "amber" },
  done: { label: "Finished", tone: "green" },
};

/** The embedding model, how many stored candidate vectors come from it, and the re-embedding's progress. */
export function EmbeddingsPanel({ initial }: { initial: EmbeddingStatusJson }) {
  const { data: status } = useEmbeddingStatus(initial);
  const start = useStartEmbeddingRefresh();
  const stale = status.candidates_stale;
  const withoutVector = status.candidates_with_text - status.candidates_current - stale;
  const share = status.candidates_with_text === 0 ? 1 : status.candidates_current / status.candidates_with_text;
  const { refresh } = status;
  return (
    <Card
      title="Embeddings"
      actions={
        stale > 0 && refresh?.status !== "running" ? (
          <Button variant="secondary" disabled={start.isPending} onClick={() => start.mutate(status.model)}>
            {start.isPending ? "Starting…" : "Re-embed now"}
          </Button>
        ) : null
      }
    >
      <div className="space-y-3 text-sm text-slate-700">
        <p>
          <span className="font-mono text-slate-900">{status.model}</span> ({status.provider}, {status.dimensions}{" "}
          dimensions)
          {status.per_minute ? ` · re-embedding sends at most ${formatCount(status.per_minute)} texts a minute` : ""}
        </p>
        <div>
          <div className="flex justify-between text-xs text-slate-600">
            <span>Candidate vectors from this model</span>
            <span>
              {formatCount(status.candidates_current)} of {formatCount(status.candidates_with_text)}
            </span>
          </div>
          <progress
            aria-label="Candidate vectors from this model"
            className="mt-1 h-2 w-full accent-brand-600"
            max={1}
            value={share}
          />
        </div>
        {stale > 0 ? (
          <p>
            {formatCount(stale)} candidates have an out-of-date vector (from another model, or of text no longer
            embedded): they are scored without semantic similarity until they are re-embedded, and their scores say so.
          </p>
        ) : null}
        {withoutVector > 0 ? (
          <p>
            {formatCount(withoutVector)} candidates have no vector (their résumé only lists skills, or the embedding
            service failed when they were saved); saving them again embeds them.
          </p>
        ) : null}
        {refresh ? (
          <div className="flex flex-wrap items-center gap-2">
            <Badge tone={STATUS[refresh.status].tone}>{STATUS[refresh.status].label}</Badge>
            <span className="text-xs text-slate-600">
              {formatCount(refresh.done)} re-embedded
              {refresh.failed > 0 ? `, ${formatCount(refresh.failed)} refused` : ""} · started{" "}
              {formatDateTime(refresh.started_at)} by {refresh.run_by}
              {refresh.finished_at ? ` · finished ${formatDateTime(refresh.finished_at)}` : ""}
            </span>
          </div>
        ) : null}
        {refresh?.last_error ? <Alert tone="info">Last problem: {refresh.last_error}</Alert> : null}
        {start.isError ? <Alert>{start.error.message}</Alert> : null}
      </div>
    </Card>
  );
}
