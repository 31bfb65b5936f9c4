"use client";

import Link from "next/link";
import { useState } from "react";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { BandBadge } from "@/components/ui/band-badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import type { scoreResult } from "@/lib/vocabulary/score-response";
import { OutcomeForm } from "./outcome-form";
import { EvidenceList } from "./evidence-list";
import { ScoreExplanation } from "./score-explanation";

type ScoreResult = z.infer<typeof scoreResult>;

export interface SaveRequest {
  fullName: string;
}

/** A score with its reasons: the chart of contributions, skills, evidence, versions, and what to do next. */
export function ScoreResultView({
  result,
  jobTitle,
  resumeText,
  saved,
  saving,
  saveError,
  onSave,
}: {
  result: ScoreResult;
  jobTitle: string;
  resumeText: string;
  saved: { candidateId: string; inferenceId: string } | null;
  saving: boolean;
  saveError: string | null;
  onSave: (request: SaveRequest) => void;
}) {
  const [fullName, setFullName] = useState("");
  const [nameError, setNameError] = useState<string>();
  const required = [...result.matched_skills, ...result.missing_skills];

  return (
    <div className="space-y-4" aria-live="polite">
      <Card>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <p className="text-5xl font-semibold tabular-nums text-slate-900" data-testid="score-value">
            {result.score.toFixed(1)}
          </p>
          <div>
            <BandBadge band={result.band} />
            <p className="mt-1 text-sm text-slate-600">against {jobTitle}</p>
          </div>
          <dl className="ml-auto grid grid-cols-[auto_auto] gap-x-3 text-xs text-slate-600">
            <dt>Model</dt>
            <dd className="font-mono">{result.model_version}</dd>
            <dt>Embeddings</dt>
            <dd className="font-mono">{result.embedding_model}</dd>
            <dt>Résumé read by</dt>
            <dd>{result.enrichment.provider ?? "the fields as reviewed"}</dd>
            <dt>Prompts</dt>
            <dd>
              {result.prompt_versions.length > 0
                ? result.prompt_versions.map((prompt) => `${prompt.name} v${prompt.version}`).join(", ")
                : "none"}
            </dd>
            <dt>Took</dt>
            <dd>{Math.round(result.latency_ms)} ms</dd>
          </dl>
        </div>
      </Card>
      <div className="grid gap-4 lg:grid-cols-5">
        <Card title="Why this score" className="lg:col-span-3">
          <ScoreExplanation result={result} />
        </Card>
        <div className="space-y-4 lg:col-span-2">
          <Card title="Evidence in the résumé">
            <EvidenceList inferenceId={result.inference_id} resumeText={resumeText} skills={required} />
          </Card>
        </div>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Save to the candidate pool">
          {saved ? (
            <Alert tone="success">
              Saved.{" "}
              <Link href={`/candidates/${saved.candidateId}`} className="font-medium underline">
                Open the candidate
              </Link>{" "}
              to see every score they received.
            </Alert>
          ) : (
            <form
              className="flex flex-wrap items-end gap-3"
              onSubmit={(event) => {
                event.preventDefault();
                if (!fullName.trim()) return setNameError("must not be empty");
                setNameError(undefined);
                onSave({ fullName: fullName.trim() });
              }}
            >
              <TextField
                label="Candidate name"
                value={fullName}
                onChange={(event) => setFullName(event.target.value)}
                error={nameError}
                className="min-w-56 flex-1"
                maxLength={200}
              />
              <Button type="submit" disabled={saving}>
                {saving ? "Saving…" : "Save candidate"}
              </Button>
            </form>
          )}
          {saveError ? (
            <div className="mt-3">
              <Alert>{saveError}</Alert>
            </div>
          ) : null}
        </Card>
        <Card title="Record an outcome">
          <OutcomeForm
            key={saved?.inferenceId ?? result.inference_id}
            inferenceId={saved?.inferenceId ?? result.inference_id}
            candidateId={saved?.candidateId}
          />
        </Card>
      </div>
    </div>
  );
}
