"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { fetchJson } from "@/components/query/fetch-json";
import * as api from "@/lib/contracts/models";

// Typed fetchers and hooks for Admin → Models. Server pages pass what they already read as initial data.

export const modelKeys = {
  all: ["admin", "models"] as const,
  comparison: (version: string, recent: number) => ["admin", "models", version, "comparison", recent] as const,
};

export function useModelComparison(version: string, recent: number, initialData?: api.ComparisonJson) {
  return useQuery({
    queryKey: modelKeys.comparison(version, recent),
    queryFn: () =>
      fetchJson(`/api/admin/models/${encodeURIComponent(version)}/comparison?recent=${recent}`, api.comparisonJson),
    initialData,
    placeholderData: keepPreviousData,
  });
}

export function useActivateModel() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof api.activateModelBody>) =>
      fetchJson("/api/admin/models/activations", api.activationResultJson, { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: modelKeys.all }),
  });
}
