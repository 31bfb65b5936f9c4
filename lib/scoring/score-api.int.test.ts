import { beforeAll, describe, expect, it } from "vitest";
import { POST as scoreBatchRoute } from "@/app/api/v2/score/batch/route";
import { POST as scoreRoute } from "@/app/api/v2/score/route";
import { scoreResult } from "@/lib/vocabulary/score-response";
import { db } from "@/lib/db";
import designExample from "@/test/fixtures/design-example-payload.json";
import { apiKeyWithScopes, signedInUser } from "@/test/helpers/actors";
import { bearer, callRoute } from "@/test/helpers/http";
import { unique } from "@/test/helpers/unique";

let headers: Record<string, string>;
let apiKeyId: string;

beforeAll(async () => {
  const key = await apiKeyWithScopes(["scoring"]);
  headers = bearer(key.key);
  apiKeyId = key.id;
});

const payload = (overrides: Record<string, unknown> = {}) => ({
  ...structuredClone(designExample),
  request_id: unique("req"),
  ...overrides,
});

async function score(body: unknown) {
  const response = await callRoute(scoreRoute, { headers, body });
  const text = await response.text();
  return { response, text, json: JSON.parse(text) as Record<string, unknown> };
}

describe("POST /api/v2/score", () => {
  it("scores the DESIGN.md example payload as-is, with its explanation, and logs the inference", async () => {
    const body = { ...structuredClone(designExample), request_id: unique("req_123456") };
    const { response, json } = await score(body);
    expect(response.status).toBe(200);
    const result = scoreResult.parse(json);
    expect(result.replay).toBe(false);
    expect(result.score).toBeGreaterThan(0);
    expect(result.matched_skills).toContain("python");
    expect(result.missing_skills).toContain("kubernetes");
    expect(result.contributions.length).toBe(Object.keys(result.features).length);
    // Both vectors came from the caller, so they are compared with each other.
    expect(result.embedding_model).toBe("client-supplied:2d");
    expect(result.features.semantic_similarity).toBeCloseTo(0.9996, 3);

    const row = await db.inference.findFirstOrThrow({ where: { requestId: body.request_id } });
    expect(row).toMatchObject({
      score: result.score,
      band: result.band,
      modelVersion: result.model_version,
      source: "api_v2",
      apiKeyId,
    });
    expect(JSON.parse(row.payload!)).toEqual(body);
    expect(row.features).toEqual(result.features);
  });

  it("derives skills, seniority and embeddings from a résumé alone", async () => {
    const { response, json } = await score({
      request_id: unique("req"),
      candidate: {
        profile: {
          resume_text:
            "Senior platform engineer with 9 years of experience. Python, Kubernetes, Terraform and AWS. B.Sc. Computer Science. Known for problem solving.",
        },
      },
      job_context: {
        metadata: { job_title: "Senior MLOps Engineer", department: "Engineering" },
        requirements: {
          required_tech_skills: ["python", "k8s"],
          required_soft_skills: ["problem_solving"],
          target_seniority: "senior",
        },
      },
    });
    expect(response.status).toBe(200);
    const result = scoreResult.parse(json);
    expect(result.matched_skills).toEqual(["kubernetes", "python", "problem_solving"]);
    expect(result.enrichment.provider).toBe("builtin");
    expect(result.enrichment.derived).toEqual(
      expect.arrayContaining(["skills", "seniority", "candidate_embedding", "job_embedding"]),
    );
    expect(result.embedding_model).toBe("shortlist-hash-v1");
    expect(result.band).toBe("strong");
  });

  it("replays the stored result for a repeated request_id, and refuses a different payload under it", async () => {
    const body = payload();
    const first = await score(body);
    const again = await score(structuredClone(body));
    expect(again.response.status).toBe(200);
    expect(again.json).toEqual({ ...first.json, replay: true });
    expect(await db.inference.count({ where: { requestId: body.request_id } })).toBe(1);
    // Byte for byte: the stored text is the first answer, and the replay differs only in its flag.
    const stored = await db.inference.findFirstOrThrow({ where: { requestId: body.request_id } });
    expect(stored.response).toBe(first.text);
    expect(again.text).toBe(first.text.replace('"replay":false', '"replay":true'));

    const changed = structuredClone(body);
    changed.candidate.skills.technical_skills.push("go");
    const conflict = await score(changed);
    expect(conflict.response.status).toBe(409);
    expect(conflict.json).toMatchObject({ status: 409, request_id: expect.any(String) });
  });

  it("scopes request_id to its caller: another key can neither read nor block it", async () => {
    const other = bearer((await apiKeyWithScopes(["scoring"])).key);
    const signedIn = await signedInUser("RECRUITER");
    const body = payload();
    const mine = await score(body);

    // Another caller sending the same id, even with the same payload, gets a fresh score of its own.
    const theirs = await callRoute(scoreRoute, { headers: other, body: structuredClone(body) });
    expect(theirs.status).toBe(200);
    const theirJson = (await theirs.json()) as Record<string, unknown>;
    expect(theirJson.replay).toBe(false);
    expect(theirJson.inference_id).not.toBe(mine.json.inference_id);

    // A different payload under the same id is theirs to send (no 409 naming my id), and mine stays mine.
    const changed = structuredClone(body);
    changed.candidate.skills.technical_skills.push("go");
    const user = await callRoute(scoreRoute, { headers: { cookie: signedIn.cookie }, body: changed });
    expect(user.status).toBe(200);
    expect(((await user.json()) as Record<string, unknown>).replay).toBe(false);
    expect(await score(structuredClone(body))).toMatchObject({ json: { ...mine.json, replay: true } });
    expect((await score(changed)).response.status).toBe(409);
    expect(await db.inference.count({ where: { requestId: body.request_id } })).toBe(3);
  });

  it("answers concurrent duplicates of one request with one inference", async () => {
    const body = payload();
    const results = await Promise.all([1, 2, 3, 4].map(() => score(structuredClone(body))));
    expect(results.map((result) => result.response.status)).toEqual([200, 200, 200, 200]);
    expect(new Set(results.map((result) => result.json.inference_id)).size).toBe(1);
    expect(await db.inference.count({ where: { requestId: body.request_id } })).toBe(1);
  });

  it("refuses unknown fields, naming them, and logs the refusal", async () => {
    const body = payload();
    (body.candidate as Record<string, unknown>).favourite_colour = "teal";
    const { response, json } = await score(body);
    expect(response.status).toBe(400);
    expect(json.errors).toEqual([expect.objectContaining({ path: "candidate.favourite_colour" })]);
    const refused = await db.inference.findFirst({
      where: { apiKeyId, score: null, error: { path: ["request_id"], equals: body.request_id } },
      select: { payload: true, requestId: true },
    });
    expect(refused).toEqual({ payload: JSON.stringify(body), requestId: null });
  });

  it("refuses a single vector whose dimension is not the embedding model's, naming the expected one", async () => {
    const body = payload();
    delete (body.job_context as { embeddings?: unknown }).embeddings;
    const { response, json } = await score(body);
    expect(response.status).toBe(400);
    expect(json.errors).toEqual([
      expect.objectContaining({
        path: "candidate.embeddings.semantic_vector",
        message: expect.stringContaining("uses 384"),
      }),
    ]);
  });

  it("validates bounds: finite numbers, bounded strings, arrays and résumé size", async () => {
    const cases: [string, (body: ReturnType<typeof payload>) => void][] = [
      [
        "candidate.quality_signals.completeness_score",
        (body) => void (body.candidate.quality_signals.completeness_score = 1.5),
      ],
      [
        "candidate.skills.technical_skills",
        (body) => void (body.candidate.skills.technical_skills = Array.from({ length: 201 }, (_, i) => `s${i}`)),
      ],
      [
        "candidate.profile.resume_text",
        (body) => void (body.candidate.profile.resume_text = "x".repeat(100 * 1024 + 1)),
      ],
      ["job_context.metadata.days_since_opening", (body) => void (body.job_context.metadata.days_since_opening = -1)],
      ["request_id", (body) => void (body.request_id = "has spaces")],
      [
        "candidate.profile.seniority_inferred",
        (body) => void ((body.candidate.profile as Record<string, unknown>).seniority_inferred = "wizard"),
      ],
    ];
    for (const [path, corrupt] of cases) {
      const body = payload();
      corrupt(body);
      const { response, json } = await score(body);
      expect(response.status, path).toBe(400);
      expect(
        (json.errors as { path: string }[]).map((error) => error.path),
        path,
      ).toContain(path);
    }
  });
});

describe("POST /api/v2/score/batch", () => {
  it("scores each item on its own: one bad item never fails the rest", async () => {
    const good = payload();
    const bad = { ...payload(), candidate: { profile: {} } };
    const response = await callRoute(scoreBatchRoute, { headers, body: { items: [good, bad, payload()] } });
    expect(response.status).toBe(200);
    const json = (await response.json()) as {
      succeeded: number;
      failed: number;
      results: { index: number; ok: boolean; status: number }[];
    };
    expect(json).toMatchObject({ succeeded: 2, failed: 1 });
    expect(json.results.map((result) => [result.index, result.ok, result.status])).toEqual([
      [0, true, 200],
      [1, false, 400],
      [2, true, 200],
    ]);
    expect(await db.inference.count({ where: { requestId: good.request_id, source: "batch" } })).toBe(1);
  });

  it("refuses more than 500 items", async () => {
    const response = await callRoute(scoreBatchRoute, {
      headers,
      body: { items: Array.from({ length: 501 }, () => ({})) },
    });
    expect(response.status).toBe(400);
  });
});
