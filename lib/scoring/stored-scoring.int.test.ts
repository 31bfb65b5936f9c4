import { beforeAll, describe, expect, it } from "vitest";
import { GET as rankingsRoute } from "@/app/api/jobs/[id]/rankings/route";
import { GET as rankingCsvRoute } from "@/app/api/jobs/[id]/ranking.csv/route";
import { POST as outcomeRoute } from "@/app/api/inferences/[id]/outcome/route";
import { POST as scoreV1Route } from "@/app/api/v1/score/route";
import { createCandidate } from "@/lib/candidates";
import { rankingJson } from "@/lib/contracts/jobs";
import { outcomeJson } from "@/lib/contracts/scoring";
import { scoreResult } from "@/lib/vocabulary/score-response";
import { db } from "@/lib/db";
import { parseCsv } from "@/lib/util/csv";
import { createJob } from "@/lib/job-postings";
import { apiKeyWithScopes, signedInUser } from "@/test/helpers/actors";
import { bearer, callRoute } from "@/test/helpers/http";
import { unique } from "@/test/helpers/unique";
import { DEFAULT_MODEL } from "./model/default-model";
import { createModelVersion } from "./model/model-store";

const system = { kind: "system", name: "test" } as const;
let headers: Record<string, string>;
let jobId: string;
const candidateIds: string[] = [];

beforeAll(async () => {
  headers = bearer((await apiKeyWithScopes(["scoring", "outcomes"])).key);
  const job = await createJob({
    ctx: system,
    input: {
      title: `Backend Engineer ${unique("job")}`,
      department: "Engineering",
      description: "Build services in Python with PostgreSQL on Kubernetes. We value teamwork. Level: senior.",
      location: "Berlin",
    },
  });
  jobId = job.id;
  const profiles = [
    // Shown, not claimed: "7 years of experience with Python, PostgreSQL, Kubernetes and Docker" is a claim
    // of a run of skills in prose, read as a skill list since reading version 9.
    "Senior backend engineer for 7 years: built Python services on PostgreSQL, run on Kubernetes and Docker. Teamwork. M.Sc. Computer Science.",
    "Backend developer, 3 years of experience with Python and PostgreSQL.",
    "Account executive, 6 years of experience in B2B sales and negotiation.",
  ];
  for (const [index, resumeText] of profiles.entries()) {
    const candidate = await createCandidate({
      ctx: system,
      input: { fullName: `Ranked ${index} ${unique("c")}`, resumeText, location: "Berlin" },
    });
    candidateIds.push(candidate.id);
  }
});

async function rankings(query = "limit=200") {
  const response = await callRoute(rankingsRoute, {
    path: `/api/jobs/${jobId}/rankings?${query}`,
    headers,
    params: { id: jobId },
  });
  expect(response.status).toBe(200);
  return rankingJson.parse(await response.json());
}

describe("rankings and stored-record scoring", () => {
  it("reads the job's requirements from its description", async () => {
    const job = await db.job.findUniqueOrThrow({ where: { id: jobId } });
    expect(job.requiredTechSkills).toEqual(expect.arrayContaining(["python", "postgresql", "kubernetes"]));
    expect(job.requiredSoftSkills).toContain("teamwork");
    expect(job.targetSeniority).toBe("senior");
  });

  it("ranks every stored candidate best first, and v1 scores them exactly as the ranking does", async () => {
    const ranking = await rankings();
    expect(ranking.total).toBe(await db.candidate.count());
    const scores = ranking.items.map((item) => item.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const ours = ranking.items.filter((item) => candidateIds.includes(item.candidate_id));
    expect(ours.map((item) => item.candidate_id)).toEqual(candidateIds); // the backend engineer first, the sales profile last

    for (const item of ours) {
      const response = await callRoute(scoreV1Route, {
        headers,
        body: { job_id: jobId, candidate_id: item.candidate_id },
      });
      expect(response.status).toBe(200);
      const result = scoreResult.parse(await response.json());
      expect(result.score).toBe(item.score);
      expect(result.band).toBe(item.band);
      expect(result.matched_skills).toEqual(item.matched_skills);
      const row = await db.inference.findUniqueOrThrow({ where: { id: result.inference_id } });
      expect(row).toMatchObject({ jobId, candidateId: item.candidate_id, source: "api_v1" });
    }
  });

  it("never serves a stale ranking: a new candidate appears at once", async () => {
    const before = await rankings();
    const added = await createCandidate({
      ctx: system,
      input: { fullName: unique("Newcomer"), resumeText: "Python and Kubernetes engineer." },
    });
    const after = await rankings();
    expect(after.total).toBe(before.total + 1);
    expect(after.items.some((item) => item.candidate_id === added.id)).toBe(true);
  });

  it("ranks with another stored model version on request, and its scores differ", async () => {
    const version = unique("skills-only");
    await createModelVersion({
      ctx: system,
      input: {
        version,
        definition: {
          intercept: -1,
          terms: { tech_skill_coverage: DEFAULT_MODEL.terms.tech_skill_coverage! },
          bands: DEFAULT_MODEL.bands,
        },
      },
    });
    const active = await rankings();
    const preview = await rankings(`limit=200&model_version=${version}`);
    expect(preview.model_version).toBe(version);
    expect(preview.items.map((item) => item.score)).not.toEqual(active.items.map((item) => item.score));
  });

  it("filters by band, required skill and locality", async () => {
    const strong = await rankings("limit=200&band=strong");
    expect(strong.items.every((item) => item.band === "strong")).toBe(true);
    const withKubernetes = await rankings("limit=200&skill=kubernetes");
    expect(withKubernetes.items.every((item) => item.matched_skills.includes("kubernetes"))).toBe(true);
    const local = await rankings("limit=200&local=true");
    expect(local.items.every((item) => item.is_local === true)).toBe(true);
  });

  it("answers 404 for unknown job or candidate ids", async () => {
    const response = await callRoute(scoreV1Route, { headers, body: { job_id: jobId, candidate_id: "nobody" } });
    expect(response.status).toBe(404);
  });
});

describe("POST /api/inferences/{id}/outcome", () => {
  it("records an outcome and a band override beside the score, with who did it", async () => {
    const recruiter = await signedInUser("RECRUITER");
    const scored = scoreResult.parse(
      await (
        await callRoute(scoreV1Route, { headers, body: { job_id: jobId, candidate_id: candidateIds[1]! } })
      ).json(),
    );
    const response = await callRoute(outcomeRoute, {
      headers: { cookie: recruiter.cookie },
      params: { id: scored.inference_id },
      body: { outcome: "interviewed", band_override: "strong", reason: "Strong portfolio the résumé undersells" },
    });
    expect(response.status).toBe(201);
    expect(outcomeJson.parse(await response.json())).toMatchObject({
      outcome: "interviewed",
      band_override: "strong",
      recorded_by: recruiter.email,
    });
    const inference = await db.inference.findUniqueOrThrow({ where: { id: scored.inference_id } });
    expect(inference.score).toBe(scored.score); // never silently replaced
  });

  it("needs a reason for a band override, and a known inference", async () => {
    const scored = scoreResult.parse(
      await (
        await callRoute(scoreV1Route, { headers, body: { job_id: jobId, candidate_id: candidateIds[0]! } })
      ).json(),
    );
    const noReason = await callRoute(outcomeRoute, {
      headers,
      params: { id: scored.inference_id },
      body: { band_override: "weak" },
    });
    expect(noReason.status).toBe(400);
    const unknown = await callRoute(outcomeRoute, { headers, params: { id: "missing" }, body: { outcome: "hired" } });
    expect(unknown.status).toBe(404);
  });
});

describe("GET /api/jobs/{id}/ranking.csv", () => {
  async function exported(query = "") {
    const response = await callRoute(rankingCsvRoute, {
      path: `/api/jobs/${jobId}/ranking.csv?${query}`,
      headers,
      params: { id: jobId },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="ranking-.+\.csv"$/);
    return parseCsv(await response.text());
  }

  it("holds the ranking in order, the model's band and the recruiter's override side by side", async () => {
    const scored = scoreResult.parse(
      await (
        await callRoute(scoreV1Route, { headers, body: { job_id: jobId, candidate_id: candidateIds[2]! } })
      ).json(),
    );
    await callRoute(outcomeRoute, {
      headers,
      params: { id: scored.inference_id },
      body: { band_override: "possible", reason: "Sales, but ran the CRM's Python scripts" },
    });
    const [ranking, rows] = await Promise.all([rankings(), exported()]);
    expect(rows.map((row) => row.candidate_id)).toEqual(ranking.items.map((item) => item.candidate_id));
    expect(rows.map((row) => Number(row.score))).toEqual(ranking.items.map((item) => item.score));
    const overridden = rows.find((row) => row.candidate_id === candidateIds[2])!;
    expect(overridden).toMatchObject({
      model_band: scored.band,
      recruiter_band: "possible",
      override_reason: "Sales, but ran the CRM's Python scripts",
    });
    expect(overridden.reasons).not.toBe("");
    expect(rows.find((row) => row.candidate_id === candidateIds[0])!.recruiter_band).toBe("");
  });

  it("applies the page's filters and a row limit, and answers 404 for an unknown job", async () => {
    const strong = (await rankings("limit=200&band=strong")).items.map((item) => item.candidate_id);
    expect((await exported("band=strong")).map((row) => row.candidate_id)).toEqual(strong);
    expect(await exported("limit=1")).toHaveLength(1);
    const unknown = await callRoute(rankingCsvRoute, { headers, params: { id: "missing" } });
    expect(unknown.status).toBe(404);
    const tooMany = await callRoute(rankingCsvRoute, {
      path: `/api/jobs/${jobId}/ranking.csv?limit=1001`,
      headers,
      params: { id: jobId },
    });
    expect(tooMany.status).toBe(400);
  });
});
