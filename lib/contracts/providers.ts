import { z } from "zod";
import { defineContract } from "@/lib/http/contract";
import type { ProviderOverview } from "@/lib/llm";
import { isoDateTime } from "./common";

// GET /api/admin/providers: the LLM provider chain, each provider's status, and usage from Generation.

const providerName = z.enum(["builtin", "ollama", "deepseek", "openai"]);

export const providerStatusJson = z.object({
  name: providerName,
  role: z.enum(["primary", "fallback"]),
  model: z.string(),
  /** False when the price table has no row for the model: its calls are recorded at $0. */
  price_known: z.boolean(),
  endpoint: z.string().nullable(),
  configured: z.boolean(),
  not_configured_reason: z.string().nullable(),
  reachable: z.boolean().nullable(),
  probe_latency_ms: z.number().nullable(),
  probe_error_class: z.string().nullable(),
  probed_at: isoDateTime.nullable(),
  last_error_class: z.string().nullable(),
  last_error_at: isoDateTime.nullable(),
  cooldown_remaining_ms: z.number().int().min(0),
  consecutive_failures: z.number().int().min(0),
});

export const providerUsageJson = z.object({
  provider: z.string(),
  calls: z.number().int().min(0),
  failures: z.number().int().min(0),
  failure_rate: z.number().min(0).max(1),
  p50_latency_ms: z.number().nullable(),
  p95_latency_ms: z.number().nullable(),
  input_tokens: z.number().min(0),
  output_tokens: z.number().min(0),
  cached_tokens: z.number().min(0),
  cost_usd: z.number().min(0),
});

export const dailyProviderCallsJson = z.object({
  day: z.iso.date(),
  provider: z.string(),
  succeeded: z.number().int().min(0),
  failed: z.number().int().min(0),
  p95_latency_ms: z.number().nullable(),
});

export const providerOverviewJson = z.object({
  chain: z.array(providerName),
  providers: z.array(providerStatusJson),
  last_24h: z.array(providerUsageJson),
  last_7d: z.array(providerUsageJson),
  days: z.array(z.iso.date()),
  daily: z.array(dailyProviderCallsJson),
  generated_at: isoDateTime,
});
export type ProviderOverviewJson = z.infer<typeof providerOverviewJson>;

export const getProviderOverview = defineContract({
  method: "GET",
  path: "/api/admin/providers",
  summary:
    "LLM provider chain, status (reachability, cooldown, last error) and usage over the last 24 hours and 7 days",
  tags: ["admin"],
  auth: { session: "ADMIN" },
  response: providerOverviewJson,
});

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function presentProviderOverview(overview: ProviderOverview): ProviderOverviewJson {
  const usage = (rows: ProviderOverview["last24h"]) =>
    rows.map((row) => ({
      provider: row.provider,
      calls: row.calls,
      failures: row.failures,
      failure_rate: row.failureRate,
      p50_latency_ms: row.p50LatencyMs,
      p95_latency_ms: row.p95LatencyMs,
      input_tokens: row.inputTokens,
      output_tokens: row.outputTokens,
      cached_tokens: row.cachedTokens,
      cost_usd: row.costUsd,
    }));
  return {
    chain: overview.chain,
    providers: overview.providers.map((status) => ({
      name: status.name,
      role: status.role,
      model: status.model,
      price_known: status.priced,
      endpoint: status.endpoint,
      configured: status.configured,
      not_configured_reason: status.notConfiguredReason,
      reachable: status.reachable,
      probe_latency_ms: status.probeLatencyMs,
      probe_error_class: status.probeErrorClass,
      probed_at: iso(status.probedAt),
      last_error_class: status.lastErrorClass,
      last_error_at: iso(status.lastErrorAt),
      cooldown_remaining_ms: Math.round(status.cooldownRemainingMs),
      consecutive_failures: status.consecutiveFailures,
    })),
    last_24h: usage(overview.last24h),
    last_7d: usage(overview.last7d),
    days: overview.days,
    daily: overview.daily.map((row) => ({
      day: row.day,
      provider: row.provider,
      succeeded: row.succeeded,
      failed: row.failed,
      p95_latency_ms: row.p95LatencyMs,
    })),
    generated_at: overview.generatedAt.toISOString(),
  };
}
