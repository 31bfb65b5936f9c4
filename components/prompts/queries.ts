"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { fetchJson } from "@/components/query/fetch-json";
import { refreshAfterWrite } from "@/components/query/refresh";
import * as comparisons from "@/lib/contracts/prompt-comparisons";
import * as prompts from "@/lib/contracts/prompts";

// Typed fetchers and one hook per query or mutation for the prompt pages. Server pages pass what they
// already read as initial data, so the first paint needs no round trip.

const enc = encodeURIComponent;

export const promptKeys = {
  all: ["prompts"] as const,
  detail: (name: string) => ["prompts", name] as const,
  comparisons: (name: string) => ["prompts", name, "comparisons"] as const,
  comparison: (id: string) => ["prompt-comparisons", id] as const,
  items: (id: string, page: { offset: number; limit: number; changed: boolean }) =>
    ["prompt-comparisons", id, "items", page] as const,
};

export function usePrompt(name: string, initialData?: prompts.PromptDetailJson) {
  return useQuery({
    queryKey: promptKeys.detail(name),
    queryFn: () => fetchJson(`/api/prompts/${enc(name)}`, prompts.promptDetailJson),
    initialData,
  });
}

export function useCreateVersion(name: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof prompts.createVersionBody>) =>
      fetchJson(`/api/prompts/${enc(name)}/versions`, prompts.versionJson, { method: "POST", body }),
    onSuccess: () => refreshAfterWrite(client, { queryKey: promptKeys.all }),
  });
}

export function useMoveLabel(name: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ label, ...body }: z.input<typeof prompts.moveLabelBody> & { label: string }) =>
      fetchJson(`/api/prompts/${enc(name)}/labels/${enc(label)}`, prompts.labelMoveJson, { method: "PUT", body }),
    onSuccess: () => refreshAfterWrite(client, { queryKey: promptKeys.all }),
  });
}

export function useComparisons(name: string, initialData?: z.infer<typeof comparisons.comparisonListJson>) {
  return useQuery({
    queryKey: promptKeys.comparisons(name),
    queryFn: () => fetchJson(`/api/prompts/${enc(name)}/comparisons`, comparisons.comparisonListJson),
    initialData,
    // A list with a run in progress keeps its progress current.
    refetchInterval: (query) =>
      query.state.data?.items.some((item) => item.status === "queued" || item.status === "running") ? 3000 : false,
  });
}

export function useStartComparison(name: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof comparisons.startComparisonBody>) =>
      fetchJson(`/api/prompts/${enc(name)}/comparisons`, comparisons.comparisonJson, { method: "POST", body }),
    onSuccess: () => refreshAfterWrite(client, { queryKey: promptKeys.comparisons(name) }),
  });
}

const running = (status: string | undefined) => status === "queued" || status === "running";

export function useComparison(id: string, initialData?: comparisons.ComparisonJson) {
  return useQuery({
    queryKey: promptKeys.comparison(id),
    queryFn: () => fetchJson(`/api/prompt-comparisons/${enc(id)}`, comparisons.comparisonJson),
    initialData,
    // Poll while the run goes on; stop once it has finished, failed or been cancelled.
    refetchInterval: (query) => (running(query.state.data?.status) ? 1500 : false),
  });
}

export function useComparisonItems(
  id: string,
  page: { offset: number; limit: number; changed: boolean },
  live: boolean,
) {
  return useQuery({
    queryKey: promptKeys.items(id, page),
    queryFn: () =>
      fetchJson(
        `/api/prompt-comparisons/${enc(id)}/items?limit=${page.limit}&offset=${page.offset}${page.changed ? "&changed=true" : ""}`,
        comparisons.comparisonItemPageJson,
      ),
    placeholderData: keepPreviousData,
    refetchInterval: live ? 3000 : false,
  });
}

export function useCancelComparison(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      fetchJson(`/api/prompt-comparisons/${enc(id)}/cancel`, comparisons.comparisonJson, { method: "POST" }),
    onSuccess: (data) => client.setQueryData(promptKeys.comparison(id), data),
  });
}
