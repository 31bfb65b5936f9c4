import "server-only";
import type { LlmProvider } from "../types";
import { createOpenAiCompatibleProvider } from "./openai-compatible";

// DeepSeek through the OpenAI-compatible API. It has JSON mode but no JSON-schema parameter: the schema is
// described in the system message and the answer validated client-side (a blank or invalid body retries).
// Usage reports prompt-cache hits (`prompt_cache_hit_tokens`), which the price table charges lower.
// V4 models think before answering unless told not to: every task here is a short extraction or rationale
// under a request's deadline, and a chain of thought only costs time and tokens, so thinking is off.

export function createDeepSeekProvider(options: {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
}): LlmProvider {
  return createOpenAiCompatibleProvider({
    name: "deepseek",
    baseUrl: options.baseUrl,
    apiKey: options.apiKey,
    model: options.model,
    structured: "json_object",
    unconfiguredReason: options.apiKey ? null : "DEEPSEEK_API_KEY is not set",
    embeddings: false,
    timeoutMs: options.timeoutMs,
    extraBody: { thinking: { type: "disabled" } },
  });
}
