import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resumeExtraction } from "@/lib/vocabulary/extraction";
import { jsonSchemaFor } from "@/lib/llm/structured";
import { startFakeLlmServer, type FakeLlmServer } from "@/test/fake-llm/server";
import { TEST_KEY } from "@/test/helpers/llm";
import { createDeepSeekProvider } from "./deepseek";

let server: FakeLlmServer;
const signal = () => AbortSignal.timeout(5_000);

beforeAll(async () => {
  server = await startFakeLlmServer({ deepseekUsage: true });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe("deepseek adapter (real openai client, fake server)", () => {
  const provider = () =>
    createDeepSeekProvider({
      baseUrl: server.openaiBaseUrl,
      apiKey: TEST_KEY,
      model: "deepseek-flash",
      timeoutMs: 5_000,
    });
  const schema = { name: "resume_extraction", jsonSchema: jsonSchemaFor(resumeExtraction) };

  it("uses JSON mode and describes the schema in the system message (DeepSeek has no json_schema)", async () => {
    const messages = [
      { role: "system" as const, content: "Read résumés." },
      { role: "user" as const, content: "<resume>Jane</resume>" },
    ];
    await provider().generate({ messages, schema, signal: signal() });
    const request = server.requests[0];
    expect(request?.format).toEqual({ type: "json_object" });
    const sent = (request?.body as { messages: { role: string; content: string }[] }).messages;
    expect(sent).toHaveLength(2);
    expect(sent[0]?.role).toBe("system");
    expect(sent[0]?.content).toMatch(/^Read résumés\.\n\nAnswer with one JSON object \(json\)/);
    expect(sent[0]?.content).toContain('"technical_skills"');
    expect(sent[1]).toEqual(messages[1]);
  });

  it("adds a system message when the prompt has none; plain text calls are left alone", async () => {
    await provider().generate({ messages: [{ role: "user", content: "hi" }], schema, signal: signal() });
    await provider().generate({ messages: [{ role: "user", content: "hi" }], signal: signal() });
    const [structured, plain] = server.requests.map(
      (request) => request.body as { messages: { role: string }[]; response_format?: unknown },
    );
    expect(structured?.messages.map((message) => message.role)).toEqual(["system", "user"]);
    expect(plain?.messages.map((message) => message.role)).toEqual(["user"]);
    expect(plain?.response_format).toBeUndefined();
  });

  it("turns V4 thinking off on every call, structured or not (it changes JSON output and costs the deadline)", async () => {
    await provider().generate({ messages: [{ role: "user", content: "hi" }], schema, signal: signal() });
    await provider().generate({ messages: [{ role: "user", content: "hi" }], signal: signal() });
    for (const request of server.requests) {
      expect(request.body).toMatchObject({ model: "deepseek-flash", thinking: { type: "disabled" } });
    }
  });

  it("reads DeepSeek's cache-hit tokens", async () => {
    server.enqueue({ kind: "reply", content: "{}", usage: { input: 1000, output: 50, cached: 640 } });
    const result = await provider().generate({ messages: [{ role: "user", content: "x" }], signal: signal() });
    expect(result.usage).toEqual({ inputTokens: 1000, outputTokens: 50, cachedTokens: 640 });
  });

  it("is not configured without a key, and has no embeddings", () => {
    const keyless = createDeepSeekProvider({
      baseUrl: "https://api.deepseek.com",
      model: "deepseek-chat",
      timeoutMs: 1000,
    });
    expect(keyless.configured).toEqual({ ok: false, reason: "DEEPSEEK_API_KEY is not set" });
    expect(keyless.embed).toBeUndefined();
    expect(keyless.endpoint).toBe("https://api.deepseek.com");
  });
});
