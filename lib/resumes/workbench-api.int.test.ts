import { beforeAll, describe, expect, it } from "vitest";
import { GET as candidateScoresRoute } from "@/app/api/candidates/[id]/scores/route";
import { POST as outcomeRoute } from "@/app/api/inferences/[id]/outcome/route";
import { POST as extractRequirementsRoute } from "@/app/api/jobs/extract-requirements/route";
import { POST as analyzeRoute } from "@/app/api/resumes/analyze/route";
import { POST as evidenceRoute } from "@/app/api/resumes/evidence/route";
import { POST as resumeTextRoute } from "@/app/api/resumes/text/route";
import { GET as skillsRoute } from "@/app/api/skills/route";
import { POST as scoreV1Route } from "@/app/api/v1/score/route";
import { createCandidate } from "@/lib/candidates";
import { createJob } from "@/lib/job-postings";
import { signedInUser } from "@/test/helpers/actors";
import { minimalDocx, minimalPdf } from "@/test/helpers/documents";
import { callRoute } from "@/test/helpers/http";
import { unique } from "@/test/helpers/unique";

// The APIs behind the recruiter's scoring workbench, called as the browser does (a session cookie).

let headers: Record<string, string>;
const system = { kind: "system", name: "test" } as const;

beforeAll(async () => {
  headers = { cookie: (await signedInUser("RECRUITER")).cookie };
});

function upload(name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.set("file", new File([Buffer.from(bytes)], name));
  return callRoute(resumeTextRoute, { headers, form });
}

describe("résumé upload", () => {
  it("extracts text from .txt, .pdf and .docx files", async () => {
    const lines = ["Riley Chen", "Data engineer: SQL, dbt and Airflow"];
    for (const [name, bytes] of [
      ["cv.txt", new TextEncoder().encode(lines.join("\n"))],
      ["cv.pdf", minimalPdf(lines)],
      ["cv.docx", await minimalDocx(lines)],
    ] as const) {
      const response = await upload(name, bytes);
      expect(response.status, name).toBe(200);
      expect(((await response.json()) as { text: string }).text).toContain("SQL, dbt and Airflow");
    }
  });

  it("refuses other types and files over 5 MB with a clear message", async () => {
    const wrongType = await upload("photo.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    expect(wrongType.status).toBe(415);
    expect(((await wrongType.json()) as { detail: string }).detail).toMatch(/not a supported résumé file/);
    const tooBig = await upload("huge.txt", new Uint8Array(5 * 1024 * 1024 + 1).fill(65));
    expect(tooBig.status).toBe(413);
    const missing = await callRoute(resumeTextRoute, { headers, form: new FormData() });
    expect(missing.status).toBe(400);
  });
});

describe("reading and explaining a résumé", () => {
  it("analyzes a résumé into reviewable fields", async () => {
    const response = await callRoute(analyzeRoute, {
      headers,
      body: {
        resume_text:
          "Senior data engineer with 6 years of experience. SQL, dbt, Airflow. B.Sc. Mathematics. jo@example.com",
      },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      technical_skills: expect.arrayContaining(["sql", "dbt", "airflow"]),
      seniority: "senior",
      years_experience_range: "5-8_years",
      education_level: "bachelors",
      has_email: true,
      provider: "builtin",
    });
  });

  it("finds evidence lines and suggests skills", async () => {
    const evidence = await callRoute(evidenceRoute, {
      headers,
      body: { resume_text: "Intro\nBuilt pipelines in dbt.", skills: ["dbt", "spark"] },
    });
    expect(await evidence.json()).toEqual({ items: [{ skill: "dbt", snippet: "Built pipelines in dbt." }] });
    const skills = await callRoute(skillsRoute, { headers, path: "/api/skills?q=terra" });
    expect(((await skills.json()) as { items: { id: string }[] }).items[0]?.id).toBe("terraform");
  });

  it("extracts a job's requirements from its description", async () => {
    const response = await callRoute(extractRequirementsRoute, {
      headers,
      body: { title: "Lead Data Engineer", description: "Spark, Kafka and SQL. Great communication." },
    });
    expect(await response.json()).toMatchObject({
      required_tech_skills: expect.arrayContaining(["spark", "kafka", "sql"]),
      required_soft_skills: ["communication"],
      target_seniority: "lead",
    });
  });
});

describe("a candidate's score history", () => {
  it("lists every score with its job and the outcomes recorded on it", async () => {
    const job = await createJob({
      ctx: system,
      input: { title: unique("Analyst"), department: "Data", requiredTechSkills: ["sql"] },
    });
    const candidate = await createCandidate({
      ctx: system,
      input: { fullName: unique("Morgan"), technicalSkills: ["sql"] },
    });
    const scored = (await (
      await callRoute(scoreV1Route, { headers, body: { job_id: job.id, candidate_id: candidate.id } })
    ).json()) as { inference_id: string };
    await callRoute(outcomeRoute, { headers, params: { id: scored.inference_id }, body: { outcome: "advanced" } });

    const response = await callRoute(candidateScoresRoute, { headers, params: { id: candidate.id } });
    const history = (await response.json()) as {
      items: { inference_id: string; job_title: string; outcomes: { outcome: string }[] }[];
    };
    expect(history.items).toHaveLength(1);
    expect(history.items[0]).toMatchObject({
      inference_id: scored.inference_id,
      job_title: job.title,
      outcomes: [{ outcome: "advanced" }],
    });
  });
});
