"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/components/query/fetch-json";
import * as api from "@/lib/contracts/drift";
import { HISTORY_LIMIT } from "./limits";

// Client data for the drift page: typed fetchers over the contracts, one key factory, one hook each.

export const driftKeys = {
  all: ["drift"] as const,
  reports: (limit: number) => ["drift", "reports", limit] as const,
  report: (id: string) => ["drift", "report", id] as const,
};

export const fetchDriftReports = (limit: number) =>
  fetchJson(`/api/drift/reports?limit=${limit}`, api.driftReportListJson);
export const fetchDriftReport = (id: string) =>
  fetchJson(`/api/drift/reports/${encodeURIComponent(id)}`, api.driftReportJson);

export function useDriftReports(initialData?: api.DriftReportListJson) {
  return useQuery({
    queryKey: driftKeys.reports(HISTORY_LIMIT),
    queryFn: () => fetchDriftReports(HISTORY_LIMIT),
    initialData,
  });
}

export function useDriftReport(id: string | null, initialData?: api.DriftReportJson) {
  return useQuery({
    queryKey: driftKeys.report(id ?? "none"),
    queryFn: () => fetchDriftReport(id!),
    enabled: id !== null,
    initialData: initialData && initialData.id === id ? initialData : undefined,
  });
}

export function useRunDrift() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => fetchJson("/api/admin/drift/run", api.driftRunJson, { method: "POST" }),
    onSuccess: () => client.invalidateQueries({ queryKey: driftKeys.all }),
  });
}

export function usePinBaseline() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (window: { start: string; end: string }) =>
      fetchJson("/api/admin/drift/baselines", api.driftBaselineJson, { method: "POST", body: window }),
    onSuccess: () => client.invalidateQueries({ queryKey: driftKeys.all }),
  });
}

export function useUnpinBaseline() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      fetchJson(`/api/admin/drift/baselines/${encodeURIComponent(id)}`, api.driftBaselineJson, { method: "DELETE" }),
    onSuccess: () => client.invalidateQueries({ queryKey: driftKeys.all }),
  });
}
