import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fakeEmbedding, startFakeLlmServer, type FakeLlmServer } from "@/test/fake-llm/server";
import { FAST_POLICY, testProvider } from "@/test/helpers/llm";
import { embedTexts } from "./embed";
import { memoryTracer } from "./trace";

let server: FakeLlmServer;

beforeAll(async () => {
  server = await startFakeLlmServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

describe("embedTexts", () => {
  it.each(["ollama", "openai"] as const)("%s: embeds, retrying a 503, and traces each attempt", async (name) => {
    const tracer = memoryTracer();
    server.enqueue({ kind: "status", status: 503 });
    const result = await embedTexts({
      provider: testProvider(name, server),
      model: "embed-model",
      texts: ["alpha", "beta"],
      dimensions: 4,
      deps: { policy: FAST_POLICY, tracer },
    });
    if (!result.ok) throw result.error;
    expect(result.vectors[0]).toHaveLength(4);
    expect(result.vectors[1]?.map(Math.fround)).toEqual(fakeEmbedding("beta", 4).map(Math.fround));
    expect(tracer.traces.map((trace) => [trace.task, trace.status, trace.errorClass, trace.attempt])).toEqual([
      ["embed", "error", "provider_error", 1],
      ["embed", "success", null, 2],
    ]);
    // Both calls are named, so the inference they served links the failed attempt too.
    expect(result.generationIds).toEqual(["mem-1", "mem-2"]);
  });

  it("fails without fallback when the provider refuses, and refuses providers without embeddings", async () => {
    const tracer = memoryTracer();
    server.enqueue({ kind: "status", status: 401 });
    const refused = await embedTexts({
      provider: testProvider("openai", server),
      model: "m",
      texts: ["x"],
      traceId: "inference-1",
      deps: { policy: FAST_POLICY, tracer },
    });
    expect(refused).toMatchObject({ ok: false, error: { errorClass: "auth" }, generationIds: ["mem-1"] });
    expect(tracer.traces[0]).toMatchObject({ status: "error", traceId: "inference-1", inferenceId: null });
    await expect(
      embedTexts({
        provider: testProvider("deepseek", server),
        model: "m",
        texts: ["x"],
        deps: { policy: FAST_POLICY, tracer },
      }),
    ).rejects.toThrow(/no embeddings/);
  });
});
