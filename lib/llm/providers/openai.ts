import "server-only";
import type { LlmProvider } from "../types";
import { createOpenAiCompatibleProvider } from "./openai-compatible";

// OpenAI, or any server speaking its API (vLLM, LM Studio, llama.cpp server…) at OPENAI_BASE_URL.
// Structured output uses `response_format: json_schema` in strict mode, so the server enforces the schema.

export const OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1";

export function createOpenAiProvider(options: {
  baseUrl: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
}): LlmProvider {
  // OpenAI itself needs a key; a self-hosted compatible server may not.
  const needsKey = new URL(options.baseUrl).hostname === new URL(OPENAI_DEFAULT_BASE_URL).hostname;
  return createOpenAiCompatibleProvider({
    name: "openai",
    baseUrl: options.baseUrl,
    apiKey: options.apiKey,
    model: options.model,
    structured: "json_schema",
    unconfiguredReason: needsKey && !options.apiKey ? "OPENAI_API_KEY is not set" : null,
    embeddings: true,
    timeoutMs: options.timeoutMs,
  });
}
