import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as pinBaselineRoute } from "@/app/api/admin/drift/baselines/route";
import { PUT as upsertJobRoute } from "@/app/api/jobs/external/[external_id]/route";
import { GET as rankingsRoute } from "@/app/api/jobs/[id]/rankings/route";
import { GET as getJobRoute, PUT as updateJobRoute } from "@/app/api/jobs/[id]/route";
import { GET as listJobsRoute, POST as createJobRoute } from "@/app/api/jobs/route";
import { POST as scoreV1Route } from "@/app/api/v1/score/route";
import { pageOf } from "@/lib/contracts/common";
import { jobDetailJson, jobJson } from "@/lib/contracts/jobs";
import { db, dbDriver } from "@/lib/db";
import { listScoringJobs } from "@/lib/job-postings";
import { apiKeyWithScopes } from "@/test/helpers/actors";
import { bearer, callRoute } from "@/test/helpers/http";
import { unique } from "@/test/helpers/unique";

// A job dated "9999-12-31T23:59:59-14:00" (year 10000 in UTC) was stored, then every list holding it
// answered 500. Dates a caller sets are now checked against a range before anything is stored, and a bad
// date already in the database is read as unknown instead of failing the page or the list around it.

const YEAR_10000 = "9999-12-31T23:59:59-14:00";
let headers: Record<string, string>;
const badRowId = unique("job-year-10000");

beforeAll(async () => {
  headers = bearer((await apiKeyWithScopes(["sync", "scoring", "admin"])).key);
});

afterAll(async () => {
  await db.job.deleteMany({ where: { id: badRowId } });
});

async function expectDateRefused(response: Response, path: string) {
  expect(response.status).toBe(400);
  const problem = (await response.json()) as { errors: { path: string; message: string }[] };
  expect(problem.errors).toEqual([
    expect.objectContaining({ path, message: "must be between 1970-01-01 and 2100-01-01 (UTC)" }),
  ]);
}

describe("dates a caller sets", () => {
  it("outside 1970–2100 are refused on every job write, and nothing is stored", async () => {
    const title = unique("Far-future job");
    for (const openedAt of [YEAR_10000, "1969-12-31T23:59:59Z", "2100-01-01T00:00:01Z"]) {
      const body = { title, department: "Engineering", opened_at: openedAt };
      await expectDateRefused(await callRoute(createJobRoute, { headers, body }), "opened_at");
      await expectDateRefused(
        await callRoute(upsertJobRoute, { headers, params: { external_id: unique("ats") }, body }),
        "opened_at",
      );
    }
    expect(await db.job.count({ where: { title } })).toBe(0);

    const created = await callRoute(createJobRoute, {
      headers,
      body: { title, department: "Engineering", opened_at: "2099-12-31T23:00:00-01:00" },
    });
    expect(created.status).toBe(201);
    const job = jobDetailJson.parse(await created.json());
    expect(job.opened_at).toBe("2100-01-01T00:00:00.000Z");
    await expectDateRefused(
      await callRoute(updateJobRoute, {
        headers,
        params: { id: job.id },
        body: { title, department: "Engineering", opened_at: YEAR_10000 },
      }),
      "opened_at",
    );
  });

  it("outside 1970–2100 are refused as a drift baseline window", async () => {
    const response = await callRoute(pinBaselineRoute, {
      headers,
      body: { start: "2026-01-01T00:00:00Z", end: YEAR_10000 },
    });
    await expectDateRefused(response, "end");
  });
});

describe("a stored date that cannot be read", () => {
  beforeAll(async () => {
    // As written before dates were checked: PostgreSQL holds the year 10000, JavaScript cannot.
    await dbDriver().query(
      `INSERT INTO "Job" ("id", "title", "department", "openedAt", "updatedAt", "requiredTechSkills", "requiredSoftSkills")
       VALUES ($1, 'Year 10000 job', 'Engineering', '10000-01-01 13:59:59', now(), '{python}', '{}')`,
      [badRowId],
    );
  });

  it("leaves the job list, the job, its rankings and the scoring page's job list working", async () => {
    const list = await callRoute(listJobsRoute, { path: "/api/jobs?search=Year%2010000&limit=200", headers });
    expect(list.status).toBe(200);
    const page = pageOf(jobJson).parse(await list.json());
    expect(page.items.find((item) => item.id === badRowId)).toMatchObject({ opened_at: null });

    const detail = await callRoute(getJobRoute, { headers, params: { id: badRowId } });
    expect(detail.status).toBe(200);
    expect(jobDetailJson.parse(await detail.json()).opened_at).toBeNull();

    const rankings = await callRoute(rankingsRoute, {
      path: `/api/jobs/${badRowId}/rankings?limit=5`,
      headers,
      params: { id: badRowId },
    });
    expect(rankings.status).toBe(200);

    const scoringJobs = await listScoringJobs({ input: { id: badRowId } });
    expect(scoringJobs).toEqual([expect.objectContaining({ id: badRowId, openedAt: null })]);
  });

  it("is scored as a job of unknown age (days open 0), which carries no weight", async () => {
    const candidate = await db.candidate.create({
      data: { fullName: unique("Dated candidate"), resumeText: "Python developer", technicalSkills: ["python"] },
      select: { id: true },
    });
    const response = await callRoute(scoreV1Route, {
      headers,
      body: { job_id: badRowId, candidate_id: candidate.id, request_id: unique("req-dated") },
    });
    expect(response.status).toBe(200);
    const result = (await response.json()) as { features: Record<string, number> };
    expect(result.features.days_since_opening).toBe(0);
    await db.inference.deleteMany({ where: { candidateId: candidate.id } });
    await db.candidate.delete({ where: { id: candidate.id } });
  });
});
