// Types shared by the fake LLM server (server.ts) and its wire-format builders (protocols.ts).

export type Protocol = "ollama" | "openai";
export type Endpoint = "chat" | "generate" | "embed" | "models";

/** One request as the fake server received it. Credentials are never stored. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/v1/chat/completions`. */
  path: string;
  query: string;
  /** Lower-cased header names; `authorization`, `proxy-authorization`, `api-key`, `x-api-key` and `cookie` are left out. */
  headers: Record<string, string>;
  hasAuthorization: boolean;
  /** First word of the Authorization header (e.g. `Bearer`), never the credential itself. */
  authorizationScheme: string | null;
  /** Parsed JSON body; the raw text when it is not JSON; `undefined` when empty. */
  body: unknown;
  protocol: Protocol | null;
  endpoint: Endpoint | null;
  model: string | null;
  /** All prompt text of the request joined by "\n": chat messages, generate system+prompt, embedding inputs. */
  prompt: string;
  /** Ollama `format` or OpenAI `response_format`, as sent. */
  format: unknown;
  stream: boolean;
  /** `Date.now()` when the request headers arrived. */
  time: number;
  /** Which behaviour answered, or `null` for 404 / invalid requests. */
  behaviour: BehaviourKind | null;
}

/** Token counts; any left out are derived from text length (ceil(chars / 4)). */
export interface UsageSpec {
  input?: number;
  output?: number;
  /** OpenAI `prompt_tokens_details.cached_tokens` (and DeepSeek cache hit tokens). */
  cached?: number;
  /** Add DeepSeek's `prompt_cache_hit_tokens` (= cached) and `prompt_cache_miss_tokens` (= input - cached). */
  deepseek?: boolean;
}

/** Restricts a queued behaviour to some requests; unmatched requests skip it (it stays queued). */
export interface Scope {
  /** Exact path, e.g. `/api/chat` or `/v1/embeddings`. */
  path?: string;
  match?: (request: RecordedRequest) => boolean;
}

export type ReplyContent = string | object;

export interface ReplyBehaviour extends Scope {
  kind: "reply";
  /** Objects are JSON-stringified into the message content. Ignored by embed and model-list endpoints. */
  content: ReplyContent;
  usage?: UsageSpec;
  /** Embed endpoints only: vectors to return instead of the deterministic fake ones. */
  embeddings?: number[][];
}

export interface SlowBehaviour extends Scope {
  kind: "slow";
  delayMs: number;
  /** What to do after the delay; defaults to `{ kind: "echo" }`. */
  then?: Behaviour;
}

export interface StatusBehaviour extends Scope {
  kind: "status";
  status: 400 | 401 | 429 | 500 | 503;
  /** Sent as the `Retry-After` header. */
  retryAfter?: string;
  /** Replaces the protocol's error body: strings are sent as text/plain, anything else as JSON. */
  body?: unknown;
  /** Message used in the protocol-shaped error body. */
  message?: string;
  headers?: Record<string, string>;
}

export interface HangBehaviour extends Scope {
  kind: "hang";
}

export interface MalformedBehaviour extends Scope {
  kind: "malformed";
}

export interface BlankBehaviour extends Scope {
  kind: "blank";
}

export interface EchoBehaviour extends Scope {
  kind: "echo";
}

export type Behaviour =
  | ReplyBehaviour
  | SlowBehaviour
  | StatusBehaviour
  | HangBehaviour
  | MalformedBehaviour
  | BlankBehaviour
  | EchoBehaviour;

export type BehaviourKind = Behaviour["kind"];

/** Computes the `echo` answer of chat/generate requests (e.g. a structured verdict from the prompt). Throwing answers 500. */
export type Responder = (request: RecordedRequest) => ReplyContent | Promise<ReplyContent>;

/** What `echo` answers when no responder was given. */
export const DEFAULT_ECHO_CONTENT: Readonly<{ ok: true; source: "fake-llm" }> = Object.freeze({
  ok: true,
  source: "fake-llm",
});

export function matches(behaviour: Behaviour, request: RecordedRequest): boolean {
  if (behaviour.path !== undefined && behaviour.path !== request.path) return false;
  return behaviour.match ? behaviour.match(request) : true;
}
