import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v2/score/route";
import { scoreResult } from "@/lib/vocabulary/score-response";
import { db, dbDriver } from "@/lib/db";
import { startFakeLlmServer, type FakeLlmServer } from "@/test/fake-llm/server";
import { apiKeyWithScopes } from "@/test/helpers/actors";
import { withEnv } from "@/test/helpers/env";
import { bearer, callRoute } from "@/test/helpers/http";
import { fakeOllamaEmbedding, resumeResponder } from "@/test/helpers/llm";
import { unique } from "@/test/helpers/unique";

// The scoring API over real HTTP to a fake Ollama server: enrichment through the gateway's Ollama
// adapter, traced and linked to the inference; fallback to the built-in rules when the server fails;
// embeddings from a remote model.

let server: FakeLlmServer;
let headers: Record<string, string>;

beforeAll(async () => {
  server = await startFakeLlmServer({ responder: resumeResponder, embeddingDimension: 8 });
  headers = bearer((await apiKeyWithScopes(["scoring"])).key);
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const resumeOnly = (vector?: number[]) => ({
  request_id: unique("llm"),
  candidate: {
    profile: { resume_text: "Senior engineer, Python and Kubernetes, 7 years of experience." },
    ...(vector ? { embeddings: { semantic_vector: vector } } : {}),
  },
  job_context: {
    metadata: { job_title: "Senior MLOps Engineer", department: "Engineering" },
    requirements: { required_tech_skills: ["python", "kubernetes"], target_seniority: "senior" },
  },
});

const ollama = () => ({
  LLM_PROVIDER: "ollama",
  OLLAMA_HOST: server.url,
  LLM_FALLBACKS: "builtin",
  LLM_MAX_RETRIES: "0",
  LLM_RETRY_BASE_MS: "1",
});

async function score(body: unknown) {
  const response = await callRoute(POST, { headers, body });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("scoring through the LLM gateway", () => {
  it("enriches a résumé with the Ollama adapter and traces the generation on the inference", async () => {
    const { status, json } = await withEnv(ollama(), () => score(resumeOnly()));
    expect(status).toBe(200);
    const result = scoreResult.parse(json);
    expect(result.enrichment.provider).toBe("ollama");
    expect(result.prompt_versions).toEqual([{ name: "resume-extraction", version: 1 }]);
    expect(result.matched_skills).toEqual(["kubernetes", "python"]);
    expect(server.requests.filter((request) => request.endpoint === "chat")).toHaveLength(1);
    const generation = await db.generation.findFirstOrThrow({ where: { inferenceId: result.inference_id } });
    expect(generation).toMatchObject({ provider: "ollama", status: "success", promptName: "resume-extraction" });
    expect(generation.inputTokens).toBeGreaterThan(0);
    expect(generation.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("answers 200 once the score is written, even when linking its LLM calls fails; a retry replays it", async () => {
    // A database that refuses the link, as a connection killed between the two writes would.
    const model = unique("link-refused").toLowerCase();
    const name = model.replace(/[^a-z0-9]/g, "_");
    await dbDriver().query(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW."model" = '${model}' AND NEW."inferenceId" IS NOT NULL THEN RAISE EXCEPTION 'link refused'; END IF;
      RETURN NEW; END $$`);
    await dbDriver().query(
      `CREATE TRIGGER ${name} BEFORE UPDATE ON "Generation" FOR EACH ROW EXECUTE FUNCTION ${name}()`,
    );
    try {
      const body = resumeOnly();
      const first = await withEnv({ ...ollama(), OLLAMA_MODEL: model }, () => score(body));
      expect(first.status).toBe(200);
      const stored = await db.inference.findFirstOrThrow({ where: { requestId: body.request_id } });
      expect(stored.id).toBe(first.json.inference_id);
      expect(await db.generation.count({ where: { model, inferenceId: null } })).toBe(1);

      const retry = await withEnv({ ...ollama(), OLLAMA_MODEL: model }, () => score(body));
      expect(retry).toEqual({ status: 200, json: { ...first.json, replay: true } });
    } finally {
      await dbDriver().query(`DROP TRIGGER ${name} ON "Generation"`);
      await dbDriver().query(`DROP FUNCTION ${name}()`);
    }
  });

  it("answers with the built-in rules when the LLM hangs past the request's deadline", async () => {
    server.setDefault({ kind: "hang" });
    const hanging = { ...ollama(), LLM_TIMEOUT_MS: "600000", LLM_MAX_RETRIES: "2", LLM_DEADLINE_MS: "300" };
    const { status, json } = await withEnv(hanging, () => score(resumeOnly()));
    expect(status).toBe(200);
    const result = scoreResult.parse(json);
    expect(result.enrichment.provider).toBe("builtin");
    expect(result.matched_skills).toEqual(["kubernetes", "python"]);
  });

  it("still scores, with the built-in rules, when every remote provider fails", async () => {
    server.setDefault({ kind: "status", status: 500 });
    const { status, json } = await withEnv(ollama(), () => score(resumeOnly()));
    expect(status).toBe(200);
    const result = scoreResult.parse(json);
    expect(result.enrichment.provider).toBe("builtin");
    expect(result.matched_skills).toEqual(["kubernetes", "python"]);
    // The failed call is traced on the inference too, beside the rules' answer.
    const generations = await db.generation.findMany({ where: { inferenceId: result.inference_id } });
    expect(generations.map((row) => `${row.provider}:${row.status}`).sort()).toEqual([
      "builtin:success",
      "ollama:error",
    ]);
  });

  it("embeds with a remote model, and checks supplied vectors against its dimension", async () => {
    await withEnv(fakeOllamaEmbedding(server), async () => {
      const { json } = await score(resumeOnly());
      const result = scoreResult.parse(json);
      expect(result.embedding_model).toBe("fake-embed:latest");
      expect(result.features.semantic_similarity).not.toBeNull();
      expect(server.requests.some((request) => request.endpoint === "embed")).toBe(true);

      const wrong = await score(resumeOnly(Array(384).fill(0.1)));
      expect(wrong.status).toBe(400);
      expect(JSON.stringify(wrong.json)).toContain("uses 8");
    });
  });

  it("scores without semantic similarity when the embedding server is down", async () => {
    server.setDefault({ kind: "status", status: 503 });
    const { status, json } = await withEnv(fakeOllamaEmbedding(server), () => score(resumeOnly()));
    expect(status).toBe(200);
    expect(scoreResult.parse(json).features.semantic_similarity).toBeNull();
  });
});
