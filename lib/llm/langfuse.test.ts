import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { gatewayConfig } from "./config";
import { withLangfuseExport } from "./langfuse";
import { memoryTracer, type GenerationTrace } from "./trace";
import { env, resetEnvCache } from "@/lib/env";
import { withEnv } from "@/test/helpers/env";
import { attributesOf as attributes, otlpReceiver, type OtlpReceiver } from "@/test/helpers/otlp-receiver";

// The optional Langfuse export, over real HTTP to a local server that takes OTLP/JSON where a self-hosted
// Langfuse does.

let receiver: OtlpReceiver;
let baseUrl: string;

beforeAll(async () => {
  receiver = await otlpReceiver();
  baseUrl = receiver.url;
});
afterAll(() => receiver.close());
beforeEach(() => {
  receiver.received.length = 0;
});
const trace = (overrides: Partial<GenerationTrace> = {}): GenerationTrace => ({
  provider: "deepseek",
  model: "deepseek-chat",
  task: "resume-extraction",
  promptName: "resume-extraction",
  promptVersionNumber: 3,
  promptVersionId: "pv_1",
  inferenceId: "inf_1",
  traceId: null,
  comparisonItemId: null,
  status: "success",
  errorClass: null,
  attempt: 1,
  fallbackFrom: null,
  inputTokens: 1200,
  outputTokens: 150,
  cachedTokens: 1000,
  costUsd: 0.0001,
  latencyMs: 850,
  createdAt: new Date("2026-11-20T10:00:00.000Z"),
  ...overrides,
});

describe("Langfuse export", () => {
  it("sends each traced call as a generation span with model, prompt version, usage, cost and timing", async () => {
    const inner = memoryTracer();
    const tracer = withLangfuseExport(inner, {
      publicKey: "pk-lf-test",
      secretKey: "sk-lf-test",
      baseUrl,
      exportMode: "immediate",
    });
    const id = await tracer.record(trace());
    await tracer.record(
      trace({
        provider: "ollama",
        model: "qwen2.5:7b-instruct",
        status: "error",
        errorClass: "timeout",
        attempt: 2,
        costUsd: 0,
      }),
    );
    await tracer.flush();

    expect(id).toBe("mem-1"); // the database record is still the one that answers
    expect(inner.traces).toHaveLength(2);
    expect(receiver.received.length).toBeGreaterThan(0);
    expect(receiver.received.every((request) => request.path === "/api/public/otel/v1/traces")).toBe(true);
    expect(receiver.received[0]!.authorization).toBe(
      `Basic ${Buffer.from("pk-lf-test:sk-lf-test").toString("base64")}`,
    );

    // Each call is exported by a request of its own: they may arrive in either order.
    const spans = receiver.received.flatMap((request) => request.spans);
    expect(spans).toHaveLength(2);
    const isFailed = (span: (typeof spans)[number]) => attributes(span)["langfuse.observation.level"] === "ERROR";
    const ok = spans.find((span) => !isFailed(span));
    const failed = spans.find(isFailed);
    expect(ok!.name).toBe("resume-extraction");
    expect(attributes(ok!)).toMatchObject({
      "langfuse.observation.type": "generation",
      "langfuse.observation.model.name": "deepseek-chat",
      "langfuse.observation.prompt.name": "resume-extraction",
      "langfuse.observation.prompt.version": 3,
    });
    expect(JSON.parse(String(attributes(ok!)["langfuse.observation.metadata"]))).toEqual({
      provider: "deepseek",
      attempt: 1,
      generation_id: "mem-1",
      inference_id: "inf_1",
    });
    expect(JSON.parse(String(attributes(ok!)["langfuse.observation.usage_details"]))).toEqual({
      input: 200,
      input_cached_tokens: 1000,
      output: 150,
    });
    expect(JSON.parse(String(attributes(ok!)["langfuse.observation.cost_details"]))).toEqual({ total: 0.0001 });
    // The span covers the call: it ends when the call was traced and lasted its latency.
    expect(BigInt(ok!.endTimeUnixNano) - BigInt(ok!.startTimeUnixNano)).toBe(850_000_000n);
    expect(BigInt(ok!.endTimeUnixNano)).toBe(BigInt(Date.parse("2026-11-20T10:00:00.000Z")) * 1_000_000n);

    expect(attributes(failed!)).toMatchObject({
      "langfuse.observation.level": "ERROR",
      "langfuse.observation.status_message": "timeout",
    });
    expect(failed!.status?.code).toBe(2); // OpenTelemetry's ERROR
  });

  it("a Langfuse that refuses the export costs nothing but the export: the trace is still recorded", async () => {
    const inner = memoryTracer();
    const tracer = withLangfuseExport(inner, {
      publicKey: "pk-lf-wrong",
      secretKey: "sk-lf-wrong",
      baseUrl,
      exportMode: "immediate",
    });
    await expect(tracer.record(trace())).resolves.toBe("mem-1");
    await expect(tracer.flush()).resolves.toBeUndefined();
    expect(receiver.received).toHaveLength(1); // it was tried, and refused
    expect(inner.traces).toHaveLength(1);
  });

  it("is configured only when both keys are set", async () => {
    const configured = await withEnv(
      { LANGFUSE_PUBLIC_KEY: "pk-lf-1", LANGFUSE_SECRET_KEY: "sk-lf-1", LANGFUSE_BASE_URL: baseUrl },
      async () => gatewayConfig(env()),
    );
    expect(configured.langfuse).toEqual({ publicKey: "pk-lf-1", secretKey: "sk-lf-1", baseUrl });
    const halfConfigured = await withEnv({ LANGFUSE_PUBLIC_KEY: "pk-lf-1", LANGFUSE_SECRET_KEY: undefined }, async () =>
      gatewayConfig(env()),
    );
    expect(halfConfigured.langfuse).toBeNull();
    resetEnvCache();
  });
});
