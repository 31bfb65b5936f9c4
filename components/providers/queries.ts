"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/components/query/fetch-json";
import * as embeddings from "@/lib/contracts/embeddings";

export const providerKeys = {
  embeddings: ["admin", "embeddings"] as const,
};

export function useEmbeddingStatus(initialData: embeddings.EmbeddingStatusJson) {
  return useQuery({
    queryKey: providerKeys.embeddings,
    queryFn: () => fetchJson("/api/admin/embeddings", embeddings.embeddingStatusJson),
    initialData,
    // While candidates are re-embedded the progress stays current; once done, polling stops.
    refetchInterval: (query) => (query.state.data?.refresh?.status === "running" ? 3000 : false),
  });
}

export function useStartEmbeddingRefresh() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (model: string) =>
      fetchJson("/api/admin/embeddings/refresh", embeddings.startEmbeddingRefreshResponse, {
        method: "POST",
        body: { model },
      }),
    onSuccess: (answer) => client.setQueryData(providerKeys.embeddings, answer.status),
  });
}
