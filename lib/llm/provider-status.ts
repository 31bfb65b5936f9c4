import "server-only";
import { classifyError, type ErrorClass } from "./errors";
import { priceFor } from "./prices";
import { lastProviderErrors } from "./provider-stats";
import { llmRuntime } from "./runtime";
import type { LlmProvider, ProviderName } from "./types";

// How each provider of the configured chain is doing, for the admin view. Reachability comes from a
// cheap probe (model list) with a short timeout, cached for 30 s so the page never hammers a provider.

export interface ProviderStatus {
  name: ProviderName;
  role: "primary" | "fallback";
  model: string;
  /** Whether the price table knows the model today; calls to an unknown one are recorded at $0. */
  priced: boolean;
  /** Origin and path the calls go to (never credentials); null for builtin. */
  endpoint: string | null;
  configured: boolean;
  notConfiguredReason: string | null;
  /** null when not probed (not configured). */
  reachable: boolean | null;
  probeLatencyMs: number | null;
  probeErrorClass: ErrorClass | null;
  probedAt: Date | null;
  lastErrorClass: string | null;
  lastErrorAt: Date | null;
  cooldownRemainingMs: number;
  consecutiveFailures: number;
}

interface Probe {
  reachable: boolean;
  latencyMs: number;
  errorClass: ErrorClass | null;
  at: Date;
}

const PROBE_TTL_MS = 30_000;
const PROBE_TIMEOUT_MS = 2_000;
const probes = new Map<string, { probe: Promise<Probe>; expires: number }>();

async function runProbe(provider: LlmProvider): Promise<Probe> {
  const started = performance.now();
  const signal = AbortSignal.timeout(PROBE_TIMEOUT_MS);
  try {
    await provider.probe({ signal });
    return { reachable: true, latencyMs: performance.now() - started, errorClass: null, at: new Date() };
  } catch (error) {
    const errorClass = classifyError(error, { timedOut: signal.aborted }).errorClass;
    return { reachable: false, latencyMs: performance.now() - started, errorClass, at: new Date() };
  }
}

/** Cached per provider and endpoint, so a changed configuration is probed afresh. */
function probeOf(provider: LlmProvider): Promise<Probe> {
  const key = `${provider.name} ${provider.endpoint ?? ""}`;
  const cached = probes.get(key);
  if (cached && cached.expires > Date.now()) return cached.probe;
  const probe = runProbe(provider);
  probes.set(key, { probe, expires: Date.now() + PROBE_TTL_MS });
  return probe;
}

export async function providerStatus(): Promise<ProviderStatus[]> {
  const { gateway } = llmRuntime();
  const stored = await lastProviderErrors();
  return Promise.all(
    gateway.providers.map(async (provider, index): Promise<ProviderStatus> => {
      const probe = provider.configured.ok ? await probeOf(provider) : null;
      const breaker = gateway.breaker.state(provider.name);
      const fromDb = stored.get(provider.name);
      // The breaker knows this process's latest failure; the database knows the ones before a restart.
      const useBreaker = breaker.lastErrorAt && (!fromDb || breaker.lastErrorAt >= fromDb.at);
      return {
        name: provider.name,
        role: index === 0 ? "primary" : "fallback",
        model: provider.model,
        priced: priceFor({ provider: provider.name, model: provider.model, at: new Date() }) !== null,
        endpoint: provider.endpoint,
        configured: provider.configured.ok,
        notConfiguredReason: provider.configured.ok ? null : provider.configured.reason,
        reachable: probe?.reachable ?? null,
        probeLatencyMs: probe ? Math.round(probe.latencyMs) : null,
        probeErrorClass: probe?.errorClass ?? null,
        probedAt: probe?.at ?? null,
        lastErrorClass: useBreaker ? breaker.lastErrorClass : (fromDb?.errorClass ?? null),
        lastErrorAt: useBreaker ? breaker.lastErrorAt : (fromDb?.at ?? null),
        cooldownRemainingMs: breaker.cooldownRemainingMs,
        consecutiveFailures: breaker.consecutiveFailures,
      };
    }),
  );
}
