import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as statusRoute } from "@/app/api/admin/embeddings/route";
import { POST as startRoute } from "@/app/api/admin/embeddings/refresh/route";
import { POST as scoreV1Route } from "@/app/api/v1/score/route";
import { embeddingStatusJson } from "@/lib/contracts/embeddings";
import { db } from "@/lib/db";
import { createJob } from "@/lib/job-postings";
import { scoreResult } from "@/lib/vocabulary/score-response";
import { fakeEmbedding, startFakeLlmServer, type FakeLlmServer } from "@/test/fake-llm/server";
import { apiKeyWithScopes, signedInUser, type TestUser } from "@/test/helpers/actors";
import { withEnv } from "@/test/helpers/env";
import { bearer, callRoute } from "@/test/helpers/http";
import { TEST_KEY } from "@/test/helpers/llm";
import { unique } from "@/test/helpers/unique";
import { BUILTIN_EMBEDDING_DIMENSIONS, BUILTIN_EMBEDDING_MODEL } from "./builtin";
import { refreshCandidateVectors, type RefreshSummary } from "./refresh-candidates";
import { settleCandidateVectorRefresh } from "./refresh-runner";
import { decodeVector, encodeVector } from "./vector";

// Re-embedding stored candidates after a model change, over real HTTP to a fake OpenAI-compatible
// embeddings endpoint. The remote model here takes the built-in model's name, so on a database shared
// with other tests only this test's candidates (vectors of a "retired" model) are stale.

const RETIRED = "retired-embed-v0";
let llm: FakeLlmServer;
let admin: TestUser;
let scoring: Record<string, string>;

beforeAll(async () => {
  llm = await startFakeLlmServer({ embeddingDimension: BUILTIN_EMBEDDING_DIMENSIONS });
  admin = await signedInUser("ADMIN");
  scoring = bearer((await apiKeyWithScopes(["scoring"])).key);
});
afterAll(() => llm.close());
beforeEach(async () => {
  await settleCandidateVectorRefresh();
  await db.embeddingRefresh.deleteMany({ where: { model: BUILTIN_EMBEDDING_MODEL } });
  llm.reset();
});

const remote = {
  EMBEDDING_PROVIDER: "openai",
  EMBEDDING_MODEL: BUILTIN_EMBEDDING_MODEL,
  EMBEDDING_DIMENSIONS: String(BUILTIN_EMBEDDING_DIMENSIONS),
  OPENAI_API_KEY: TEST_KEY,
  LLM_MAX_RETRIES: "0",
  EMBEDDING_REFRESH_PER_MINUTE: "1000000",
};
const withRemote = <T>(fn: () => Promise<T>) => withEnv({ ...remote, OPENAI_BASE_URL: llm.openaiBaseUrl }, fn);

/** Candidates saved while another model was configured: their vectors come from it. */
async function staleCandidates(count: number): Promise<{ id: string; resumeText: string }[]> {
  const tag = unique("stale");
  const rows = Array.from({ length: count }, (_, index) => ({
    fullName: `Stale ${index} ${tag}`,
    resumeText: `Backend engineer ${tag} number ${index}, Python and PostgreSQL.`,
    technicalSkills: ["python", "postgresql"],
    softSkills: [],
    tools: [],
    mentionedSkills: ["python", "postgresql"],
    embedding: encodeVector([0.1, 0.2, 0.3, 0.4]),
    embeddingModel: RETIRED,
  }));
  await db.candidate.createMany({ data: rows });
  return db.candidate.findMany({
    where: { fullName: { endsWith: tag } },
    orderBy: { id: "asc" },
    select: { id: true, resumeText: true },
  });
}

/** How often each text was embedded by a call that succeeded. */
function embeddedTimes(text: string): number {
  return llm.requests.filter(
    (request) =>
      request.endpoint === "embed" && request.behaviour !== "status" && request.prompt.split("\n").includes(text),
  ).length;
}

async function status() {
  const response = await callRoute(statusRoute, { headers: { cookie: admin.cookie } });
  expect(response.status).toBe(200);
  return embeddingStatusJson.parse(await response.json());
}

async function scoreStored(jobId: string, candidateId: string) {
  const response = await callRoute(scoreV1Route, {
    headers: scoring,
    body: { job_id: jobId, candidate_id: candidateId },
  });
  expect(response.status).toBe(200);
  return scoreResult.parse(await response.json());
}

describe("re-embedding candidates after a model change", () => {
  it("resumes after a provider stop, never embeds a candidate twice, and shows admins its progress", async () => {
    const candidates = await staleCandidates(5);
    const job = await createJob({
      ctx: { kind: "system", name: "test" },
      input: { title: `Backend Engineer ${unique("job")}`, department: "Engineering", requiredTechSkills: ["python"] },
    });

    // The provider rate-limits the second batch for ten minutes: the pass stops there, its first batch kept.
    const secondBatch = candidates[2]!.resumeText;
    llm.enqueue({
      kind: "status",
      status: 429,
      retryAfter: "600",
      path: "/v1/embeddings",
      match: (request) => request.prompt.split("\n").includes(secondBatch),
    });
    const stopped: RefreshSummary = await withRemote(() =>
      refreshCandidateVectors({ ctx: { kind: "system", name: "test" }, batchSize: 2 }),
    );
    expect(stopped).toMatchObject({ status: "waiting", embedded: 2, error: "rate_limit", remaining: 3 });

    const paused = await withRemote(status);
    expect(paused).toMatchObject({ model: BUILTIN_EMBEDDING_MODEL, provider: "openai" });
    expect(paused.candidates_stale).toBe(3);
    expect(paused.refresh).toMatchObject({ status: "waiting", done: 2, failed: 0, last_error: "rate_limit" });

    // Meanwhile a stale candidate is scored with what is current, and the explanation says what is missing.
    const meanwhile = await withRemote(() => scoreStored(job.id, candidates[4]!.id));
    expect(meanwhile.features.semantic_similarity).toBeNull();
    expect(meanwhile.unavailable_signals).toEqual([
      {
        signal: "semantic_similarity",
        reason: "stale_candidate_vector",
        detail: `semantic similarity unavailable: candidate vector out of date (${RETIRED}), re-embedding paused after an error (rate_limit), it resumes on its own`,
      },
    ]);

    // An admin resumes it (naming the model they saw); the rest is embedded, the first batch not again.
    const wrongModel = await withRemote(() =>
      callRoute(startRoute, { headers: { cookie: admin.cookie }, body: { model: RETIRED } }),
    );
    expect(wrongModel.status).toBe(409);
    const started = await withRemote(async () => {
      const response = await callRoute(startRoute, {
        headers: { cookie: admin.cookie },
        body: { model: BUILTIN_EMBEDDING_MODEL },
      });
      await settleCandidateVectorRefresh();
      return response;
    });
    expect(started.status).toBe(202);
    expect(((await started.json()) as { started: boolean }).started).toBe(true);

    const finished = await withRemote(status);
    expect(finished.candidates_stale).toBe(0);
    expect(finished.refresh).toMatchObject({
      status: "done",
      done: 5,
      failed: 0,
      last_error: null,
      run_by: admin.name,
    });
    for (const candidate of candidates) expect(embeddedTimes(candidate.resumeText)).toBe(1);
    const stored = await db.candidate.findMany({
      where: { id: { in: candidates.map((candidate) => candidate.id) } },
      select: { resumeText: true, embedding: true, embeddingModel: true },
    });
    for (const row of stored) {
      expect(row.embeddingModel).toBe(BUILTIN_EMBEDDING_MODEL);
      expect(decodeVector(row.embedding!).map(Math.fround)).toEqual(
        fakeEmbedding(row.resumeText, BUILTIN_EMBEDDING_DIMENSIONS).map(Math.fround),
      );
    }

    const current = await withRemote(() => scoreStored(job.id, candidates[4]!.id));
    expect(current.features.semantic_similarity).not.toBeNull();
    expect(current.unavailable_signals).toEqual([]);
  });

  it("leaves a candidate without any vector alone, and its score says why semantic similarity is missing", async () => {
    const unembedded = await db.candidate.create({
      data: { fullName: unique("no vector"), resumeText: "Data engineer, Python and Spark." },
      select: { id: true },
    });
    const job = await createJob({
      ctx: { kind: "system", name: "test" },
      input: { title: `Data Engineer ${unique("job")}`, department: "Engineering", requiredTechSkills: ["python"] },
    });
    const summary = await withRemote(() => refreshCandidateVectors({ ctx: { kind: "system", name: "test" } }));
    expect(summary).toMatchObject({ status: "done", embedded: 0 });
    expect(llm.requests.filter((request) => request.endpoint === "embed")).toHaveLength(0);
    const result = await withRemote(() => scoreStored(job.id, unembedded.id));
    expect(result.unavailable_signals).toEqual([
      {
        signal: "semantic_similarity",
        reason: "no_candidate_vector",
        detail:
          "semantic similarity unavailable: the candidate has no stored vector (the embedding service failed when it was saved)",
      },
    ]);
  });

  it("does not let a résumé the provider refuses hold back the others", async () => {
    const candidates = await staleCandidates(3);
    const refused = candidates[1]!.resumeText;
    const mentionsRefused = (request: { prompt: string }) => request.prompt.split("\n").includes(refused);
    llm.enqueue(
      { kind: "status", status: 400, path: "/v1/embeddings", match: mentionsRefused },
      { kind: "status", status: 400, path: "/v1/embeddings", match: mentionsRefused },
    );
    const summary = await withRemote(() => refreshCandidateVectors({ ctx: { kind: "system", name: "test" } }));
    expect(summary).toMatchObject({ status: "done", embedded: 2, failed: 1, error: null });
    const rows = await db.candidate.findMany({
      where: { id: { in: candidates.map((candidate) => candidate.id) } },
      orderBy: { id: "asc" },
      select: { embeddingModel: true },
    });
    expect(rows.map((row) => row.embeddingModel)).toEqual([BUILTIN_EMBEDDING_MODEL, RETIRED, BUILTIN_EMBEDDING_MODEL]);
    expect((await withRemote(status)).refresh).toMatchObject({
      status: "done",
      failed: 1,
      last_error: "The provider refused 1 résumé(s) (bad_request).",
    });
    // The refused one stays stale until it is fixed; take it out of the shared database's stale set.
    await db.candidate.delete({ where: { id: candidates[1]!.id } });
  });
});
