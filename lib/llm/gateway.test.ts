import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CircuitBreaker } from "@/lib/llm/circuit-breaker";
import { taskSchema } from "@/lib/llm/tasks";
import { startFakeLlmServer, type FakeLlmServer } from "@/test/fake-llm/server";
import { resumeResponder, testGateway, VALID_RESUME } from "@/test/helpers/llm";
import type { CallSpec } from "./attempt";

// Gateway behaviour against real HTTP: the real ollama/openai clients talk to the fake server, which
// scripts each fault. Traces go to memory here; gateway.int.test.ts checks the Generation rows.

let server: FakeLlmServer;

beforeAll(async () => {
  server = await startFakeLlmServer({ responder: resumeResponder });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const spec = (): CallSpec & { schema: ReturnType<typeof taskSchema<"resume-extraction">> } => ({
  task: "resume-extraction",
  messages: [
    { role: "system", content: "Read the résumé." },
    { role: "user", content: "<resume>\nJane, senior Python engineer\n</resume>" },
  ],
  prompt: { name: "resume-extraction", version: 1, versionId: null },
  schema: taskSchema("resume-extraction"),
  builtin: { name: "resume-extraction", input: { text: "Jane, senior Python engineer" } },
});

const summary = (
  traces: {
    provider: string;
    status: string;
    errorClass: string | null;
    attempt: number;
    fallbackFrom: string | null;
  }[],
) =>
  traces.map(
    (trace) =>
      `${trace.provider}#${trace.attempt}:${trace.status}${trace.errorClass ? `/${trace.errorClass}` : ""}${trace.fallbackFrom ? `<-${trace.fallbackFrom}` : ""}`,
  );

describe("happy paths", () => {
  it.each(["ollama", "deepseek", "openai"] as const)(
    "%s answers a structured task; the call is traced with tokens and latency",
    async (name) => {
      const { gateway, traces } = testGateway({ server, chain: [name, "builtin"] });
      const outcome = await gateway.generate(spec());

      expect(outcome).toMatchObject({
        value: VALID_RESUME,
        provider: name,
        prompt: { name: "resume-extraction", version: 1 },
        calls: 1,
      });
      expect(outcome.generationId).toBe("mem-1");
      expect(traces).toHaveLength(1);
      expect(traces[0]).toMatchObject({
        provider: name,
        status: "success",
        errorClass: null,
        attempt: 1,
        fallbackFrom: null,
        task: "resume-extraction",
        promptName: "resume-extraction",
        promptVersionNumber: 1,
      });
      expect(traces[0]?.inputTokens).toBeGreaterThan(0);
      expect(traces[0]?.outputTokens).toBeGreaterThan(0);
      expect(traces[0]?.latencyMs).toBeGreaterThan(0);
    },
  );

  it("DeepSeek cost comes from the price table: cache hits and the off-peak window", async () => {
    const { gateway, traces } = testGateway({
      server,
      chain: ["deepseek"],
      now: () => new Date("2025-03-01T20:00:00Z"),
    });
    server.enqueue({
      kind: "reply",
      content: VALID_RESUME,
      usage: { input: 1_000_000, output: 100_000, cached: 400_000, deepseek: true },
    });
    await gateway.generate(spec());
    expect(traces[0]).toMatchObject({ inputTokens: 1_000_000, cachedTokens: 400_000, outputTokens: 100_000 });
    expect(traces[0]?.costUsd).toBeCloseTo(0.6 * 0.135 + 0.4 * 0.035 + 0.1 * 0.55, 10);
  });

  it("plain text generation returns the text", async () => {
    const { gateway } = testGateway({ server, chain: ["openai"] });
    server.enqueue({ kind: "reply", content: "A short answer." });
    const outcome = await gateway.generate({
      task: null,
      messages: [{ role: "user", content: "Say something." }],
      prompt: null,
    });
    expect(outcome).toMatchObject({ value: "A short answer.", text: "A short answer.", provider: "openai" });
  });
});

describe("transient faults retry on the same provider", () => {
  it("a call slower than the timeout is retried", async () => {
    // Generous margins for a busy 2-core machine: the retry must finish well inside 600 ms.
    const { gateway, traces } = testGateway({ server, chain: ["ollama", "builtin"], policy: { timeoutMs: 600 } });
    server.enqueue({ kind: "slow", delayMs: 3_000 });
    const outcome = await gateway.generate(spec());
    expect(outcome.provider).toBe("ollama");
    expect(summary(traces)).toEqual(["ollama#1:error/timeout", "ollama#2:success"]);
    expect(traces[0]?.latencyMs).toBeGreaterThanOrEqual(590);
  });

  it.each(["ollama", "openai"] as const)(
    "%s: 429 with Retry-After: 1 waits at least a second before retrying",
    async (name) => {
      const { gateway, traces } = testGateway({ server, chain: [name] });
      server.enqueue({ kind: "status", status: 429, retryAfter: "1" });
      const outcome = await gateway.generate(spec());
      expect(outcome.provider).toBe(name);
      expect(summary(traces)).toEqual([`${name}#1:error/rate_limit`, `${name}#2:success`]);
      const [first, second] = server.requests;
      expect(second!.time - first!.time).toBeGreaterThanOrEqual(990);
    },
  );

  it("500 and a malformed body are retried with backoff", async () => {
    const { gateway, traces } = testGateway({ server, chain: ["deepseek", "builtin"] });
    server.enqueue({ kind: "status", status: 500 }, { kind: "malformed" });
    const outcome = await gateway.generate(spec());
    expect(outcome.provider).toBe("deepseek");
    expect(summary(traces)).toEqual([
      "deepseek#1:error/provider_error",
      "deepseek#2:error/provider_error",
      "deepseek#3:success",
    ]);
  });

  it("a hung connection times out on every attempt, then the chain falls back", async () => {
    const { gateway, traces } = testGateway({ server, chain: ["openai", "builtin"], policy: { timeoutMs: 250 } });
    server.setDefault({ kind: "hang" });
    const outcome = await gateway.generate(spec());
    expect(outcome).toMatchObject({ provider: "builtin", prompt: null, calls: 4 });
    expect(summary(traces)).toEqual([
      "openai#1:error/timeout",
      "openai#2:error/timeout",
      "openai#3:error/timeout",
      "builtin#1:success<-openai",
    ]);
  });
});

describe("invalid output is repaired once, then falls back", () => {
  it("a blank answer is retried with the complaint appended to the conversation", async () => {
    const { gateway, traces } = testGateway({ server, chain: ["deepseek", "builtin"] });
    server.enqueue({ kind: "blank" });
    const outcome = await gateway.generate(spec());
    expect(outcome.provider).toBe("deepseek");
    expect(summary(traces)).toEqual(["deepseek#1:error/invalid_output", "deepseek#2:success"]);
    const retried = server.requests[1]?.body as { messages: { role: string; content: string }[] };
    expect(retried.messages.at(-1)).toMatchObject({
      role: "user",
      content: expect.stringContaining("The answer was empty"),
    });
  });

  it("a schema-violating object twice: the validation error goes back once, then builtin answers", async () => {
    const { gateway, traces } = testGateway({ server, chain: ["ollama", "builtin"] });
    const violating = { ...VALID_RESUME, seniority: "wizard", score: 100 };
    server.enqueue({ kind: "reply", content: violating }, { kind: "reply", content: violating });
    const outcome = await gateway.generate(spec());

    expect(outcome.provider).toBe("builtin");
    expect(outcome.value).not.toHaveProperty("score");
    expect(summary(traces)).toEqual([
      "ollama#1:error/invalid_output",
      "ollama#2:error/invalid_output",
      "builtin#1:success<-ollama",
    ]);
    expect(traces[0]?.outputTokens).toBeGreaterThan(0); // a rejected answer still cost tokens
    const repaired = server.requests[1]?.body as { messages: { role: string; content: string }[] };
    expect(repaired.messages.slice(-2).map((message) => message.role)).toEqual(["assistant", "user"]);
    expect(repaired.messages.at(-1)?.content).toMatch(/seniority/);
    expect(repaired.messages.at(-1)?.content).toMatch(/score/);
  });

  it("malformed JSON in the content counts as invalid output", async () => {
    const { gateway, traces } = testGateway({ server, chain: ["openai"] });
    server.enqueue({ kind: "reply", content: '{"technical_skills": [' });
    await gateway.generate(spec());
    expect(summary(traces)).toEqual(["openai#1:error/invalid_output", "openai#2:success"]);
  });
});

describe("non-retryable failures fall back at once", () => {
  it.each([
    [401, "auth"],
    [400, "bad_request"],
  ] as const)("HTTP %i is not retried", async (status, errorClass) => {
    const { gateway, traces } = testGateway({ server, chain: ["openai", "builtin"] });
    server.enqueue({ kind: "status", status });
    const outcome = await gateway.generate(spec());
    expect(outcome.provider).toBe("builtin");
    expect(server.requests).toHaveLength(1);
    expect(summary(traces)).toEqual([`openai#1:error/${errorClass}`, "builtin#1:success<-openai"]);
    expect(gateway.breaker.state("openai").lastErrorClass).toBe(errorClass);
  });

  it("a Retry-After beyond the cap falls back now and cools the provider down for that long", async () => {
    const { gateway } = testGateway({ server, chain: ["ollama", "builtin"], policy: { maxDelayMs: 2_000 } });
    server.enqueue({ kind: "status", status: 429, retryAfter: "30" });
    const outcome = await gateway.generate(spec());
    expect(outcome.provider).toBe("builtin");
    expect(server.requests).toHaveLength(1);
    expect(gateway.breaker.state("ollama").cooldownRemainingMs).toBeGreaterThan(25_000);
  });

  it("falls back along the chain: ollama → deepseek", async () => {
    const { gateway, traces } = testGateway({
      server,
      chain: ["ollama", "deepseek", "builtin"],
      policy: { maxRetries: 0 },
    });
    server.enqueue({ kind: "status", status: 503, path: "/api/chat" });
    const outcome = await gateway.generate(spec());
    expect(outcome).toMatchObject({ provider: "deepseek", prompt: { name: "resume-extraction" } });
    expect(summary(traces)).toEqual(["ollama#1:error/provider_error", "deepseek#1:success<-ollama"]);
    // The failed call served the same request: both are reported, the answering one last.
    expect(outcome.generationIds).toHaveLength(2);
    expect(outcome.generationIds.at(-1)).toBe(outcome.generationId);
  });
});

describe("cooldown", () => {
  it("skips a provider after repeated failures without calling it, then lets one trial through", async () => {
    let now = Date.now();
    const breaker = new CircuitBreaker({ failureThreshold: 2, cooldownMs: 10_000, now: () => now });
    const { gateway, traces } = testGateway({
      server,
      chain: ["ollama", "builtin"],
      breaker,
      policy: { maxRetries: 0 },
    });
    server.enqueue({ kind: "status", status: 500 }, { kind: "status", status: 500 });
    await gateway.generate(spec());
    await gateway.generate(spec());
    expect(server.requests).toHaveLength(2);

    const skipped = await gateway.generate(spec());
    expect(skipped).toMatchObject({ provider: "builtin", calls: 1 });
    expect(server.requests).toHaveLength(2); // not called while cooling down
    expect(traces.at(-1)).toMatchObject({ provider: "builtin", fallbackFrom: "ollama" });
    expect(breaker.state("ollama")).toMatchObject({ consecutiveFailures: 2, lastErrorClass: "provider_error" });
    expect(breaker.state("ollama").cooldownRemainingMs).toBeGreaterThan(0);

    now += 10_001;
    const trial = await gateway.generate(spec());
    expect(trial.provider).toBe("ollama");
    expect(breaker.state("ollama")).toMatchObject({ consecutiveFailures: 0, cooldownRemainingMs: 0 });
  });
});

describe("tracing never fails a call", () => {
  it("a tracer that throws leaves the answer intact, without a generation id", async () => {
    const tracer = { record: async () => Promise.reject(new Error("database down")) };
    const { gateway } = testGateway({ server, chain: ["ollama"], tracer });
    const outcome = await gateway.generate(spec());
    expect(outcome).toMatchObject({ provider: "ollama", generationId: null, value: VALID_RESUME });
  });
});

describe("a hanging or failing provider and many requests", () => {
  it("counts every failed call toward the breaker, not every failed request", async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 60_000 });
    const { gateway } = testGateway({ server, chain: ["openai", "builtin"], breaker, policy: { maxRetries: 2 } });
    server.setDefault({ kind: "status", status: 503 });
    for (let request = 0; request < 3; request++) {
      expect((await gateway.generate(spec())).provider).toBe("builtin");
    }
    // The first request's three calls open the circuit; before, each request retried on its own (9 calls).
    expect(server.requests).toHaveLength(3);
  });

  it("shares what concurrent requests' calls learn at once: 16 hung requests make no second round of calls", async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 60_000 });
    const { gateway, traces } = testGateway({
      server,
      chain: ["openai", "builtin"],
      breaker,
      policy: { timeoutMs: 300, maxRetries: 2, baseMs: 50 },
    });
    server.setDefault({ kind: "hang" });
    // The calls this gateway made, as it traced them: the server also records calls of earlier tests that
    // reach it late on a busy machine, and calls of this one after the assertions.
    const calls = () => traces.filter((trace) => trace.provider === "openai").length;
    const outcomes = await Promise.all(Array.from({ length: 16 }, () => gateway.generate(spec())));
    expect(outcomes.every((outcome) => outcome.provider === "builtin")).toBe(true);
    // A request's first call goes out unless three calls have failed by then (how many do depends on the
    // machine's speed); a retry only while fewer than 3 have failed (at most 2). Before, every request
    // retried twice: 48 calls.
    expect(calls()).toBeGreaterThanOrEqual(3);
    expect(calls()).toBeLessThanOrEqual(18);
    await gateway.generate(spec());
    expect(calls()).toBeLessThanOrEqual(18);
  });

  it("gives a request's LLM calls one overall deadline, then the rules answer", async () => {
    // A per-call timeout no request would ever sit out: only the deadline ends the wait (long enough for
    // the call to reach the server on a busy machine).
    const { gateway, traces } = testGateway({
      server,
      chain: ["openai", "builtin"],
      policy: { timeoutMs: 600_000, maxRetries: 5 },
    });
    server.setDefault({ kind: "hang" });
    const calls = () => traces.filter((trace) => trace.provider === "openai");
    const outcome = await gateway.generate({ ...spec(), deadline: Date.now() + 2_000 });
    expect(outcome).toMatchObject({ provider: "builtin", value: expect.any(Object) });
    expect(calls()).toHaveLength(1);
    // Past its deadline a request does not call the provider at all.
    await gateway.generate({ ...spec(), deadline: Date.now() - 1 });
    expect(calls()).toHaveLength(1);
  });
});
