import { beforeAll, describe, expect, it } from "vitest";
import { PUT as upsertCandidateRoute } from "@/app/api/candidates/external/[external_id]/route";
import { GET as getCandidateRoute } from "@/app/api/candidates/[id]/route";
import { GET as listCandidatesRoute, POST as createCandidateRoute } from "@/app/api/candidates/route";
import { PUT as upsertJobRoute } from "@/app/api/jobs/external/[external_id]/route";
import { GET as getJobRoute, PUT as updateJobRoute } from "@/app/api/jobs/[id]/route";
import { GET as listJobsRoute, POST as createJobRoute } from "@/app/api/jobs/route";
import { candidateDetailJson, candidateJson } from "@/lib/contracts/candidates";
import { pageOf } from "@/lib/contracts/common";
import { jobDetailJson, jobJson } from "@/lib/contracts/jobs";
import { apiKeyWithScopes } from "@/test/helpers/actors";
import { bearer, callRoute } from "@/test/helpers/http";
import { unique } from "@/test/helpers/unique";
import { db } from "@/lib/db";

let headers: Record<string, string>;

beforeAll(async () => {
  headers = bearer((await apiKeyWithScopes(["sync"])).key);
});

describe("jobs sync API", () => {
  it("creates, reads, replaces and upserts jobs by the ATS's own id", async () => {
    const externalId = unique("ats-job");
    const created = await callRoute(upsertJobRoute, {
      headers,
      params: { external_id: externalId },
      body: {
        title: "Data Engineer",
        department: "Data",
        required_tech_skills: ["SQL", "dbt", "k8s"],
        target_seniority: "mid",
      },
    });
    expect(created.status).toBe(201);
    const job = jobDetailJson.parse(await created.json());
    expect(job).toMatchObject({
      external_id: externalId,
      required_tech_skills: ["dbt", "kubernetes", "sql"],
      target_seniority: "mid",
    });

    const replaced = await callRoute(upsertJobRoute, {
      headers,
      params: { external_id: externalId },
      body: { title: "Senior Data Engineer", department: "Data", required_tech_skills: ["sql"] },
    });
    expect(replaced.status).toBe(200);
    expect(jobDetailJson.parse(await replaced.json())).toMatchObject({
      id: job.id,
      title: "Senior Data Engineer",
      target_seniority: "senior",
    });

    const fetched = await callRoute(getJobRoute, { headers, params: { id: job.id } });
    expect(jobDetailJson.parse(await fetched.json()).title).toBe("Senior Data Engineer");

    const updated = await callRoute(updateJobRoute, {
      headers,
      params: { id: job.id },
      body: { title: "Lead Data Engineer", department: "Data" },
    });
    expect(jobDetailJson.parse(await updated.json())).toMatchObject({
      title: "Lead Data Engineer",
      external_id: externalId,
    });
  });

  it("names the job's recruiter in the directory the drift page reads, keyed as the recruiter signal", async () => {
    const externalId = unique("ats-job");
    const recruiter = unique("REC");
    const body = { title: "Buyer", department: "Purchasing", recruiter_id: ` ${recruiter} ` };
    const put = (extra: Record<string, unknown>) =>
      callRoute(upsertJobRoute, { headers, params: { external_id: externalId }, body: { ...body, ...extra } });
    expect((await put({ recruiter_name: "Ada Achterberg" })).status).toBe(201);
    const named = () => db.recruiter.findUnique({ where: { id: recruiter.toLowerCase() } });
    expect(await named()).toMatchObject({ name: "Ada Achterberg" });
    expect((await put({ recruiter_name: "Ada Achterberg-Nunes" })).status).toBe(200);
    expect(await named()).toMatchObject({ name: "Ada Achterberg-Nunes" });
    // Without a name the directory keeps the one it has.
    expect((await put({})).status).toBe(200);
    expect(await named()).toMatchObject({ name: "Ada Achterberg-Nunes" });

    const orphan = unique("ats-job");
    const refused = await callRoute(upsertJobRoute, {
      headers,
      params: { external_id: orphan },
      body: { title: "Buyer", department: "Purchasing", recruiter_name: "Nobody's Name" },
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).errors).toEqual([
      expect.objectContaining({ path: "recruiter_id", message: "is required when recruiter_name is given" }),
    ]);
    expect(await db.job.findUnique({ where: { externalId: orphan } })).toBeNull();
  });

  it("lists and searches jobs with paging", async () => {
    const marker = unique("Zeppelin");
    for (let i = 0; i < 3; i++) {
      const response = await callRoute(createJobRoute, {
        headers,
        body: { title: `${marker} Pilot ${i}`, department: "Operations" },
      });
      expect(response.status).toBe(201);
    }
    const response = await callRoute(listJobsRoute, { headers, path: `/api/jobs?search=${marker}&limit=2&offset=0` });
    const page = pageOf(jobJson).parse(await response.json());
    expect(page.total).toBe(3);
    expect(page.items).toHaveLength(2);
  });
});

describe("candidates sync API", () => {
  it("creates a candidate from a résumé, deriving skills and contact signals", async () => {
    const response = await callRoute(createCandidateRoute, {
      headers,
      body: {
        full_name: "Ines Costa",
        email: "ines@example.com",
        resume_text:
          "Senior data scientist, 8 years of experience. Python, SQL, PyTorch. Ph.D. Statistics. linkedin.com/in/ines",
      },
    });
    expect(response.status).toBe(201);
    const candidate = candidateDetailJson.parse(await response.json());
    expect(candidate.technical_skills).toEqual(expect.arrayContaining(["python", "sql", "pytorch"]));
    expect(candidate).toMatchObject({
      seniority: "senior",
      years_experience_range: "8-12_years",
      education_level: "phd",
      embedding_model: "shortlist-hash-v1",
    });
    expect(candidate.contact).toMatchObject({ has_email: true, has_linkedin: true });
    const fetched = await callRoute(getCandidateRoute, { headers, params: { id: candidate.id } });
    expect(candidateDetailJson.parse(await fetched.json()).id).toBe(candidate.id);
  });

  it("upserts by external id and lists with search", async () => {
    const externalId = unique("ats-cand");
    const name = unique("Quintessa");
    const first = await callRoute(upsertCandidateRoute, {
      headers,
      params: { external_id: externalId },
      body: { full_name: name, technical_skills: ["go"] },
    });
    expect(first.status).toBe(201);
    const second = await callRoute(upsertCandidateRoute, {
      headers,
      params: { external_id: externalId },
      body: { full_name: name, technical_skills: ["golang", "rust"] },
    });
    expect(second.status).toBe(200);
    expect(candidateDetailJson.parse(await second.json()).technical_skills).toEqual(["go", "rust"]);
    const page = pageOf(candidateJson).parse(
      await (await callRoute(listCandidatesRoute, { headers, path: `/api/candidates?search=${name}` })).json(),
    );
    expect(page.items.map((item) => item.external_id)).toEqual([externalId]);
  });
});
