import "server-only";
import type { z } from "zod";
import type { CircuitBreaker } from "./circuit-breaker";
import { classifyError, LlmError } from "./errors";
import { costOf, type PriceEntry } from "./prices";
import { backoffDelay, type RetryPolicy } from "./retry";
import { parseStructured } from "./structured";
import { modelFor, type PromptConfig } from "@/lib/vocabulary/prompt-config";
import type { GenerationTrace, Tracer } from "./trace";
import type { BuiltinTask, ChatMessage, GenerateResult, LlmProvider, ProviderName, TaskName } from "./types";

// One provider's share of a request: call, validate, retry (transient failures with backoff; invalid output
// once, with the error appended). Each call is traced and told to the breaker as it ends, so concurrent
// requests share what it learns; a retry goes out only while the breaker and the request's deadline allow.

export interface PromptRef {
  name: string;
  version: number;
  versionId: string | null;
}

export interface StructuredSchema<T> {
  name: string;
  zod: z.ZodType<T>;
  jsonSchema: Record<string, unknown>;
}

export interface CallSpec {
  task: TaskName | null;
  messages: ChatMessage[];
  prompt: PromptRef | null;
  /** The prompt version's model and the provider it belongs to: that provider runs it (see modelFor). */
  config?: Pick<PromptConfig, "provider" | "model">;
  schema?: StructuredSchema<unknown>;
  temperature?: number;
  maxTokens?: number;
  builtin?: BuiltinTask;
  /** Epoch ms after which no provider that needs the network is called: the rules answer instead. */
  deadline?: number;
  inferenceId?: string;
  /** The scoring request this call serves (see GenerationTrace.traceId). */
  traceId?: string;
  /** Set by prompt comparisons, so their calls stay out of production metrics. */
  comparisonItemId?: string;
}

export interface AttemptDeps {
  policy: RetryPolicy;
  breaker: CircuitBreaker;
  tracer: Tracer;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  now: () => Date;
  prices?: readonly PriceEntry[];
}

export type ProviderOutcome =
  | {
      ok: true;
      value: unknown;
      result: GenerateResult;
      /** The model that ran: the version's own on its provider, else the provider's configured one. */
      model: string;
      latencyMs: number;
      generationId: string | null;
      generationIds: string[];
      attempts: number;
    }
  | { ok: false; error: LlmError; attempts: number; generationIds: string[] };

type Checked =
  | { ok: true; value: unknown; result: GenerateResult }
  | { ok: false; error: LlmError; result: GenerateResult | undefined };

/** Classifies a failed call, or validates the answer of a successful one. */
function check(
  call: { value?: GenerateResult; error?: unknown; timedOut: boolean },
  schema: StructuredSchema<unknown> | undefined,
): Checked {
  const result = call.value;
  if (!result) return { ok: false, error: classifyError(call.error, { timedOut: call.timedOut }), result };
  try {
    if (schema) return { ok: true, value: parseStructured(result.text, schema.zod), result };
    if (result.text.trim() === "") throw new LlmError("invalid_output", "The answer was empty.");
    return { ok: true, value: result.text, result };
  } catch (error) {
    return { ok: false, error: classifyError(error), result };
  }
}

function repair(messages: ChatMessage[], answer: string, error: LlmError, structured: boolean): ChatMessage[] {
  const said: ChatMessage[] = answer.trim() ? [{ role: "assistant", content: answer.slice(0, 4000) }] : [];
  const again = structured
    ? "Answer again with only the JSON object, exactly as the schema requires."
    : "Answer again.";
  const ask = `Your previous answer was rejected. ${error.message.slice(0, 1500)} ${again}`;
  return [...messages, ...said, { role: "user", content: ask }];
}

/** Runs `run` with a signal that aborts after `timeoutMs`; reports whether that timeout fired. */
export async function timed<T>(
  timeoutMs: number,
  run: (signal: AbortSignal) => Promise<T>,
): Promise<{ value?: T; error?: unknown; timedOut: boolean }> {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException("The provider call timed out.", "TimeoutError")),
    timeoutMs,
  );
  try {
    return { value: await run(controller.signal), timedOut: false };
  } catch (error) {
    return { error, timedOut: controller.signal.aborted };
  } finally {
    clearTimeout(timer);
  }
}

export async function callProvider(options: {
  provider: LlmProvider;
  spec: CallSpec;
  fallbackFrom: ProviderName | null;
  deps: AttemptDeps;
}): Promise<ProviderOutcome> {
  const { provider, spec, deps } = options;
  const model = provider.usesPrompt ? modelFor(provider, spec.config ?? {}) : provider.model;
  let messages = provider.usesPrompt ? spec.messages : [];
  let retriesLeft = deps.policy.maxRetries;
  let repairsLeft = provider.usesPrompt ? 1 : 0;
  const generationIds: string[] = [];
  // The deadline is wall-clock time; deps.now only dates the traces (tests fix it for price windows).
  const remainingMs = () => (spec.deadline === undefined ? Infinity : spec.deadline - Date.now());
  const gaveUp = (error: LlmError, attempts: number): ProviderOutcome => ({
    ok: false,
    error,
    attempts,
    generationIds,
  });

  for (let attempt = 1; ; attempt++) {
    const started = performance.now();
    // The last call of a request gets what is left of its deadline, never more than the per-call timeout.
    const call = await timed(Math.min(deps.policy.timeoutMs, remainingMs()), (signal) =>
      provider.generate({
        messages,
        model,
        schema: spec.schema,
        temperature: spec.temperature,
        maxTokens: spec.maxTokens,
        task: spec.builtin,
        signal,
      }),
    );
    const checked = check(call, spec.schema);
    const latencyMs = performance.now() - started;
    const error = checked.ok ? null : checked.error;
    const generationId = await trace({ ...options, model, attempt, result: checked.result, error, latencyMs });
    if (generationId) generationIds.push(generationId);
    if (checked.ok) {
      deps.breaker.recordSuccess(provider.name);
      return {
        ok: true,
        value: checked.value,
        result: checked.result,
        model,
        latencyMs,
        generationId,
        generationIds,
        attempts: attempt,
      };
    }

    const failure = checked.error;
    const retry = deps.policy.maxRetries - retriesLeft + 1;
    const delay = backoffDelay({ retry, policy: deps.policy, retryAfterMs: failure.retryAfterMs, random: deps.random });
    // A Retry-After beyond the cap (delay null) opens the circuit for that long.
    const cooldownMs = delay === null && failure.retryAfterMs !== null ? failure.retryAfterMs : undefined;
    deps.breaker.recordFailure(provider.name, failure.errorClass, { cooldownMs });
    if (remainingMs() <= 0) return gaveUp(failure, attempt);
    if (failure.errorClass === "invalid_output" && repairsLeft > 0) {
      repairsLeft -= 1;
      messages = repair(messages, checked.result?.text ?? "", failure, spec.schema !== undefined);
      continue;
    }
    if (!failure.retryable || failure.errorClass === "invalid_output" || retriesLeft === 0) {
      return gaveUp(failure, attempt);
    }
    if (delay === null || delay >= remainingMs()) return gaveUp(failure, attempt);
    retriesLeft -= 1;
    await deps.sleep(delay);
    // Other requests' calls may have opened the circuit meanwhile: then this one stops too.
    if (!deps.breaker.tryAcquire(provider.name)) return gaveUp(failure, attempt);
  }
}

async function trace(options: {
  provider: LlmProvider;
  spec: CallSpec;
  fallbackFrom: ProviderName | null;
  deps: AttemptDeps;
  model: string;
  attempt: number;
  result: GenerateResult | undefined;
  error: LlmError | null;
  latencyMs: number;
}): Promise<string | null> {
  const { provider, spec, deps, model, result, error } = options;
  const usage = result?.usage ?? { inputTokens: 0, outputTokens: 0, cachedTokens: 0 };
  const createdAt = deps.now();
  const costUsd = costOf({ provider: provider.name, model, usage, at: createdAt }, deps.prices) ?? 0;
  const prompt = provider.usesPrompt ? spec.prompt : null;
  const row: GenerationTrace = {
    provider: provider.name,
    model,
    task: spec.task,
    promptName: prompt?.name ?? null,
    promptVersionNumber: prompt?.version ?? null,
    promptVersionId: prompt?.versionId ?? null,
    inferenceId: spec.inferenceId ?? null,
    traceId: spec.traceId ?? null,
    comparisonItemId: spec.comparisonItemId ?? null,
    status: error ? "error" : "success",
    errorClass: error?.errorClass ?? null,
    attempt: options.attempt,
    fallbackFrom: options.fallbackFrom,
    ...usage,
    costUsd,
    latencyMs: options.latencyMs,
    createdAt,
  };
  // The Tracer contract says it never throws; a custom one that does still must not fail the call.
  return deps.tracer.record(row).catch(() => null);
}
