import "server-only";
import { Ollama } from "ollama";
import { displayUrl } from "@/lib/util/base-url";
import { parseRetryAfter, ProviderHttpError } from "../errors";
import type { GenerateResult, LlmProvider } from "../types";

// Ollama through the `ollama` client. The client has no timeout and drops response headers, so each call
// gets its own client whose fetch carries the gateway's abort signal and keeps Retry-After of an error.
// Structured output: the JSON Schema goes in `format`, which Ollama enforces while decoding.

interface CallState {
  retryAfterMs: number | null;
}

function clientFor(host: string, signal: AbortSignal, state: CallState): Ollama {
  return new Ollama({
    host,
    fetch: async (input, init) => {
      const signals = init?.signal ? AbortSignal.any([init.signal, signal]) : signal;
      const response = await fetch(input, { ...init, signal: signals });
      if (!response.ok) state.retryAfterMs = parseRetryAfter(response.headers);
      return response;
    },
  });
}

/** The client's ResponseError (not exported by the package) carries the HTTP status as `status_code`. */
function translate(error: unknown, state: CallState): unknown {
  if (error instanceof Error && error.name === "ResponseError") {
    const status = (error as Error & { status_code?: unknown }).status_code;
    if (typeof status === "number") return new ProviderHttpError(status, `HTTP ${status}`, state.retryAfterMs);
  }
  return error;
}

export function createOllamaProvider(options: { host: string; model: string }): LlmProvider {
  return {
    name: "ollama",
    model: options.model,
    configured: { ok: true },
    endpoint: displayUrl(options.host),
    usesPrompt: true,

    async generate(request): Promise<GenerateResult> {
      const state: CallState = { retryAfterMs: null };
      try {
        const response = await clientFor(options.host, request.signal, state).chat({
          model: request.model ?? options.model,
          messages: request.messages,
          stream: false,
          format: request.schema?.jsonSchema,
          options: { temperature: request.temperature, num_predict: request.maxTokens },
        });
        return {
          text: response.message?.content ?? "",
          model: response.model || (request.model ?? options.model),
          usage: {
            inputTokens: response.prompt_eval_count ?? 0,
            outputTokens: response.eval_count ?? 0,
            cachedTokens: 0,
          },
        };
      } catch (error) {
        throw translate(error, state);
      }
    },

    async embed(request) {
      const state: CallState = { retryAfterMs: null };
      try {
        const response = await clientFor(options.host, request.signal, state).embed({
          model: request.model ?? options.model,
          input: request.input,
          dimensions: request.dimensions,
        });
        return {
          vectors: response.embeddings,
          model: response.model,
          usage: { inputTokens: response.prompt_eval_count ?? 0 },
        };
      } catch (error) {
        throw translate(error, state);
      }
    },

    async probe({ signal }) {
      const state: CallState = { retryAfterMs: null };
      try {
        await clientFor(options.host, signal, state).list();
      } catch (error) {
        throw translate(error, state);
      }
    },
  };
}
