import { Ollama } from "ollama";
import OpenAI from "openai";
import type { CompletionUsage } from "openai/resources/completions";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { DEFAULT_ECHO_CONTENT, DEFAULT_MODELS, fakeEmbedding, startFakeLlmServer, type FakeLlmServer } from "./server";

const VERDICT_SCHEMA = {
  type: "object",
  properties: { verdict: { type: "string" }, words: { type: "number" } },
  required: ["verdict", "words"],
};

let server: FakeLlmServer;
let ollama: Ollama;
let openai: OpenAI;

beforeAll(async () => {
  server = await startFakeLlmServer({
    // A structured answer computed from the prompt, as a gateway test would.
    responder: (request) => ({
      verdict: request.prompt.includes("hire") ? "yes" : "no",
      words: request.prompt.split(/\s+/).length,
    }),
  });
  ollama = new Ollama({ host: server.url });
  openai = new OpenAI({ apiKey: "test-key", baseURL: server.openaiBaseUrl, maxRetries: 0, timeout: 2000 });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe("Ollama protocol through the real ollama client", () => {
  it("chat without format returns the queued reply with usage and records the body", async () => {
    server.enqueue({ kind: "reply", content: "Hello there", usage: { input: 12, output: 3 } });
    const response = await ollama.chat({ model: "llama3.2", messages: [{ role: "user", content: "Say hi" }] });

    expect(response.message).toEqual({ role: "assistant", content: "Hello there" });
    expect(response).toMatchObject({
      model: "llama3.2",
      done: true,
      done_reason: "stop",
      prompt_eval_count: 12,
      eval_count: 3,
    });
    expect(response.total_duration).toBeGreaterThan(0);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({
      method: "POST",
      path: "/api/chat",
      protocol: "ollama",
      endpoint: "chat",
      model: "llama3.2",
      prompt: "Say hi",
      stream: false,
      behaviour: "reply",
      body: { model: "llama3.2", messages: [{ role: "user", content: "Say hi" }], stream: false },
    });
  });

  it("chat with a JSON schema format echoes the responder's object and derives usage from text length", async () => {
    const prompt = "Should we hire this candidate today?";
    const response = await ollama.chat({
      model: "qwen2.5",
      format: VERDICT_SCHEMA,
      messages: [{ role: "user", content: prompt }],
    });

    expect(JSON.parse(response.message.content)).toEqual({ verdict: "yes", words: 6 });
    expect(response.prompt_eval_count).toBe(Math.ceil(prompt.length / 4));
    expect(response.eval_count).toBe(Math.ceil(response.message.content.length / 4));
    expect(server.requests[0]?.format).toEqual(VERDICT_SCHEMA);
    expect(server.requests[0]?.behaviour).toBe("echo");
  });

  it('records format: "json"', async () => {
    await ollama.chat({ model: "m", format: "json", messages: [{ role: "user", content: "x" }] });
    expect(server.requests[0]?.format).toBe("json");
  });

  it("streams chat as NDJSON chunks ending with a done chunk carrying usage", async () => {
    server.enqueue({ kind: "reply", content: "streamed answer", usage: { input: 5, output: 4 } });
    const stream = await ollama.chat({ model: "m", stream: true, messages: [{ role: "user", content: "go" }] });
    const parts: string[] = [];
    let last: { done: boolean; eval_count?: number; prompt_eval_count?: number } | undefined;
    for await (const chunk of stream) {
      parts.push(chunk.message.content);
      last = chunk;
    }
    expect(parts.join("")).toBe("streamed answer");
    expect(parts.length).toBeGreaterThan(2);
    expect(last).toMatchObject({ done: true, eval_count: 4, prompt_eval_count: 5 });
    expect(server.requests[0]?.stream).toBe(true);
  });

  it("generate returns `response` with usage and records system + prompt", async () => {
    server.enqueue({ kind: "reply", content: { summary: "ok" }, usage: { output: 7 } });
    const response = await ollama.generate({ model: "m", system: "Be brief.", prompt: "Summarise the CV" });

    expect(JSON.parse(response.response ?? "")).toEqual({ summary: "ok" });
    expect(response).toMatchObject({
      done: true,
      eval_count: 7,
      prompt_eval_count: Math.ceil("Be brief.\nSummarise the CV".length / 4),
    });
    expect(server.requests[0]).toMatchObject({
      path: "/api/generate",
      endpoint: "generate",
      prompt: "Be brief.\nSummarise the CV",
    });
  });

  it("embed returns deterministic unit vectors (default dimension 8, or `dimensions`)", async () => {
    const response = await ollama.embed({ model: "nomic-embed-text", input: ["alpha", "beta"] });

    expect(response.embeddings).toEqual([fakeEmbedding("alpha"), fakeEmbedding("beta")]);
    expect(response.embeddings[0]).toHaveLength(8);
    expect(Math.hypot(...(response.embeddings[0] ?? []))).toBeCloseTo(1, 10);
    expect(fakeEmbedding("alpha")).not.toEqual(fakeEmbedding("beta"));
    expect(response).toMatchObject({
      model: "nomic-embed-text",
      prompt_eval_count: Math.ceil("alpha\nbeta".length / 4),
    });
    expect(response.total_duration).toBeGreaterThan(0);

    const small = await ollama.embed({ model: "e", input: "alpha", dimensions: 4 });
    expect(small.embeddings).toEqual([fakeEmbedding("alpha", 4)]);
    expect(server.requests[1]?.body).toEqual({ model: "e", input: "alpha", dimensions: 4 });
  });

  it("list returns the configured models", async () => {
    const response = await ollama.list();
    expect(response.models.map((model) => model.name)).toEqual([...DEFAULT_MODELS]);
    expect(response.models[0]?.details.format).toBe("gguf");
    expect(server.requests[0]).toMatchObject({ method: "GET", path: "/api/tags", endpoint: "models", body: undefined });
  });
});

describe("OpenAI-compatible protocol through the real openai client", () => {
  it("chat.completions with json_object returns content and usage; the API key is never stored", async () => {
    server.enqueue({ kind: "reply", content: { verdict: "no" }, usage: { input: 40, output: 6, cached: 32 } });
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      response_format: { type: "json_object" },
      messages: [
        { role: "system", content: "Answer in JSON." },
        { role: "user", content: "Verdict?" },
      ],
    });

    expect(completion.object).toBe("chat.completion");
    expect(completion.choices[0]?.message).toMatchObject({ role: "assistant", content: '{"verdict":"no"}' });
    expect(completion.choices[0]?.finish_reason).toBe("stop");
    expect(completion.usage).toMatchObject({
      prompt_tokens: 40,
      completion_tokens: 6,
      total_tokens: 46,
      prompt_tokens_details: { cached_tokens: 32 },
    });
    expect(completion.usage).not.toHaveProperty("prompt_cache_hit_tokens");

    const recorded = server.requests[0];
    expect(recorded).toMatchObject({
      path: "/v1/chat/completions",
      protocol: "openai",
      endpoint: "chat",
      model: "gpt-4o-mini",
      prompt: "Answer in JSON.\nVerdict?",
      format: { type: "json_object" },
      hasAuthorization: true,
      authorizationScheme: "Bearer",
      stream: false,
    });
    expect(recorded?.headers).not.toHaveProperty("authorization");
    expect(JSON.stringify(server.requests)).not.toContain("test-key");
  });

  it("chat.completions with json_schema echoes the responder; DeepSeek cache fields on request", async () => {
    const responseFormat = {
      type: "json_schema" as const,
      json_schema: { name: "verdict", schema: VERDICT_SCHEMA, strict: true },
    };
    const echoed = await openai.chat.completions.create({
      model: "m",
      response_format: responseFormat,
      messages: [{ role: "user", content: "do not hire" }],
    });
    expect(JSON.parse(echoed.choices[0]?.message.content ?? "")).toEqual({ verdict: "yes", words: 3 });
    expect(echoed.usage?.prompt_tokens).toBe(Math.ceil("do not hire".length / 4));
    expect(server.requests[0]?.format).toEqual(responseFormat);

    server.enqueue({ kind: "reply", content: "x", usage: { input: 100, output: 1, cached: 64, deepseek: true } });
    const deepseek = await openai.chat.completions.create({
      model: "deepseek-chat",
      messages: [{ role: "user", content: "hi" }],
    });
    const usage = deepseek.usage as CompletionUsage & {
      prompt_cache_hit_tokens?: number;
      prompt_cache_miss_tokens?: number;
    };
    expect(usage).toMatchObject({ prompt_tokens: 100, prompt_cache_hit_tokens: 64, prompt_cache_miss_tokens: 36 });
  });

  it("streams chat completions as SSE when asked, with a usage chunk", async () => {
    server.enqueue({ kind: "reply", content: "one two three", usage: { input: 2, output: 3 } });
    const stream = await openai.chat.completions.create({
      model: "m",
      stream: true,
      stream_options: { include_usage: true },
      messages: [{ role: "user", content: "count" }],
    });
    let text = "";
    let usage: CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      usage = chunk.usage ?? usage;
    }
    expect(text).toBe("one two three");
    expect(usage).toMatchObject({ prompt_tokens: 2, completion_tokens: 3, total_tokens: 5 });
  });

  it("embeddings.create decodes the default base64 wire format and honours encoding_format: float", async () => {
    const response = await openai.embeddings.create({ model: "text-embedding-3-small", input: ["alpha", "beta"] });
    expect(response).toMatchObject({
      object: "list",
      model: "text-embedding-3-small",
      usage: { prompt_tokens: 3, total_tokens: 3 },
    });
    expect(response.data.map((item) => item.index)).toEqual([0, 1]);
    expect(response.data[0]?.embedding).toEqual(fakeEmbedding("alpha").map(Math.fround)); // float32 on the wire
    expect(server.requests[0]?.body).toMatchObject({ encoding_format: "base64" });

    const floats = await openai.embeddings.create({
      model: "e",
      input: "beta",
      encoding_format: "float",
      dimensions: 3,
    });
    expect(floats.data[0]).toEqual({ object: "embedding", index: 0, embedding: fakeEmbedding("beta", 3) });
  });

  it("models.list returns the configured models", async () => {
    const page = await openai.models.list();
    expect(page.data.map((model) => model.id)).toEqual([...DEFAULT_MODELS]);
  });
});

describe("behaviour queue", () => {
  it("consumes FIFO per matching request, honouring path and match scopes", async () => {
    server.enqueue(
      { kind: "reply", content: "for openai", path: "/v1/chat/completions" },
      { kind: "reply", content: "for big-model", match: (request) => request.model === "big" },
      { kind: "reply", content: "first" },
      { kind: "reply", content: "second" },
    );
    const chat = (model: string) =>
      ollama.chat({ model, messages: [{ role: "user", content: "q" }] }).then((r) => r.message.content);

    expect(await chat("big")).toBe("for big-model");
    expect(await chat("small")).toBe("first");
    expect(await chat("small")).toBe("second");
    expect(server.pending()).toBe(1);
    expect(await chat("small")).toBe(JSON.stringify({ verdict: "no", words: 1 })); // default: echo
    const completion = await openai.chat.completions.create({ model: "m", messages: [{ role: "user", content: "q" }] });
    expect(completion.choices[0]?.message.content).toBe("for openai");
    expect(server.pending()).toBe(0);
  });

  it("setDefault replaces the fallback until reset", async () => {
    server.setDefault({ kind: "reply", content: "always" });
    const chat = () =>
      ollama.chat({ model: "m", messages: [{ role: "user", content: "q" }] }).then((r) => r.message.content);
    expect([await chat(), await chat()]).toEqual(["always", "always"]);
    server.enqueue({ kind: "reply", content: "queued" });
    server.reset();
    expect(server.requests).toHaveLength(0);
    expect(server.pending()).toBe(0);
    expect(JSON.parse(await chat())).toEqual({ verdict: "no", words: 1 });
  });

  it("echo without a responder answers a small fixed JSON object", async () => {
    const plain = await startFakeLlmServer();
    try {
      const response = await new Ollama({ host: plain.url }).chat({
        model: "m",
        messages: [{ role: "user", content: "q" }],
      });
      expect(JSON.parse(response.message.content)).toEqual(DEFAULT_ECHO_CONTENT);
    } finally {
      await plain.close();
    }
  });

  it("answers 404 for unknown paths and 400 for bodies without a model, without consuming the queue", async () => {
    server.enqueue({ kind: "reply", content: "kept" });
    const missing = await fetch(`${server.url}/api/pull`, { method: "POST", body: "{}" });
    expect(missing.status).toBe(404);
    const invalid = await fetch(`${server.openaiBaseUrl}/chat/completions`, {
      method: "POST",
      body: JSON.stringify({ messages: [] }),
    });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({
      error: { message: "model is required", type: "invalid_request_error" },
    });
    expect(server.pending()).toBe(1);
    expect(server.requests.map((request) => request.behaviour)).toEqual([null, null]);
  });
});
