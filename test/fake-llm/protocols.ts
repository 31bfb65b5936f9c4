// Wire-format builders for the fake LLM server: Ollama (/api/*) and OpenAI-compatible (/v1/*) shapes.
import { createHash, randomUUID } from "node:crypto";

import type { Endpoint, Protocol, RecordedRequest, StatusBehaviour, UsageSpec } from "./behaviours";

export interface Route {
  protocol: Protocol;
  endpoint: Endpoint;
}

/** A response as written to the socket: each chunk is written in order (several only when streaming). */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  chunks: string[];
}

export interface SuccessOptions {
  content: string;
  usage?: UsageSpec;
  embeddings?: number[][];
  /** `blank`: empty content, no vectors, no models. */
  empty?: boolean;
  embeddingDimension: number;
  models: readonly string[];
  deepseekUsage: boolean;
}

const ROUTES: Record<string, Route> = {
  "POST /api/chat": { protocol: "ollama", endpoint: "chat" },
  "POST /api/generate": { protocol: "ollama", endpoint: "generate" },
  "POST /api/embed": { protocol: "ollama", endpoint: "embed" },
  "GET /api/tags": { protocol: "ollama", endpoint: "models" },
  "POST /v1/chat/completions": { protocol: "openai", endpoint: "chat" },
  "POST /v1/embeddings": { protocol: "openai", endpoint: "embed" },
  "GET /v1/models": { protocol: "openai", endpoint: "models" },
};

export function routeFor(method: string, path: string): Route | null {
  return ROUTES[`${method} ${path}`] ?? null;
}

export function protocolOfPath(path: string): Protocol | null {
  if (path.startsWith("/api/")) return "ollama";
  if (path.startsWith("/v1/")) return "openai";
  return null;
}

/** Plausible token count for a text: ceil(chars / 4). */
export function countTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Deterministic unit vector seeded by an FNV-1a hash of the text (mulberry32 PRNG). */
export function fakeEmbedding(text: string, dimension = 8): number[] {
  let seed = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) seed = Math.imul(seed ^ text.charCodeAt(i), 0x01000193) >>> 0;
  const next = (): number => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const raw = Array.from({ length: dimension }, () => next() * 2 - 1);
  const norm = Math.hypot(...raw) || 1;
  return raw.map((value) => value / norm);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    // OpenAI content parts: [{ type: "text", text }, ...]
    return content.map((part) => (isRecord(part) && typeof part.text === "string" ? part.text : "")).join("");
  }
  return "";
}

/** Embedding inputs as strings (token-array inputs are JSON-stringified). */
export function embeddingInputs(body: unknown): string[] {
  const input = isRecord(body) ? body.input : undefined;
  if (typeof input === "string") return [input];
  if (!Array.isArray(input)) return [];
  if (input.every((item) => typeof item === "number")) return [JSON.stringify(input)];
  return input.map((item) => (typeof item === "string" ? item : JSON.stringify(item)));
}

export function promptOf(endpoint: Endpoint | null, body: unknown): string {
  if (!isRecord(body)) return "";
  if (endpoint === "chat" && Array.isArray(body.messages)) {
    return body.messages.map((message) => (isRecord(message) ? textOf(message.content) : "")).join("\n");
  }
  if (endpoint === "generate") return [textOf(body.system), textOf(body.prompt)].filter(Boolean).join("\n");
  if (endpoint === "embed") return embeddingInputs(body).join("\n");
  return "";
}

/** Reasons a request is rejected before any behaviour applies (like the real servers), or null. */
export function validate(route: Route, body: unknown): string | null {
  if (route.endpoint === "models") return null;
  if (!isRecord(body)) return "request body must be a JSON object";
  if (typeof body.model !== "string" || body.model === "") return "model is required";
  return null;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): WireResponse => ({
  status,
  headers: { "content-type": "application/json; charset=utf-8", ...headers },
  chunks: [JSON.stringify(body)],
});

function resolveUsage(request: RecordedRequest, content: string, spec: UsageSpec | undefined) {
  const input = spec?.input ?? countTokens(request.prompt);
  const output = spec?.output ?? countTokens(content);
  return { input, output, cached: spec?.cached ?? 0 };
}

function split(content: string, parts: number): string[] {
  const size = Math.max(1, Math.ceil(content.length / parts));
  const pieces: string[] = [];
  for (let i = 0; i < content.length; i += size) pieces.push(content.slice(i, i + size));
  return pieces;
}

function ollamaSuccess(route: Route, request: RecordedRequest, options: SuccessOptions): WireResponse {
  const model = request.model ?? "fake";
  const created_at = new Date().toISOString();
  if (route.endpoint === "models") {
    const models = options.empty ? [] : options.models;
    return json(200, {
      models: models.map((name) => ({
        name,
        model: name,
        modified_at: "2025-01-01T00:00:00Z",
        size: 1_000_000,
        digest: createHash("sha256").update(name).digest("hex"),
        details: {
          parent_model: "",
          format: "gguf",
          family: "fake",
          families: ["fake"],
          parameter_size: "1B",
          quantization_level: "Q4_K_M",
        },
      })),
    });
  }
  const { input, output } = resolveUsage(request, options.content, options.usage);
  const load_duration = 1_000_000;
  const prompt_eval_duration = input * 100_000;
  const eval_duration = output * 1_000_000;
  const total_duration = load_duration + prompt_eval_duration + eval_duration + 500_000;
  if (route.endpoint === "embed") {
    return json(200, {
      model,
      embeddings: vectors(request, options),
      total_duration,
      load_duration,
      prompt_eval_count: input,
    });
  }
  const stats = {
    total_duration,
    load_duration,
    prompt_eval_count: input,
    prompt_eval_duration,
    eval_count: output,
    eval_duration,
  };
  const isChat = route.endpoint === "chat";
  const piece = (text: string) => (isChat ? { message: { role: "assistant", content: text } } : { response: text });
  const final = {
    model,
    created_at,
    ...piece(""),
    done: true,
    done_reason: "stop",
    ...(isChat ? {} : { context: [1, 2, 3] }),
    ...stats,
  };
  if (!request.stream) return json(200, { ...final, ...piece(options.content) });
  const chunks = split(options.content, 3).map((text) => ({ model, created_at, ...piece(text), done: false }));
  return {
    status: 200,
    headers: { "content-type": "application/x-ndjson" },
    chunks: [...chunks, final].map((chunk) => `${JSON.stringify(chunk)}\n`),
  };
}

function vectors(request: RecordedRequest, options: SuccessOptions): number[][] {
  if (options.empty) return [];
  if (options.embeddings) return options.embeddings;
  const body = isRecord(request.body) ? request.body : {};
  const dimension = typeof body.dimensions === "number" ? body.dimensions : options.embeddingDimension;
  return embeddingInputs(body).map((text) => fakeEmbedding(text, dimension));
}

function openaiSuccess(route: Route, request: RecordedRequest, options: SuccessOptions): WireResponse {
  const model = request.model ?? "fake";
  const created = Math.floor(Date.now() / 1000);
  if (route.endpoint === "models") {
    const models = options.empty ? [] : options.models;
    return json(200, {
      object: "list",
      data: models.map((id) => ({ id, object: "model", created: 1_735_689_600, owned_by: "fake-llm" })),
    });
  }
  const { input, output, cached } = resolveUsage(request, options.content, options.usage);
  if (route.endpoint === "embed") {
    const base64 = isRecord(request.body) && request.body.encoding_format === "base64";
    const data = vectors(request, options).map((vector, index) => ({
      object: "embedding",
      index,
      embedding: base64 ? Buffer.from(new Float32Array(vector).buffer).toString("base64") : vector,
    }));
    return json(200, { object: "list", data, model, usage: { prompt_tokens: input, total_tokens: input } });
  }
  const deepseek = options.usage?.deepseek ?? options.deepseekUsage;
  const usage = {
    prompt_tokens: input,
    completion_tokens: output,
    total_tokens: input + output,
    prompt_tokens_details: { cached_tokens: cached },
    completion_tokens_details: { reasoning_tokens: 0 },
    ...(deepseek ? { prompt_cache_hit_tokens: cached, prompt_cache_miss_tokens: Math.max(0, input - cached) } : {}),
  };
  const id = `chatcmpl-${randomUUID()}`;
  const envelope = { id, created, model, system_fingerprint: "fp_fake" };
  if (!request.stream) {
    const message = { role: "assistant", content: options.content, refusal: null, annotations: [] };
    return json(200, {
      ...envelope,
      object: "chat.completion",
      choices: [{ index: 0, message, logprobs: null, finish_reason: "stop" }],
      usage,
    });
  }
  const chunk = (delta: object, finish_reason: string | null) => ({
    ...envelope,
    object: "chat.completion.chunk",
    choices: [{ index: 0, delta, logprobs: null, finish_reason }],
  });
  const events: object[] = [
    chunk({ role: "assistant", content: "" }, null),
    ...split(options.content, 3).map((text) => chunk({ content: text }, null)),
    chunk({}, "stop"),
  ];
  const body = isRecord(request.body) ? request.body : {};
  const includeUsage = isRecord(body.stream_options) && body.stream_options.include_usage === true;
  if (includeUsage) events.push({ ...envelope, object: "chat.completion.chunk", choices: [], usage });
  return {
    status: 200,
    headers: { "content-type": "text/event-stream", "cache-control": "no-cache" },
    chunks: [...events.map((event) => `data: ${JSON.stringify(event)}\n\n`), "data: [DONE]\n\n"],
  };
}

export function successResponse(route: Route, request: RecordedRequest, options: SuccessOptions): WireResponse {
  return route.protocol === "ollama" ? ollamaSuccess(route, request, options) : openaiSuccess(route, request, options);
}

const OPENAI_ERRORS: Record<number, { message: string; type: string; code: string | null }> = {
  400: { message: "Invalid request.", type: "invalid_request_error", code: null },
  401: { message: "Incorrect API key provided.", type: "invalid_request_error", code: "invalid_api_key" },
  404: { message: "Not found.", type: "invalid_request_error", code: "not_found" },
  429: { message: "Rate limit reached for requests.", type: "requests", code: "rate_limit_exceeded" },
  500: { message: "The server had an error while processing your request.", type: "server_error", code: null },
  503: {
    message: "The engine is currently overloaded, please try again later.",
    type: "server_error",
    code: "service_unavailable",
  },
};

const OLLAMA_ERRORS: Record<number, string> = {
  400: "invalid request",
  401: "unauthorized",
  404: "not found",
  429: "too many requests",
  500: "internal server error",
  503: "server busy, please try again. maximum pending requests exceeded",
};

export function errorResponse(
  protocol: Protocol | null,
  status: number,
  message?: string,
  extraHeaders: Record<string, string> = {},
): WireResponse {
  if (protocol === "openai") {
    const known = OPENAI_ERRORS[status] ?? { message: `HTTP ${status}`, type: "server_error", code: null };
    return json(
      status,
      { error: { message: message ?? known.message, type: known.type, param: null, code: known.code } },
      extraHeaders,
    );
  }
  if (protocol === "ollama")
    return json(status, { error: message ?? OLLAMA_ERRORS[status] ?? `HTTP ${status}` }, extraHeaders);
  return {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", ...extraHeaders },
    chunks: [message ?? `${status}`],
  };
}

export function statusResponse(protocol: Protocol, behaviour: StatusBehaviour): WireResponse {
  const headers: Record<string, string> = { ...behaviour.headers };
  if (behaviour.retryAfter !== undefined) headers["retry-after"] = behaviour.retryAfter;
  if (behaviour.body === undefined) return errorResponse(protocol, behaviour.status, behaviour.message, headers);
  if (typeof behaviour.body === "string") {
    return {
      status: behaviour.status,
      headers: { "content-type": "text/plain; charset=utf-8", ...headers },
      chunks: [behaviour.body],
    };
  }
  return json(behaviour.status, behaviour.body, headers);
}

/** 200 with a JSON content type and a truncated, unparseable body. */
export function malformedResponse(): WireResponse {
  return {
    status: 200,
    headers: { "content-type": "application/json" },
    chunks: ['{"model":"fake","message":{"role":"assistant","content":"tru'],
  };
}
