import "server-only";
import type OpenAI from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { displayUrl } from "@/lib/util/base-url";
import { parseRetryAfter, ProviderHttpError } from "../errors";
import { withoutKeywords } from "../structured";
import type { GenerateRequest, GenerateResult, LlmProvider, ProviderName } from "../types";

// Shared by the DeepSeek and OpenAI adapters: any OpenAI-compatible chat-completions server, through the
// `openai` client. The SDK's own retries are off (the gateway runs the only retry loop), and its HTTP
// errors become ProviderHttpError with the Retry-After the server sent. The SDK is loaded by the first call:
// an instance that never calls such a server (the built-in chain, ranking) does not hold it (~25 MB).

const sdk = () => import("openai");

export interface OpenAiCompatibleOptions {
  name: ProviderName;
  baseUrl: string;
  apiKey: string | undefined;
  model: string;
  /** `json_schema`: the schema is enforced by the server (OpenAI); `json_object`: JSON mode plus the schema in the prompt (DeepSeek). */
  structured: "json_schema" | "json_object";
  /** Why the provider cannot run, e.g. no API key for a hosted service; null when it can. */
  unconfiguredReason: string | null;
  /** Whether the server has an embeddings endpoint (OpenAI yes, DeepSeek no). */
  embeddings: boolean;
  /** Upper bound the SDK enforces on its own; the gateway's per-call signal normally fires first. */
  timeoutMs: number;
  /** Vendor parameters sent with every chat call, beside OpenAI's (e.g. DeepSeek's `thinking`). */
  extraBody?: Record<string, unknown>;
}

// OpenAI's strict structured outputs refuse these JSON Schema keywords; the zod validation still applies them.
const STRICT_UNSUPPORTED = new Set(["minLength", "maxLength"]);

interface DeepSeekUsage {
  prompt_cache_hit_tokens?: number;
}

function responseFormat(
  options: OpenAiCompatibleOptions,
  request: GenerateRequest,
): ChatCompletionCreateParamsNonStreaming["response_format"] {
  if (!request.schema) return undefined;
  if (options.structured === "json_object") return { type: "json_object" };
  const schema = withoutKeywords(request.schema.jsonSchema, STRICT_UNSUPPORTED) as Record<string, unknown>;
  return { type: "json_schema", json_schema: { name: request.schema.name, schema, strict: true } };
}

/** JSON mode has no schema parameter: the schema goes into the system message instead. */
function messagesFor(options: OpenAiCompatibleOptions, request: GenerateRequest): GenerateRequest["messages"] {
  if (!request.schema || options.structured !== "json_object") return request.messages;
  const instruction = `Answer with one JSON object (json) that validates against this JSON Schema:\n${JSON.stringify(request.schema.jsonSchema)}`;
  const [first, ...rest] = request.messages;
  if (first?.role === "system") return [{ role: "system", content: `${first.content}\n\n${instruction}` }, ...rest];
  return [{ role: "system", content: instruction }, ...request.messages];
}

async function translate(error: unknown): Promise<unknown> {
  const { default: OpenAI } = await sdk();
  if (error instanceof OpenAI.APIError && typeof error.status === "number") {
    return new ProviderHttpError(error.status, `HTTP ${error.status}`, parseRetryAfter(error.headers));
  }
  return error;
}

export function createOpenAiCompatibleProvider(options: OpenAiCompatibleOptions): LlmProvider {
  let client: Promise<OpenAI> | undefined;
  const clientOf = () =>
    (client ??= sdk().then(
      ({ default: OpenAI }) =>
        new OpenAI({
          // An OpenAI-compatible server without authentication still needs a non-empty key for the SDK.
          apiKey: options.apiKey ?? "no-key",
          baseURL: options.baseUrl,
          // Never pick up OpenAI organisation/project ids from the environment for another vendor's server.
          organization: null,
          project: null,
          maxRetries: 0,
          timeout: options.timeoutMs,
        }),
    ));

  const provider: LlmProvider = {
    name: options.name,
    model: options.model,
    configured: options.unconfiguredReason ? { ok: false, reason: options.unconfiguredReason } : { ok: true },
    endpoint: displayUrl(options.baseUrl),
    usesPrompt: true,

    async generate(request): Promise<GenerateResult> {
      try {
        // Extra vendor fields travel in the JSON body like any other parameter (the SDK sends params as is).
        const params: ChatCompletionCreateParamsNonStreaming = {
          ...options.extraBody,
          model: request.model ?? options.model,
          messages: messagesFor(options, request),
          response_format: responseFormat(options, request),
          temperature: request.temperature,
          max_tokens: request.maxTokens,
          stream: false,
        };
        const completion = await (
          await clientOf()
        ).chat.completions.create(params, { signal: request.signal, maxRetries: 0 });
        const usage = completion.usage;
        const cached =
          (usage as DeepSeekUsage | undefined)?.prompt_cache_hit_tokens ??
          usage?.prompt_tokens_details?.cached_tokens ??
          0;
        return {
          text: completion.choices[0]?.message.content ?? "",
          model: completion.model || (request.model ?? options.model),
          usage: {
            inputTokens: usage?.prompt_tokens ?? 0,
            outputTokens: usage?.completion_tokens ?? 0,
            cachedTokens: cached,
          },
        };
      } catch (error) {
        throw await translate(error);
      }
    },

    async probe({ signal }) {
      try {
        await (await clientOf()).models.list({ signal, maxRetries: 0 });
      } catch (error) {
        throw await translate(error);
      }
    },
  };
  if (!options.embeddings) return provider;

  provider.embed = async (request) => {
    try {
      const response = await (
        await clientOf()
      ).embeddings.create(
        {
          model: request.model ?? options.model,
          input: request.input,
          dimensions: request.dimensions,
          encoding_format: "float",
        },
        { signal: request.signal, maxRetries: 0 },
      );
      return {
        vectors: response.data.sort((a, b) => a.index - b.index).map((item) => item.embedding),
        model: response.model,
        usage: { inputTokens: response.usage?.prompt_tokens ?? 0 },
      };
    } catch (error) {
      throw await translate(error);
    }
  };
  return provider;
}
