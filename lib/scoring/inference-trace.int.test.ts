import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/v2/score/route";
import { db } from "@/lib/db";
import { flushTraces } from "@/lib/llm";
import { scoreResult } from "@/lib/vocabulary/score-response";
import { startFakeLlmServer, type FakeLlmServer } from "@/test/fake-llm/server";
import { apiKeyWithScopes } from "@/test/helpers/actors";
import { withEnv } from "@/test/helpers/env";
import { bearer, callRoute } from "@/test/helpers/http";
import { resumeResponder, TEST_KEY } from "@/test/helpers/llm";
import {
  attributesOf,
  LANGFUSE_TEST_KEYS,
  metadataOf,
  otlpReceiver,
  type OtlpReceiver,
} from "@/test/helpers/otlp-receiver";
import { unique } from "@/test/helpers/unique";

// A scoring request is one trace: over real HTTP, the résumé is read by a fake OpenAI-compatible LLM and
// embedded by its embeddings endpoint, every call is linked to the inference (failed attempts included),
// and Langfuse (a local OTLP receiver) gets the inference's span with those calls beneath it.

let llm: FakeLlmServer;
let langfuse: OtlpReceiver;
let headers: Record<string, string>;

beforeAll(async () => {
  [llm, langfuse] = await Promise.all([
    startFakeLlmServer({ responder: resumeResponder, embeddingDimension: 8 }),
    otlpReceiver(),
  ]);
  headers = bearer((await apiKeyWithScopes(["scoring"])).key);
});
afterAll(() => Promise.all([llm.close(), langfuse.close()]));
beforeEach(() => {
  llm.reset();
  langfuse.received.length = 0;
});

const remote = () => ({
  LLM_PROVIDER: "openai",
  OPENAI_BASE_URL: llm.openaiBaseUrl,
  OPENAI_API_KEY: TEST_KEY,
  LLM_FALLBACKS: "builtin",
  LLM_MAX_RETRIES: "1",
  LLM_RETRY_BASE_MS: "1",
  EMBEDDING_PROVIDER: "openai",
  EMBEDDING_MODEL: "fake-embed:latest",
  EMBEDDING_DIMENSIONS: "8",
  LANGFUSE_PUBLIC_KEY: LANGFUSE_TEST_KEYS.publicKey,
  LANGFUSE_SECRET_KEY: LANGFUSE_TEST_KEYS.secretKey,
  LANGFUSE_BASE_URL: langfuse.url,
});

const payload = () => ({
  request_id: unique("traced"),
  candidate: { profile: { resume_text: "Senior engineer, Python and Kubernetes, 7 years of experience." } },
  job_context: {
    metadata: { job_title: "Senior MLOps Engineer", department: "Engineering" },
    requirements: { required_tech_skills: ["python", "kubernetes"], target_seniority: "senior" },
  },
});

/** Scores through the route, then sends the queued spans, as a stopping server does. */
async function scoreAndFlush() {
  const response = await callRoute(POST, { headers, body: payload() });
  expect(response.status).toBe(200);
  const result = scoreResult.parse(await response.json());
  await flushTraces();
  return result;
}

const linkedCalls = (inferenceId: string) =>
  db.generation.findMany({
    where: { inferenceId },
    orderBy: { createdAt: "asc" },
    select: { id: true, task: true, status: true, errorClass: true, attempt: true },
  });

describe("one trace per inference", () => {
  it("exports the inference's span with its LLM and embedding calls beneath it, all linked to the inference", async () => {
    llm.enqueue({ kind: "status", status: 503, path: "/v1/embeddings" });
    const result = await withEnv(remote(), scoreAndFlush);

    const calls = await linkedCalls(result.inference_id);
    expect(calls.map((call) => [call.task, call.status, call.errorClass, call.attempt])).toEqual([
      ["resume-extraction", "success", null, 1],
      ["embed", "error", "provider_error", 1],
      ["embed", "success", null, 2],
    ]);
    expect(result.features.semantic_similarity).not.toBeNull();
    expect(result.unavailable_signals).toEqual([]);

    const traceId = result.inference_id.replaceAll("-", "");
    const spans = langfuse.spans().filter((span) => span.traceId === traceId);
    const root = spans.find((span) => span.name === "score");
    expect(root).toBeDefined();
    expect(root!.parentSpanId ?? "").toBe("");
    expect(attributesOf(root!)).toMatchObject({ "langfuse.trace.name": "score" });
    expect(metadataOf(root!)).toMatchObject({
      inference_id: result.inference_id,
      request_id: result.request_id,
      outcome: "scored",
      score: result.score,
    });
    const children = spans.filter((span) => span.parentSpanId === root!.spanId);
    expect(children.map((span) => [span.name, attributesOf(span)["langfuse.observation.type"]]).sort()).toEqual([
      ["embed", "embedding"],
      ["embed", "embedding"],
      ["resume-extraction", "generation"],
    ]);
    expect(children.map((span) => metadataOf(span).generation_id).sort()).toEqual(calls.map((call) => call.id).sort());
    expect(children.every((span) => metadataOf(span).inference_id === result.inference_id)).toBe(true);
  });

  it("says in the score that semantic similarity was unavailable when embedding failed, and links the failed calls", async () => {
    llm.enqueue(
      { kind: "status", status: 503, path: "/v1/embeddings" },
      { kind: "status", status: 503, path: "/v1/embeddings" },
    );
    const result = await withEnv(remote(), scoreAndFlush);

    expect(result.features.semantic_similarity).toBeNull();
    expect(result.unavailable_signals).toEqual([
      {
        signal: "semantic_similarity",
        reason: "embedding_failed",
        detail: "semantic similarity unavailable: the embedding service failed (provider_error)",
      },
    ]);
    const embeds = (await linkedCalls(result.inference_id)).filter((call) => call.task === "embed");
    expect(embeds.map((call) => [call.status, call.attempt])).toEqual([
      ["error", 1],
      ["error", 2],
    ]);
    const failedSpans = langfuse
      .spans()
      .filter((span) => span.name === "embed" && metadataOf(span).inference_id === result.inference_id);
    expect(failedSpans.map((span) => attributesOf(span)["langfuse.observation.level"])).toEqual(["ERROR", "ERROR"]);
  });
});
