"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type z } from "zod";
import { fetchJson } from "@/components/query/fetch-json";
import { refreshAfterWrite } from "@/components/query/refresh";
import * as api from "@/lib/contracts/admin";

export const adminKeys = {
  apiKeys: ["admin", "api-keys"] as const,
  users: ["admin", "users"] as const,
};

export function useApiKeys() {
  return useQuery({
    queryKey: adminKeys.apiKeys,
    queryFn: () => fetchJson("/api/admin/api-keys", api.apiKeyListJson),
  });
}

export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof api.createApiKeyBody>) =>
      fetchJson("/api/admin/api-keys", api.createdApiKeyJson, { method: "POST", body }),
    onSuccess: () => refreshAfterWrite(client, { queryKey: adminKeys.apiKeys }),
  });
}

export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      fetchJson(`/api/admin/api-keys/${encodeURIComponent(id)}`, api.apiKeyJson, { method: "DELETE" }),
    onSuccess: () => refreshAfterWrite(client, { queryKey: adminKeys.apiKeys }),
  });
}

export function useUsers() {
  return useQuery({ queryKey: adminKeys.users, queryFn: () => fetchJson("/api/admin/users", api.userListJson) });
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof api.createUserBody>) =>
      fetchJson("/api/admin/users", api.userJson, { method: "POST", body }),
    onSuccess: () => refreshAfterWrite(client, { queryKey: adminKeys.users }),
  });
}
