import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth";
import { Invalid } from "@/lib/errors";
import { timed, type AttemptDeps } from "./attempt";
import { classifyError, type LlmError } from "./errors";
import { costOf } from "./prices";
import { createProvider } from "./providers";
import { backoffDelay, sleep } from "./retry";
import { llmRuntime } from "./runtime";
import type { EmbedResult, LlmProvider } from "./types";

// Embeddings through an embedding-capable provider (Ollama, OpenAI-compatible), with the gateway's
// timeout, retries and tracing. No fallback to another provider: vectors of different models do not
// compare, so a failure is reported to the caller (the embeddings module decides what to do).

/** What an embedding request came to. Either way it names every traced call, failed attempts included. */
export type EmbedOutcome =
  | (EmbedResult & { ok: true; provider: string; generationId: string | null; generationIds: string[] })
  | { ok: false; error: LlmError; generationIds: string[] };

export async function embedTexts(options: {
  provider: LlmProvider;
  model: string;
  texts: string[];
  dimensions?: number;
  /** The scoring request the vectors serve (see GenerationTrace.traceId). */
  traceId?: string;
  deps: Pick<AttemptDeps, "policy" | "tracer"> & Partial<Pick<AttemptDeps, "random" | "sleep" | "now">>;
}): Promise<EmbedOutcome> {
  const { provider, deps } = options;
  const embed = provider.embed?.bind(provider);
  if (!embed) throw new Invalid(`The ${provider.name} provider has no embeddings.`);
  const generationIds: string[] = [];
  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    const call = await timed(deps.policy.timeoutMs, (signal) =>
      embed({ input: options.texts, model: options.model, dimensions: options.dimensions, signal }),
    );
    const error: LlmError | null = call.value ? null : classifyError(call.error, { timedOut: call.timedOut });
    const usage = { inputTokens: call.value?.usage.inputTokens ?? 0, outputTokens: 0, cachedTokens: 0 };
    const createdAt = (deps.now ?? (() => new Date()))();
    const generationId = await deps.tracer
      .record({
        provider: provider.name,
        model: options.model,
        task: "embed",
        promptName: null,
        promptVersionNumber: null,
        promptVersionId: null,
        inferenceId: null,
        traceId: options.traceId ?? null,
        comparisonItemId: null,
        status: error ? "error" : "success",
        errorClass: error?.errorClass ?? null,
        attempt,
        fallbackFrom: null,
        ...usage,
        costUsd: costOf({ provider: provider.name, model: options.model, usage, at: createdAt }) ?? 0,
        latencyMs: performance.now() - started,
        createdAt,
      })
      .catch(() => null);
    if (generationId) generationIds.push(generationId);
    if (call.value) return { ok: true, ...call.value, provider: provider.name, generationId, generationIds };
    const failure = error ?? classifyError(call.error);
    const delay =
      failure.retryable && attempt <= deps.policy.maxRetries
        ? backoffDelay({ retry: attempt, policy: deps.policy, retryAfterMs: failure.retryAfterMs, random: deps.random })
        : null;
    if (delay === null) return { ok: false, error: failure, generationIds };
    await (deps.sleep ?? sleep)(delay);
  }
}

const embedInput = z.object({
  provider: z.enum(["ollama", "openai"]),
  model: z.string().min(1).max(200),
  texts: z.array(z.string().max(100_000)).min(1).max(256),
  dimensions: z.number().int().min(1).max(8192).optional(),
  traceId: z.string().min(1).max(64).optional(),
});

/** Embeds texts with the configured Ollama or OpenAI-compatible server (as set in the environment). */
export async function embed({ ctx, input }: { ctx: Actor; input: z.input<typeof embedInput> }): Promise<EmbedOutcome> {
  void ctx; // who asked is not recorded for embeddings yet; the signature matches the other verbs
  const { provider, ...rest } = embedInput.parse(input);
  const { config, gateway } = llmRuntime();
  const instance =
    gateway.providers.find((candidate) => candidate.name === provider) ?? createProvider(provider, config);
  return embedTexts({ provider: instance, ...rest, deps: { policy: config.policy, tracer: gateway.tracer } });
}
