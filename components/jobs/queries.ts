"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { fetchJson } from "@/components/query/fetch-json";
import { refreshAfterWrite } from "@/components/query/refresh";
import * as api from "@/lib/contracts/jobs";

export const jobKeys = {
  all: ["jobs"] as const,
  rankings: (jobId: string, query: string) => ["jobs", jobId, "rankings", query] as const,
  explanation: (jobId: string, candidateId: string) => ["jobs", jobId, "explanation", candidateId] as const,
};

export function useSaveJob(jobId?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof api.jobBody>) =>
      fetchJson(jobId ? `/api/jobs/${encodeURIComponent(jobId)}` : "/api/jobs", api.jobDetailJson, {
        method: jobId ? "PUT" : "POST",
        body,
      }),
    onSuccess: () => refreshAfterWrite(client, { queryKey: jobKeys.all }),
  });
}

export function useExtractRequirements() {
  return useMutation({
    mutationFn: (body: { title: string; description: string }) =>
      fetchJson("/api/jobs/extract-requirements", api.requirementsJson, { method: "POST", body }),
  });
}

export function useRankings(jobId: string, query: URLSearchParams) {
  const search = query.toString();
  return useQuery({
    queryKey: jobKeys.rankings(jobId, search),
    queryFn: () => fetchJson(`/api/jobs/${encodeURIComponent(jobId)}/rankings?${search}`, api.rankingJson),
    placeholderData: (previous) => previous,
  });
}

/** Why one ranked candidate scores as they do, fetched when the row is opened. */
export function useRankedExplanation(jobId: string, candidateId: string) {
  return useQuery({
    queryKey: jobKeys.explanation(jobId, candidateId),
    queryFn: () =>
      fetchJson(
        `/api/jobs/${encodeURIComponent(jobId)}/rankings/${encodeURIComponent(candidateId)}`,
        api.rankedExplanationJson,
      ),
  });
}
