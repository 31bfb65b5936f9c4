import "server-only";
import { env as readEnv, type Env } from "@/lib/env";
import type { RetryPolicy } from "./retry";
import type { ProviderName } from "./types";

// The gateway's configuration, read from the environment (lib/env.ts holds the defaults and documents
// them). Selection: LLM_PROVIDER names the primary; without it ENV=DEV means Ollama (as the original
// system did) and ENV=PROD means DeepSeek when its key is set; otherwise the builtin rules. LLM_FALLBACKS
// follow in order, and builtin always closes the chain, so a task never fails because an LLM did.

export interface GatewayConfig {
  chain: ProviderName[];
  policy: RetryPolicy;
  /** A request's whole budget for one task, across providers and retries; prompt comparisons have none. */
  deadlineMs: number;
  cooldown: { failureThreshold: number; cooldownMs: number };
  ollama: { host: string; model: string };
  deepseek: { baseUrl: string; apiKey?: string; model: string };
  openai: { baseUrl: string; apiKey?: string; model: string };
  /** Export of traced calls to Langfuse; null unless both keys are set. */
  langfuse: { publicKey: string; secretKey: string; baseUrl: string } | null;
}

type SelectionEnv = Pick<Env, "LLM_PROVIDER" | "ENV" | "DEEPSEEK_API_KEY" | "LLM_FALLBACKS">;

export function selectPrimary(env: SelectionEnv): ProviderName {
  if (env.LLM_PROVIDER) return env.LLM_PROVIDER;
  if (env.ENV === "DEV" || env.ENV === "DEVELOPMENT") return "ollama";
  if ((env.ENV === "PROD" || env.ENV === "PRODUCTION") && env.DEEPSEEK_API_KEY) return "deepseek";
  return "builtin";
}

export function selectChain(env: SelectionEnv): ProviderName[] {
  const chain = [...new Set<ProviderName>([selectPrimary(env), ...env.LLM_FALLBACKS])];
  if (!chain.includes("builtin")) chain.push("builtin");
  return chain;
}

export function gatewayConfig(env: Env = readEnv()): GatewayConfig {
  return {
    chain: selectChain(env),
    policy: {
      timeoutMs: env.LLM_TIMEOUT_MS,
      maxRetries: env.LLM_MAX_RETRIES,
      baseMs: env.LLM_RETRY_BASE_MS,
      maxDelayMs: env.LLM_RETRY_MAX_MS,
    },
    deadlineMs: env.LLM_DEADLINE_MS,
    cooldown: { failureThreshold: env.LLM_COOLDOWN_FAILURES, cooldownMs: env.LLM_COOLDOWN_MS },
    ollama: { host: env.OLLAMA_HOST, model: env.OLLAMA_MODEL },
    deepseek: { baseUrl: env.DEEPSEEK_BASE_URL, apiKey: env.DEEPSEEK_API_KEY, model: env.DEEPSEEK_MODEL },
    openai: { baseUrl: env.OPENAI_BASE_URL, apiKey: env.OPENAI_API_KEY, model: env.OPENAI_MODEL },
    langfuse:
      env.LANGFUSE_PUBLIC_KEY && env.LANGFUSE_SECRET_KEY
        ? { publicKey: env.LANGFUSE_PUBLIC_KEY, secretKey: env.LANGFUSE_SECRET_KEY, baseUrl: env.LANGFUSE_BASE_URL }
        : null,
  };
}
