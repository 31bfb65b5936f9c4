import "server-only";
import type { LlmProvider } from "../types";
import { createOpenAiCompatibleProvider } from "./openai-compatible";

// DeepSeek through the OpenAI-compatible API: JSON mode with the schema described in the system message,
// validated here; cache-hit tokens reported for the price table. V4 models think unless told not to, which
// for these short tasks under a deadline only costs time and tokens (and precedes the JSON): thinking is off.

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
