"use client";

import type { z } from "zod";
import { SkillChips } from "@/components/jobs/skill-chips";
import { Alert } from "@/components/ui/alert";
import type { scoreResult } from "@/lib/vocabulary/score-response";
import { SIGNAL_BY_NAME } from "@/lib/vocabulary/signals";
import { ContributionsChart } from "./contributions-chart";
import { ReasonList } from "./reason-list";

type ScoreResult = z.infer<typeof scoreResult>;

/** What an explanation needs: a fresh score, a stored one, or one recomputed for a ranked row. */
export type Explained = Pick<
  ScoreResult,
  "contributions" | "reasons" | "warnings" | "matched_skills" | "missing_skills" | "model_version"
> &
  Partial<Pick<ScoreResult, "prompt_versions" | "embedding_model" | "unavailable_signals">>;

/** Why a score is what it is: warnings, the reasons in words, each signal's push, and the required skills. */
export function ScoreExplanation({ result, compact = false }: { result: Explained; compact?: boolean }) {
  const required = [...result.matched_skills, ...result.missing_skills];
  return (
    <div className="space-y-4">
      {result.warnings && result.warnings.length > 0 ? (
        <Alert tone="warning" title="Set aside before scoring">
          <ul className="list-disc space-y-1 pl-5">
            {result.warnings.map((warning) => (
              <li key={warning.code}>
                {warning.message}
                {warning.excerpt ? <q className="ml-1 break-words text-slate-600">{warning.excerpt}</q> : null}
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {result.unavailable_signals?.length ? (
        <Alert tone="info">
          <ul aria-label="Signals this score went without">
            {result.unavailable_signals.map((item) => (
              <li key={item.signal}>{item.detail}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {result.reasons && result.reasons.length > 0 ? (
        <section aria-label="Main reasons">
          <h3 className="text-sm font-semibold text-slate-800">Main reasons</h3>
          <ReasonList reasons={result.reasons} />
        </section>
      ) : null}
      <ContributionsChart contributions={result.contributions} />
      {required.length > 0 ? (
        <section aria-label="Required skills">
          <h3 className="mb-1 text-sm font-semibold text-slate-800">Required skills</h3>
          <SkillChips matched={result.matched_skills} missing={result.missing_skills} />
        </section>
      ) : null}
      <details className="text-sm" open={!compact && false}>
        <summary className="cursor-pointer font-medium text-brand-700">Every signal</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-[28rem] text-left text-xs">
            <caption className="sr-only">Every signal, in words, with its contribution</caption>
            <thead>
              <tr className="text-slate-500">
                <th scope="col" className="py-1">
                  Signal
                </th>
                <th scope="col" className="py-1">
                  In words
                </th>
                <th scope="col" className="py-1 text-right">
                  Contribution
                </th>
              </tr>
            </thead>
            <tbody>
              {result.contributions.map((item) => (
                <tr key={item.signal} className="border-t border-slate-100 align-top">
                  <td className="py-1 pr-2">{SIGNAL_BY_NAME.get(item.signal)?.label ?? item.signal}</td>
                  <td className="py-1 pr-2 text-slate-700">{item.description ?? valueText(item.value)}</td>
                  <td className="py-1 text-right tabular-nums">
                    {item.contribution === 0 ? "0" : item.contribution.toFixed(3)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p className="text-xs text-slate-500">
        Model <span className="font-mono">{result.model_version}</span>
        {result.prompt_versions
          ? ` · prompts ${result.prompt_versions.length > 0 ? result.prompt_versions.map((prompt) => `${prompt.name} v${prompt.version}`).join(", ") : "none"}`
          : ""}
        {result.embedding_model ? (
          <>
            {" "}
            · embeddings <span className="font-mono">{result.embedding_model}</span>
          </>
        ) : null}
      </p>
    </div>
  );
}

function valueText(value: number | string | null): string {
  if (value === null) return "unknown";
  return typeof value === "number" ? String(Number(value.toFixed(3))) : value;
}
