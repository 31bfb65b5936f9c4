"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { ApiError, fetchJson } from "@/components/query/fetch-json";
import { type candidateBody, candidateDetailJson, type scoreProfileBody } from "@/lib/contracts/candidates";
import { evidenceJson, resumeAnalysisJson, resumeFileJson } from "@/lib/contracts/resumes";
import { scoreResult } from "@/lib/vocabulary/score-response";

export const scoreKeys = {
  evidence: (inferenceId: string) => ["score", inferenceId, "evidence"] as const,
};

/** Uploads a résumé file; the server answers with its text. */
export function useResumeFile() {
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.set("file", file);
      const response = await fetch("/api/resumes/text", { method: "POST", body: form });
      const payload: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        const problem = (payload ?? {}) as { detail?: string };
        throw new ApiError(response.status, problem.detail ?? `Upload failed (${response.status}).`);
      }
      return resumeFileJson.parse(payload);
    },
  });
}

export function useAnalyzeResume() {
  return useMutation({
    mutationFn: (resumeText: string) =>
      fetchJson("/api/resumes/analyze", resumeAnalysisJson, { method: "POST", body: { resume_text: resumeText } }),
  });
}

/** Scores the reviewed profile against a stored job exactly as it will score once saved. */
export function useScoreProfile() {
  return useMutation({
    mutationFn: ({ jobId, body }: { jobId: string; body: z.input<typeof scoreProfileBody> }) =>
      fetchJson(`/api/jobs/${encodeURIComponent(jobId)}/score-profile`, scoreResult, { method: "POST", body }),
  });
}

export function useEvidence(inferenceId: string, resumeText: string, skills: string[]) {
  return useQuery({
    queryKey: scoreKeys.evidence(inferenceId),
    queryFn: () =>
      fetchJson("/api/resumes/evidence", evidenceJson, { method: "POST", body: { resume_text: resumeText, skills } }),
    enabled: resumeText.trim().length > 0 && skills.length > 0,
  });
}

/** Adds the candidate to the pool, then scores the stored record so the score appears in their history. */
export function useSaveCandidate() {
  return useMutation({
    mutationFn: async ({ jobId, body }: { jobId: string; body: z.input<typeof candidateBody> }) => {
      const candidate = await fetchJson("/api/candidates", candidateDetailJson, { method: "POST", body });
      const score = await fetchJson("/api/v1/score", scoreResult, {
        method: "POST",
        body: { job_id: jobId, candidate_id: candidate.id },
      });
      return { candidate, score };
    },
  });
}
