import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resumeExtraction } from "@/lib/vocabulary/extraction";
import { ProviderHttpError } from "@/lib/llm/errors";
import { jsonSchemaFor } from "@/lib/llm/structured";
import { startFakeLlmServer, type FakeLlmServer } from "@/test/fake-llm/server";
import { createOllamaProvider } from "./ollama";

let server: FakeLlmServer;
const signal = () => AbortSignal.timeout(5_000);
const messages = [
  { role: "system" as const, content: "Read résumés." },
  { role: "user" as const, content: "<resume>Jane</resume>" },
];

beforeAll(async () => {
  server = await startFakeLlmServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe("ollama adapter (real ollama client, fake server)", () => {
  const provider = () => createOllamaProvider({ host: server.url, model: "qwen2.5:7b-instruct" });

  it("sends the messages and the JSON schema as `format`; returns content and token counts", async () => {
    server.enqueue({ kind: "reply", content: { ok: true }, usage: { input: 120, output: 9 } });
    const schema = { name: "resume_extraction", jsonSchema: jsonSchemaFor(resumeExtraction) };
    const result = await provider().generate({ messages, schema, temperature: 0, signal: signal() });

    expect(result).toEqual({
      text: '{"ok":true}',
      model: "qwen2.5:7b-instruct",
      usage: { inputTokens: 120, outputTokens: 9, cachedTokens: 0 },
    });
    const request = server.requests[0];
    expect(request).toMatchObject({
      path: "/api/chat",
      model: "qwen2.5:7b-instruct",
      stream: false,
      format: schema.jsonSchema,
    });
    expect(request?.body).toMatchObject({ messages, options: { temperature: 0 } });
  });

  it("turns an HTTP error into ProviderHttpError with the Retry-After the client itself drops", async () => {
    server.enqueue({ kind: "status", status: 429, retryAfter: "2" });
    const error = await provider()
      .generate({ messages, signal: signal() })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ProviderHttpError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 2000 });
  });

  it("aborts a hung call through the caller's signal", async () => {
    server.enqueue({ kind: "hang" });
    const started = performance.now();
    const error = await provider()
      .generate({ messages, signal: AbortSignal.timeout(200) })
      .catch((caught: unknown) => caught);
    expect((error as Error).name).toMatch(/TimeoutError|AbortError/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("embeds through /api/embed and probes through /api/tags", async () => {
    const embedded = await provider().embed!({ input: ["alpha", "beta"], model: "nomic-embed-text", signal: signal() });
    expect(embedded.vectors).toHaveLength(2);
    expect(embedded.model).toBe("nomic-embed-text");
    await provider().probe({ signal: signal() });
    expect(server.requests.map((request) => request.path)).toEqual(["/api/embed", "/api/tags"]);
  });

  it("probing an unreachable host fails", async () => {
    const dead = createOllamaProvider({ host: "http://127.0.0.1:1", model: "m" });
    await expect(dead.probe({ signal: signal() })).rejects.toBeInstanceOf(Error);
  });
});
