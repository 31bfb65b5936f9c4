import { z } from "zod";
import { defineContract } from "@/lib/http/contract";
import type { RankingPage } from "@/lib/scoring";
import { type CsvCell, formatCsv } from "@/lib/util/csv";
import { idParams } from "./common";
import { rankingQuery } from "./jobs";

// A job's ranking as CSV, for a spreadsheet or a hiring manager: the model's band and the recruiter's
// override in columns of their own (one never replaces the other), reasons in words.

export const MAX_EXPORT_ROWS = 1000;

export const exportRankingQuery = rankingQuery.omit({ limit: true, offset: true }).extend({
  limit: z.coerce.number().int().min(1).max(MAX_EXPORT_ROWS).default(MAX_EXPORT_ROWS),
});

export const exportRanking = defineContract({
  method: "GET",
  path: "/api/jobs/{id}/ranking.csv",
  summary: "A job's ranking as CSV (best first, at most 1,000 rows): scores, model and recruiter bands, reasons",
  tags: ["jobs"],
  auth: { session: "any", apiKey: "scoring" },
  params: idParams,
  query: exportRankingQuery,
  responseMediaType: "text/csv",
});

const HEADER = [
  "rank",
  "candidate_id",
  "full_name",
  "location",
  "seniority",
  "score",
  "model_band",
  "recruiter_band",
  "override_reason",
  "matched_skills",
  "missing_skills",
  "reasons",
  "model_version",
];

export function rankingCsv(page: RankingPage): string {
  const rows = page.items.map((entry, index): CsvCell[] => [
    index + 1,
    entry.candidateId,
    entry.fullName,
    entry.location,
    entry.seniority,
    entry.score,
    entry.band,
    entry.override?.band ?? null,
    entry.override?.reason ?? null,
    entry.matchedSkills.join("; "),
    entry.missingSkills.join("; "),
    entry.reasons.map((reason) => reason.text).join("; "),
    page.modelVersion,
  ]);
  return formatCsv([HEADER, ...rows]);
}

/** Download name: the job's id and the day, e.g. ranking-cmj3…-2026-12-05.csv. */
export function rankingFileName(jobId: string, computedAt: Date): string {
  return `ranking-${jobId}-${computedAt.toISOString().slice(0, 10)}.csv`;
}
