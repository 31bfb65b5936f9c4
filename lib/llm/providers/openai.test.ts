import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resumeExtraction } from "@/lib/vocabulary/extraction";
import { ProviderHttpError } from "@/lib/llm/errors";
import { jsonSchemaFor } from "@/lib/llm/structured";
import { startFakeLlmServer, type FakeLlmServer } from "@/test/fake-llm/server";
import { TEST_KEY } from "@/test/helpers/llm";
import { createOpenAiProvider } from "./openai";

let server: FakeLlmServer;
const signal = () => AbortSignal.timeout(5_000);
const messages = [{ role: "user" as const, content: "<resume>Jane</resume>" }];

beforeAll(async () => {
  server = await startFakeLlmServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe("openai adapter (real openai client, fake server)", () => {
  const provider = () =>
    createOpenAiProvider({ baseUrl: server.openaiBaseUrl, apiKey: TEST_KEY, model: "gpt-4.1-mini", timeoutMs: 5_000 });

  it("asks for strict json_schema output (without keywords strict mode refuses) and reports usage with cached tokens", async () => {
    server.enqueue({ kind: "reply", content: { ok: 1 }, usage: { input: 300, output: 20, cached: 128 } });
    const schema = { name: "resume_extraction", jsonSchema: jsonSchemaFor(resumeExtraction) };
    const result = await provider().generate({ messages, schema, temperature: 0, maxTokens: 500, signal: signal() });

    expect(result).toEqual({
      text: '{"ok":1}',
      model: "gpt-4.1-mini",
      usage: { inputTokens: 300, outputTokens: 20, cachedTokens: 128 },
    });
    const format = server.requests[0]?.format as {
      type: string;
      json_schema: { name: string; strict: boolean; schema: object };
    };
    expect(format.type).toBe("json_schema");
    expect(format.json_schema).toMatchObject({ name: "resume_extraction", strict: true });
    expect(JSON.stringify(format.json_schema.schema)).not.toMatch(/minLength|maxLength/);
    expect(server.requests[0]?.body).toMatchObject({ temperature: 0, max_tokens: 500, stream: false });
    expect(server.requests[0]).toMatchObject({ hasAuthorization: true, authorizationScheme: "Bearer" });
  });

  it("maps HTTP errors to ProviderHttpError with Retry-After; no SDK retries", async () => {
    server.enqueue({ kind: "status", status: 429, retryAfter: "3" }, { kind: "status", status: 401 });
    await expect(provider().generate({ messages, signal: signal() })).rejects.toMatchObject({
      status: 429,
      retryAfterMs: 3000,
    });
    const unauthorised = await provider()
      .generate({ messages, signal: signal() })
      .catch((error: unknown) => error);
    expect(unauthorised).toBeInstanceOf(ProviderHttpError);
    expect(unauthorised).toMatchObject({ status: 401 });
    expect(server.requests).toHaveLength(2);
  });

  it("needs a key for api.openai.com but not for a self-hosted compatible server", () => {
    expect(
      createOpenAiProvider({ baseUrl: "https://api.openai.com/v1", model: "m", timeoutMs: 1000 }).configured,
    ).toEqual({ ok: false, reason: "OPENAI_API_KEY is not set" });
    expect(createOpenAiProvider({ baseUrl: server.openaiBaseUrl, model: "m", timeoutMs: 1000 }).configured).toEqual({
      ok: true,
    });
  });

  it("embeds (floats, in input order) and probes through /v1/models", async () => {
    const embedded = await provider().embed!({
      input: ["a", "b"],
      model: "text-embedding-3-small",
      dimensions: 4,
      signal: signal(),
    });
    expect(embedded.vectors.map((vector) => vector.length)).toEqual([4, 4]);
    await provider().probe({ signal: signal() });
    expect(server.requests.map((request) => request.path)).toEqual(["/v1/embeddings", "/v1/models"]);
  });
});
