// A local fake LLM server speaking the Ollama and OpenAI-compatible wire formats over real HTTP.
// Tests drive it through the real `ollama` / `openai` clients and script faults with behaviours.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

import {
  DEFAULT_ECHO_CONTENT,
  matches,
  type Behaviour,
  type RecordedRequest,
  type ReplyContent,
  type Responder,
  type UsageSpec,
} from "./behaviours";
import {
  errorResponse,
  malformedResponse,
  promptOf,
  protocolOfPath,
  routeFor,
  statusResponse,
  successResponse,
  validate,
  type Route,
  type WireResponse,
} from "./protocols";

export * from "./behaviours";
export { countTokens, fakeEmbedding } from "./protocols";

export interface FakeLlmServerOptions {
  /** Computes the content of `echo` replies (the default behaviour) from the request. */
  responder?: Responder;
  /** Dimension of the fake embeddings unless the request sends `dimensions`. Default 8. */
  embeddingDimension?: number;
  /** Model names listed by `/api/tags` and `/v1/models`. */
  models?: readonly string[];
  /** Add DeepSeek's `prompt_cache_hit_tokens` / `prompt_cache_miss_tokens` to every OpenAI chat usage. */
  deepseekUsage?: boolean;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. The e2e run uses a fixed one the app is pointed at. */
  port?: number;
}

export interface FakeLlmServer {
  /** e.g. `http://127.0.0.1:54321` — the Ollama host. */
  url: string;
  /** `${url}/v1` — the OpenAI-compatible base URL. */
  openaiBaseUrl: string;
  /** Every request received, in arrival order (credentials redacted). */
  requests: RecordedRequest[];
  /** Queue behaviours, consumed one per matching request (FIFO), falling back to the default. */
  enqueue(...behaviours: Behaviour[]): void;
  setDefault(behaviour: Behaviour): void;
  /** Clears the queue and recorded requests; default back to `{ kind: "echo" }`. In-flight requests are left alone. */
  reset(): void;
  /** Number of queued behaviours not yet consumed. */
  pending(): number;
  /** Stops listening and destroys every open socket, hung ones included. */
  close(): Promise<void>;
}

const ECHO: Behaviour = { kind: "echo" };
const REDACTED_HEADERS = new Set(["authorization", "proxy-authorization", "api-key", "x-api-key", "cookie"]);

export const DEFAULT_MODELS: readonly string[] = ["fake-chat:latest", "fake-embed:latest"];

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk instanceof Buffer ? chunk : Buffer.from(String(chunk)));
  const text = Buffer.concat(chunks).toString("utf8");
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function field(body: unknown, key: string): unknown {
  return typeof body === "object" && body !== null && !Array.isArray(body)
    ? (body as Record<string, unknown>)[key]
    : undefined;
}

function record(req: IncomingMessage, body: unknown, route: Route | null, time: number): RecordedRequest {
  const url = new URL(req.url ?? "/", "http://fake-llm");
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || REDACTED_HEADERS.has(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  const authorization = req.headers.authorization;
  // Only a scheme followed by a credential yields a scheme; a bare credential is never recorded.
  const authParts = authorization?.trim().split(/\s+/) ?? [];
  const model = field(body, "model");
  const stream = field(body, "stream");
  return {
    method: req.method ?? "GET",
    path: url.pathname,
    query: url.search,
    headers,
    hasAuthorization: authorization !== undefined,
    authorizationScheme: authParts.length > 1 ? (authParts[0] ?? null) : null,
    body,
    protocol: route?.protocol ?? protocolOfPath(url.pathname),
    endpoint: route?.endpoint ?? null,
    model: typeof model === "string" ? model : null,
    prompt: promptOf(route?.endpoint ?? null, body),
    format: route?.protocol === "openai" ? field(body, "response_format") : field(body, "format"),
    // Ollama streams unless told otherwise; OpenAI only when asked.
    stream:
      route?.protocol === "ollama"
        ? route.endpoint !== "embed" && route.endpoint !== "models" && stream !== false
        : stream === true,
    time,
    behaviour: null,
  };
}

export async function startFakeLlmServer(options: FakeLlmServerOptions = {}): Promise<FakeLlmServer> {
  const requests: RecordedRequest[] = [];
  const queue: Behaviour[] = [];
  const sockets = new Set<Socket>();
  const delays = new Map<NodeJS.Timeout, () => void>();
  let fallback: Behaviour = ECHO;
  let closed = false;

  const wireOptions = {
    embeddingDimension: options.embeddingDimension ?? 8,
    models: options.models ?? DEFAULT_MODELS,
    deepseekUsage: options.deepseekUsage ?? false,
  };

  function take(request: RecordedRequest): Behaviour {
    const index = queue.findIndex((behaviour) => matches(behaviour, request));
    if (index === -1) return fallback;
    const [behaviour] = queue.splice(index, 1);
    return behaviour ?? fallback;
  }

  function send(res: ServerResponse, wire: WireResponse): void {
    if (res.destroyed || res.writableEnded) return;
    res.writeHead(wire.status, wire.headers);
    for (const chunk of wire.chunks) res.write(chunk);
    res.end();
  }

  function success(
    route: Route,
    request: RecordedRequest,
    content: ReplyContent,
    extra: { usage?: UsageSpec; embeddings?: number[][]; empty?: boolean } = {},
  ): WireResponse {
    const text = typeof content === "string" ? content : JSON.stringify(content);
    return successResponse(route, request, { ...wireOptions, ...extra, content: text });
  }

  async function perform(
    behaviour: Behaviour,
    route: Route,
    request: RecordedRequest,
    res: ServerResponse,
  ): Promise<void> {
    switch (behaviour.kind) {
      case "reply":
        return send(
          res,
          success(route, request, behaviour.content, { usage: behaviour.usage, embeddings: behaviour.embeddings }),
        );
      case "blank":
        return send(res, success(route, request, "", { empty: true }));
      case "echo": {
        // Embeddings and model lists are computed, not answered: the responder only sees chat/generate.
        const textual = route.endpoint === "chat" || route.endpoint === "generate";
        const content = options.responder && textual ? await options.responder(request) : DEFAULT_ECHO_CONTENT;
        return send(res, success(route, request, content));
      }
      case "status":
        return send(res, statusResponse(route.protocol, behaviour));
      case "malformed":
        return send(res, malformedResponse());
      case "hang":
        return; // never answered; the socket is destroyed by close()
      case "slow":
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            delays.delete(timer);
            resolve();
          }, behaviour.delayMs);
          delays.set(timer, resolve);
        });
        if (closed || res.destroyed) return;
        return perform(behaviour.then ?? ECHO, route, request, res);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const time = Date.now();
    const body = await readBody(req);
    const path = new URL(req.url ?? "/", "http://fake-llm").pathname;
    const route = routeFor(req.method ?? "GET", path);
    const request = record(req, body, route, time);
    requests.push(request);
    if (!route)
      return send(
        res,
        errorResponse(request.protocol, 404, `${req.method ?? "GET"} ${path} is not served by the fake LLM`),
      );
    const invalid = validate(route, body);
    if (invalid) return send(res, errorResponse(route.protocol, 400, invalid));
    const behaviour = take(request);
    request.behaviour = behaviour.kind;
    await perform(behaviour, route, request, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      send(res, errorResponse(protocolOfPath(req.url ?? "/"), 500, `fake-llm: ${message}`));
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    openaiBaseUrl: `${url}/v1`,
    requests,
    enqueue: (...behaviours) => {
      queue.push(...behaviours);
    },
    setDefault: (behaviour) => {
      fallback = behaviour;
    },
    reset: () => {
      queue.length = 0;
      requests.length = 0;
      fallback = ECHO;
    },
    pending: () => queue.length,
    close: async () => {
      if (closed) return;
      closed = true;
      for (const [timer, resolve] of delays) {
        clearTimeout(timer);
        resolve();
      }
      delays.clear();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
      await stopped;
    },
  };
}
