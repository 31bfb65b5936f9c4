import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enrichResume, explainMatch, extractRequirements, withTracesInOneWrite } from "@/lib/llm";
import { startFakeLlmServer, type FakeLlmServer } from "@/test/fake-llm/server";
import { withEnv } from "@/test/helpers/env";
import { resumeResponder, VALID_RESUME } from "@/test/helpers/llm";
import { unique } from "@/test/helpers/unique";

// The domain API end to end: configuration from the environment, the real adapters over HTTP to the
// fake server, and the Generation rows written to the database.

const ctx = { kind: "system" as const, name: "gateway-int-test" };
const RESUME = "Jane Doe — jane@example.com\nSenior engineer, Python and Kubernetes, 7 years.";
// No configuration at all, whatever the machine's environment says.
const UNCONFIGURED = {
  LLM_PROVIDER: undefined,
  ENV: undefined,
  LLM_FALLBACKS: undefined,
  DEEPSEEK_API_KEY: undefined,
  OPENAI_API_KEY: undefined,
};

let server: FakeLlmServer;

beforeAll(async () => {
  server = await startFakeLlmServer({ responder: resumeResponder });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

async function generation(id: string | null) {
  expect(id).not.toBeNull();
  return db.generation.findUniqueOrThrow({ where: { id: id! } });
}

describe("with no configuration", () => {
  it("enrichResume answers through the builtin provider and traces it", async () => {
    const answer = await withEnv(UNCONFIGURED, () => enrichResume({ ctx, input: { text: RESUME } }));
    expect(answer).toMatchObject({ provider: "builtin", model: "rules", prompt: null });
    expect(answer.value.has_email).toBe(true);
    const row = await generation(answer.generationId);
    expect(row).toMatchObject({
      provider: "builtin",
      status: "success",
      task: "resume-extraction",
      promptName: null,
      attempt: 1,
      costUsd: 0,
    });
    expect(server.requests).toHaveLength(0);
  });

  it("calls made within withTracesInOneWrite are stored when it ends, each with the id it was given", async () => {
    const texts = [`${RESUME}\n${unique("held")}`, `${RESUME}\n${unique("held")}`, `${RESUME}\n${unique("held")}`];
    const ids = await withEnv(UNCONFIGURED, () =>
      withTracesInOneWrite(async () => {
        const answers = [];
        for (const text of texts) answers.push(await enrichResume({ ctx, input: { text } }));
        const held = answers.map((answer) => answer.generationId!);
        expect(await db.generation.count({ where: { id: { in: held } } })).toBe(0);
        return held;
      }),
    );
    const rows = await db.generation.findMany({ where: { id: { in: ids } } });
    expect(rows).toHaveLength(texts.length);
    expect(rows.every((row) => row.provider === "builtin" && row.task === "resume-extraction")).toBe(true);
    // Every column as a single traced call stores it.
    const single = await withEnv(UNCONFIGURED, () => enrichResume({ ctx, input: { text: texts[0]! } }));
    const stored = await db.generation.findUniqueOrThrow({ where: { id: single.generationId! } });
    const comparable = ({ id: _id, createdAt, latencyMs, ...row }: typeof stored) => ({
      ...row,
      createdAt: createdAt instanceof Date,
      latencyMs: Number.isInteger(latencyMs),
    });
    for (const row of rows) expect(comparable(row)).toEqual(comparable(stored));
    expect(Math.abs(rows[0]!.createdAt.getTime() - stored.createdAt.getTime())).toBeLessThan(3_600_000);
  });

  it("a held trace naming an unknown inference costs no row: it is stored without the link", async () => {
    const [known, missing] = [unique("held-known"), unique("held-missing")];
    const ids = await withEnv(UNCONFIGURED, () =>
      withTracesInOneWrite(async () => {
        const one = await enrichResume({ ctx, input: { text: `${RESUME}\n${known}` } });
        const other = await enrichResume({ ctx, input: { text: RESUME, inferenceId: missing } });
        return [one.generationId!, other.generationId!];
      }),
    );
    const rows = await db.generation.findMany({ where: { id: { in: ids } }, select: { inferenceId: true } });
    expect(rows).toEqual([{ inferenceId: null }, { inferenceId: null }]);
  });

  it("extractRequirements and explainMatch answer too", async () => {
    await withEnv(UNCONFIGURED, async () => {
      const requirements = await extractRequirements({
        ctx,
        input: { title: "Senior MLOps Engineer", description: "Python, Kubernetes." },
      });
      expect(requirements.provider).toBe("builtin");
      const rationale = await explainMatch({
        ctx,
        input: {
          score: 81,
          band: "strong",
          matched_skills: ["python"],
          missing_skills: ["go"],
          top_positive: [{ signal: "skill_coverage", contribution: 12 }],
          top_negative: [],
        },
      });
      expect(rationale.value.summary).toMatch(/81/);
    });
  });
});

describe("with LLM_PROVIDER=ollama pointed at the fake server", () => {
  const ollama = () => ({
    ...UNCONFIGURED,
    LLM_PROVIDER: "ollama",
    OLLAMA_HOST: server.url,
    OLLAMA_MODEL: "qwen2.5:7b-instruct",
    LLM_RETRY_BASE_MS: "1",
  });

  it("the same call is enriched by the Ollama adapter and traced with tokens and latency", async () => {
    const answer = await withEnv(ollama(), () => enrichResume({ ctx, input: { text: RESUME } }));
    expect(answer).toMatchObject({
      provider: "ollama",
      model: "qwen2.5:7b-instruct",
      prompt: { name: "resume-extraction", version: 1 },
      value: VALID_RESUME,
    });
    const row = await generation(answer.generationId);
    expect(row).toMatchObject({
      provider: "ollama",
      model: "qwen2.5:7b-instruct",
      status: "success",
      errorClass: null,
      task: "resume-extraction",
      promptName: "resume-extraction",
      promptVersionNumber: 1,
      attempt: 1,
      fallbackFrom: null,
      costUsd: 0,
    });
    expect(row.inputTokens).toBeGreaterThan(50);
    expect(row.outputTokens).toBeGreaterThan(10);
    expect(row.latencyMs).toBeGreaterThanOrEqual(0);
    expect(server.requests[0]?.prompt).toContain(RESUME);
  });

  it("records every attempt: a 500, then the retry that answered", async () => {
    const inference = await db.inference.create({ data: { latencyMs: 1, source: "test" }, select: { id: true } });
    server.enqueue({ kind: "status", status: 500 });
    const answer = await withEnv(ollama(), () =>
      enrichResume({ ctx, input: { text: RESUME, inferenceId: inference.id } }),
    );
    const rows = await db.generation.findMany({ where: { inferenceId: inference.id }, orderBy: { attempt: "asc" } });
    expect(rows.map((row) => [row.status, row.errorClass, row.attempt])).toEqual([
      ["error", "provider_error", 1],
      ["success", null, 2],
    ]);
    expect(rows[1]?.id).toBe(answer.generationId);
  });

  it("falls back to builtin when Ollama keeps failing, and says so", async () => {
    server.setDefault({ kind: "status", status: 503 });
    const inference = await db.inference.create({ data: { latencyMs: 1, source: "test" }, select: { id: true } });
    const answer = await withEnv(ollama(), () =>
      enrichResume({ ctx, input: { text: RESUME, inferenceId: inference.id } }),
    );
    expect(answer).toMatchObject({ provider: "builtin", prompt: null });
    const rows = await db.generation.findMany({
      where: { inferenceId: inference.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(
      rows.map((row) => `${row.provider}:${row.status}:${row.errorClass ?? ""}:${row.fallbackFrom ?? ""}`),
    ).toEqual([
      "ollama:error:provider_error:",
      "ollama:error:provider_error:",
      "ollama:error:provider_error:",
      "builtin:success::ollama",
    ]);
  });

  it("an unknown inference id does not cost the trace", async () => {
    const missing = unique("no-such-inference");
    const answer = await withEnv(ollama(), () => enrichResume({ ctx, input: { text: RESUME, inferenceId: missing } }));
    const row = await generation(answer.generationId);
    expect(row.inferenceId).toBeNull();
  });
});
