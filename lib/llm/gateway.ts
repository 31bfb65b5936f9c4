import "server-only";
import { ServiceUnavailable } from "@/lib/errors";
import { log } from "@/lib/log";
import { callProvider, type AttemptDeps, type CallSpec, type PromptRef, type StructuredSchema } from "./attempt";
import type { CircuitBreaker } from "./circuit-breaker";
import type { ErrorClass } from "./errors";
import { sleep as realSleep } from "./retry";
import type { LlmProvider, ProviderName, Usage } from "./types";

// The gateway: walks the provider chain in order, skipping providers that are not configured or are
// cooling down, and answers with the first provider whose answer validates. It says which one answered.

export interface GatewayDeps extends Partial<Pick<AttemptDeps, "random" | "sleep" | "now" | "prices">> {
  providers: LlmProvider[];
  policy: AttemptDeps["policy"];
  breaker: CircuitBreaker;
  tracer: AttemptDeps["tracer"];
}

export interface GenerateOutcome<T> {
  value: T;
  /** The answer as the provider wrote it. */
  text: string;
  provider: ProviderName;
  model: string;
  /** The prompt that ran; null when the builtin rules answered. */
  prompt: PromptRef | null;
  generationId: string | null;
  /** Every traced call made for this request across the chain (failed attempts and fallbacks included). */
  generationIds: string[];
  usage: Usage;
  latencyMs: number;
  /** Provider calls made for this request, across the chain. */
  calls: number;
}

/** Every provider in the chain failed or was skipped (not possible for tasks, whose chain ends in builtin). */
export class AllProvidersFailed extends ServiceUnavailable {
  constructor(readonly failures: { provider: ProviderName; errorClass: ErrorClass | "skipped" }[]) {
    super("No language model provider could answer.");
  }
}

export interface Gateway {
  providers: readonly LlmProvider[];
  breaker: CircuitBreaker;
  tracer: AttemptDeps["tracer"];
  generate<T>(spec: CallSpec & { schema: StructuredSchema<T> }): Promise<GenerateOutcome<T>>;
  generate(spec: CallSpec): Promise<GenerateOutcome<string>>;
}

export function createGateway(deps: GatewayDeps): Gateway {
  const attemptDeps: AttemptDeps = {
    policy: deps.policy,
    breaker: deps.breaker,
    tracer: deps.tracer,
    random: deps.random ?? Math.random,
    sleep: deps.sleep ?? realSleep,
    now: deps.now ?? (() => new Date()),
    prices: deps.prices,
  };

  async function generate(spec: CallSpec): Promise<GenerateOutcome<unknown>> {
    const failures: AllProvidersFailed["failures"] = [];
    let fallbackFrom: ProviderName | null = null;
    let calls = 0;
    const generationIds: string[] = [];
    for (const provider of deps.providers) {
      if (!provider.configured.ok) continue;
      if (provider.usesPrompt && spec.messages.length === 0) continue; // no prompt could be resolved
      if (!provider.usesPrompt && !spec.builtin) continue;
      const pastDeadline = spec.deadline !== undefined && Date.now() >= spec.deadline;
      // The rules (no prompt, no network) answer at once, so they run whatever the deadline.
      if ((provider.usesPrompt && pastDeadline) || !deps.breaker.tryAcquire(provider.name)) {
        failures.push({ provider: provider.name, errorClass: "skipped" });
        fallbackFrom = provider.name;
        continue;
      }
      const outcome = await callProvider({ provider, spec, fallbackFrom, deps: attemptDeps });
      calls += outcome.attempts;
      generationIds.push(...outcome.generationIds);
      if (outcome.ok) {
        return {
          value: outcome.value,
          text: outcome.result.text,
          provider: provider.name,
          model: outcome.model,
          prompt: provider.usesPrompt ? spec.prompt : null,
          generationId: outcome.generationId,
          generationIds,
          usage: outcome.result.usage,
          latencyMs: outcome.latencyMs,
          calls,
        };
      }
      log.warn("LLM provider failed; trying the next one", {
        provider: provider.name,
        errorClass: outcome.error.errorClass,
        task: spec.task,
      });
      failures.push({ provider: provider.name, errorClass: outcome.error.errorClass });
      fallbackFrom = provider.name;
    }
    throw new AllProvidersFailed(failures);
  }

  return {
    providers: deps.providers,
    breaker: deps.breaker,
    tracer: deps.tracer,
    generate: generate as Gateway["generate"],
  };
}
