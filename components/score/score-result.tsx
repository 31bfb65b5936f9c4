"use client";

import Link from "next/link";
import { useState } from "react";
import type { z } from "zod";
import { SkillChips } from "@/components/jobs/skill-chips";
import { Alert } from "@/components/ui/alert";
import { BandBadge } from "@/components/ui/band-badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { skillLabel } from "@/components/ui/format";
import type { scoreResult } from "@/lib/vocabulary/score-response";
import { SIGNAL_BY_NAME } from "@/lib/vocabulary/signals";
import { ContributionsChart } from "./contributions-chart";
import { OutcomeForm } from "./outcome-form";
import { useEvidence } from "./queries";

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
  const evidence = useEvidence(result.inference_id, resumeText, required);

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
          {result.unavailable_signals?.length ? (
            <div className="mb-3">
              <Alert tone="info">
                <ul aria-label="Signals this score went without">
                  {result.unavailable_signals.map((item) => (
                    <li key={item.signal}>{item.detail}</li>
                  ))}
                </ul>
              </Alert>
            </div>
          ) : null}
          <ContributionsChart contributions={result.contributions} />
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer font-medium text-brand-700">Every signal</summary>
            <table className="mt-2 w-full text-left text-xs">
              <caption className="sr-only">Every signal with its value and contribution</caption>
              <thead>
                <tr className="text-slate-500">
                  <th scope="col" className="py-1">
                    Signal
                  </th>
                  <th scope="col" className="py-1 text-right">
                    Value
                  </th>
                  <th scope="col" className="py-1 text-right">
                    Contribution
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.contributions.map((item) => (
                  <tr key={item.signal} className="border-t border-slate-100">
                    <td className="py-1">{SIGNAL_BY_NAME.get(item.signal)?.label ?? item.signal}</td>
                    <td className="py-1 text-right tabular-nums">
                      {typeof item.value === "number" ? Number(item.value.toFixed(3)) : (item.value ?? "unknown")}
                    </td>
                    <td className="py-1 text-right tabular-nums">
                      {item.contribution === 0 ? "0" : item.contribution.toFixed(3)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </Card>
        <div className="space-y-4 lg:col-span-2">
          <Card title="Required skills">
            {required.length > 0 ? (
              <SkillChips matched={result.matched_skills} missing={result.missing_skills} />
            ) : (
              <p className="text-sm text-slate-600">This job lists no required skills.</p>
            )}
          </Card>
          <Card title="Evidence in the résumé">
            {evidence.data && evidence.data.items.length > 0 ? (
              <ul className="space-y-2 text-sm">
                {evidence.data.items.map((item, index) => (
                  <li key={`${item.skill}-${index}`}>
                    <span className="text-xs font-semibold uppercase tracking-wide text-emerald-700">
                      {skillLabel(item.skill)}
                    </span>
                    <p className="text-slate-700">
                      <Highlighted text={item.snippet} skill={item.skill} />
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">
                {evidence.isFetching
                  ? "Looking for mentions…"
                  : "The résumé text does not mention the required skills."}
              </p>
            )}
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

/** The snippet with the skill's words marked. */
function Highlighted({ text, skill }: { text: string; skill: string }) {
  const words = skillLabel(skill)
    .split(" ")
    .filter((word) => word.length > 1)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  if (words.length === 0) return <>{text}</>;
  const parts = text.split(new RegExp(`(${words.join("|")})`, "gi"));
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} className="rounded bg-amber-100 px-0.5 text-slate-900">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
