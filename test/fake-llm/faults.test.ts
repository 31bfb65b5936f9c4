import { Ollama } from "ollama";
import OpenAI, {
  APIConnectionTimeoutError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  RateLimitError,
} from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { startFakeLlmServer, type FakeLlmServer } from "./server";

let server: FakeLlmServer;
let ollama: Ollama;
let openai: OpenAI;
/** Headers of the last response the ollama client saw (the client itself drops them). */
let lastOllamaHeaders: Headers | undefined;

const ask = { model: "m", messages: [{ role: "user" as const, content: "hello" }] };

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

/** The ollama client sends non-streaming requests without a signal: time out through a custom fetch. */
function ollamaWithTimeout(host: string, timeoutMs: number): Ollama {
  return new Ollama({
    host,
    fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
  });
}

beforeAll(async () => {
  server = await startFakeLlmServer();
  ollama = new Ollama({
    host: server.url,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      lastOllamaHeaders = response.headers;
      return response;
    },
  });
  openai = new OpenAI({ apiKey: "test-key", baseURL: server.openaiBaseUrl, maxRetries: 0, timeout: 2000 });
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  lastOllamaHeaders = undefined;
});

describe("status faults", () => {
  it("429 with Retry-After surfaces as RateLimitError with the header readable", async () => {
    server.enqueue({ kind: "status", status: 429, retryAfter: "7" });
    const error = await failure(openai.chat.completions.create(ask));

    expect(error).toBeInstanceOf(RateLimitError);
    const rateLimit = error as RateLimitError;
    expect(rateLimit.status).toBe(429);
    expect(rateLimit.headers.get("retry-after")).toBe("7");
    expect(rateLimit.code).toBe("rate_limit_exceeded");
    expect(rateLimit.error).toMatchObject({ message: expect.any(String), type: "requests" });
  });

  it("429 on Ollama is a ResponseError with status_code, Retry-After on the wire", async () => {
    server.enqueue({ kind: "status", status: 429, retryAfter: "3" });
    const error = await failure(ollama.chat(ask));

    expect(error).toMatchObject({ name: "ResponseError", status_code: 429, error: "too many requests" });
    expect(lastOllamaHeaders?.get("retry-after")).toBe("3");
  });

  it("500 is InternalServerError; 503 on Ollama carries Ollama's error shape", async () => {
    server.enqueue({ kind: "status", status: 500 }, { kind: "status", status: 503, message: "overloaded" });
    const error = await failure(openai.chat.completions.create(ask));
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(500);

    const busy = await failure(ollama.chat(ask));
    expect(busy).toMatchObject({ name: "ResponseError", status_code: 503, message: "overloaded" });
  });

  it("400 and 401 map to BadRequestError and AuthenticationError; a custom body is sent verbatim", async () => {
    const body = {
      error: { message: "context too long", type: "invalid_request_error", code: "context_length_exceeded" },
    };
    server.enqueue({ kind: "status", status: 400, body }, { kind: "status", status: 401 });

    const bad = await failure(openai.chat.completions.create(ask));
    expect(bad).toBeInstanceOf(BadRequestError);
    expect((bad as BadRequestError).code).toBe("context_length_exceeded");
    const unauthorised = await failure(openai.chat.completions.create(ask));
    expect(unauthorised).toBeInstanceOf(AuthenticationError);
    expect((unauthorised as AuthenticationError).code).toBe("invalid_api_key");
  });
});

describe("body faults", () => {
  it("malformed JSON fails to parse in both clients", async () => {
    server.enqueue({ kind: "malformed" }, { kind: "malformed" });
    expect(await failure(openai.chat.completions.create(ask))).toBeInstanceOf(SyntaxError);
    expect(await failure(ollama.chat(ask))).toBeInstanceOf(SyntaxError);
  });

  it("blank answers a valid envelope with empty content", async () => {
    server.enqueue({ kind: "blank" }, { kind: "blank" }, { kind: "blank" });
    const completion = await openai.chat.completions.create(ask);
    expect(completion.choices[0]?.message.content).toBe("");
    expect(completion.usage?.completion_tokens).toBe(0);

    const chat = await ollama.chat(ask);
    expect(chat.message.content).toBe("");
    expect(chat).toMatchObject({ done: true, eval_count: 0 });

    const embedded = await ollama.embed({ model: "e", input: "x" });
    expect(embedded.embeddings).toEqual([]);
  });
});

describe("timing faults", () => {
  it("hang makes the openai client time out", async () => {
    server.enqueue({ kind: "hang" });
    const client = new OpenAI({ apiKey: "test-key", baseURL: server.openaiBaseUrl, maxRetries: 0, timeout: 300 });
    const started = performance.now();
    const error = await failure(client.chat.completions.create(ask));

    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    expect(server.requests[0]?.behaviour).toBe("hang");
  });

  it("hang makes the ollama client abort through a fetch with a timeout signal", async () => {
    server.enqueue({ kind: "hang" });
    const error = await failure(ollamaWithTimeout(server.url, 300).chat(ask));
    expect(error).toMatchObject({ name: "TimeoutError" });
  });

  it("slow answers after the delay, then applies `then`", async () => {
    server.enqueue({ kind: "slow", delayMs: 200, then: { kind: "reply", content: "late" } });
    let started = performance.now();
    const completion = await openai.chat.completions.create(ask);
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
    expect(completion.choices[0]?.message.content).toBe("late");

    server.enqueue({ kind: "slow", delayMs: 150, then: { kind: "status", status: 500 } });
    started = performance.now();
    const error = await failure(ollama.chat(ask));
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
    expect(error).toMatchObject({ status_code: 500 });
  });

  it("slow faster than the client timeout succeeds; slower times out", async () => {
    server.enqueue({ kind: "slow", delayMs: 100 }, { kind: "slow", delayMs: 1000 });
    const client = ollamaWithTimeout(server.url, 400);
    expect((await client.chat(ask)).message.content).toContain("fake-llm");
    expect(await failure(client.chat(ask))).toMatchObject({ name: "TimeoutError" });
  });

  it("close() does not wait for hung or slow requests", async () => {
    const own = await startFakeLlmServer();
    own.enqueue({ kind: "hang" }, { kind: "slow", delayMs: 60_000 });
    const client = new OpenAI({ apiKey: "k", baseURL: own.openaiBaseUrl, maxRetries: 0, timeout: 60_000 });
    const hung = failure(client.chat.completions.create(ask));
    const slow = failure(client.chat.completions.create(ask));
    await expect.poll(() => own.requests.length).toBe(2);

    const started = performance.now();
    await own.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await hung).toBeInstanceOf(Error);
    expect(await slow).toBeInstanceOf(Error);
  });
});
