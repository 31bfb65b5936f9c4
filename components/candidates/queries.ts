"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { fetchJson } from "@/components/query/fetch-json";
import { refreshAfterWrite } from "@/components/query/refresh";
import * as api from "@/lib/contracts/candidates";
import { type outcomeBody, outcomeJson } from "@/lib/contracts/scoring";
import { scoreResult } from "@/lib/vocabulary/score-response";

export const candidateKeys = {
  detail: (id: string) => ["candidates", id] as const,
  scores: (id: string) => ["candidates", id, "scores"] as const,
  explanation: (inferenceId: string) => ["inferences", inferenceId, "explanation"] as const,
};

export function useCandidate(id: string) {
  return useQuery({
    queryKey: candidateKeys.detail(id),
    queryFn: () => fetchJson(`/api/candidates/${encodeURIComponent(id)}`, api.candidateDetailJson),
  });
}

export function useCandidateScores(id: string) {
  return useQuery({
    queryKey: candidateKeys.scores(id),
    queryFn: () => fetchJson(`/api/candidates/${encodeURIComponent(id)}/scores`, api.candidateScoresJson),
  });
}

/** Records an outcome (or a band override) on a score; refreshes the candidate's history when known. */
export function useRecordOutcome(candidateId?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ inferenceId, body }: { inferenceId: string; body: z.input<typeof outcomeBody> }) =>
      fetchJson(`/api/inferences/${encodeURIComponent(inferenceId)}/outcome`, outcomeJson, { method: "POST", body }),
    onSuccess: () =>
      candidateId ? refreshAfterWrite(client, { queryKey: candidateKeys.scores(candidateId) }) : undefined,
  });
}

/** A stored score's explanation, fetched when its row is opened. */
export function useInferenceExplanation(inferenceId: string) {
  return useQuery({
    queryKey: candidateKeys.explanation(inferenceId),
    queryFn: () => fetchJson(`/api/inferences/${encodeURIComponent(inferenceId)}/explanation`, scoreResult),
  });
}
