import * as admin from "@/lib/contracts/admin";
import * as candidates from "@/lib/contracts/candidates";
import * as jobs from "@/lib/contracts/jobs";
import * as rankingExport from "@/lib/contracts/ranking-export";
import * as resumes from "@/lib/contracts/resumes";
import * as scoring from "@/lib/contracts/scoring";
import * as skills from "@/lib/contracts/skills";
import * as system from "@/lib/contracts/system";
import designPayload from "@/test/fixtures/design-example-payload.json";
import type { createRecorder } from "./recorder";

type Recorder = Awaited<ReturnType<typeof createRecorder>>;
type Created = { id: string };

// What an ATS integration does, in order: get a key, sync a job and a candidate, score, report outcomes.

export const RESUME = `Alex Moreno
Berlin · alex.moreno@example.com · +49 151 23456789 · linkedin.com/in/alex-moreno

Senior MLOps engineer with 8 years of experience running machine learning platforms.

EXPERIENCE
Senior MLOps Engineer — Quartz Finance (2020–present)
- Built the model deployment pipeline on Kubernetes with Terraform and Airflow.
- Wrote Python services and CI/CD with GitHub Actions; mentored two junior engineers.

EDUCATION
M.Sc. Computer Science, TU Munich

SKILLS
Python, Kubernetes, Terraform, Airflow, Docker, AWS, CI/CD · mentoring, teamwork`;

const JOB = {
  title: "Senior Go Engineer",
  department: "Engineering",
  location: "Berlin",
  recruiter_id: "rec_04",
  description:
    "Senior Go Engineer for our payments platform. Must have: Go, Kubernetes, PostgreSQL, gRPC. " +
    "Nice to have: Kafka, Terraform. You will mentor two engineers.",
};

const CANDIDATE = {
  full_name: "Alex Moreno",
  email: "alex.moreno@example.com",
  phone: "+49 151 23456789",
  linkedin_url: "https://www.linkedin.com/in/alex-moreno",
  location: "Berlin",
  resume_text: RESUME,
};

/** Records the scoring, job, candidate, résumé and system operations; returns the API key and job it created. */
export async function recordScoringAndRecords(recorder: Recorder): Promise<{ jobId: string }> {
  const { call } = recorder;
  await call(system.getHealth);
  const created = await call<{ key: string }>(admin.createApiKey, {
    body: { name: "Greenhouse production", scopes: ["scoring", "sync", "outcomes", "admin"] },
  });
  recorder.useApiKey(created.key);
  await call(system.getWhoAmI);

  await call(scoring.scoreV2, { body: designPayload });
  const { job_context: _job, ...withoutJob } = designPayload;
  await call(scoring.scoreBatch, {
    body: {
      items: [
        { ...designPayload, request_id: "req_123457" },
        { ...withoutJob, request_id: "req_123458" },
      ],
    },
  });

  await call(jobs.listJobs, { query: { limit: "2", search: "engineer" } });
  await call(jobs.extractRequirements, { body: { title: JOB.title, description: JOB.description } });
  const job = await call<Created>(jobs.createJob, { body: { ...JOB, external_id: "gh-job-4821" } });
  await call(jobs.getJob, { params: { id: job.id } });
  await call(jobs.updateJob, {
    params: { id: job.id },
    body: { ...JOB, required_tech_skills: ["go", "kubernetes", "postgresql", "grpc"], target_seniority: "senior" },
  });
  await call(jobs.upsertJob, {
    params: { external_id: "gh-job-4821" },
    body: { ...JOB, location: "Berlin or remote (EU)", opened_at: "2026-11-30T09:00:00.000Z" },
  });
  await call(skills.suggestSkills, { query: { q: "kube", limit: "5" } });

  await call(resumes.readResumeFile, {
    file: { name: "alex-moreno.txt", type: "text/plain", text: RESUME },
  });
  await call(resumes.analyzeResume, { body: { resume_text: RESUME } });
  await call(resumes.resumeEvidence, {
    body: { resume_text: RESUME, skills: ["kubernetes", "terraform", "go"] },
  });

  await call(candidates.listCandidates, { query: { limit: "2", search: "python" } });
  const candidate = await call<Created>(candidates.createCandidate, {
    body: { ...CANDIDATE, external_id: "gh-cand-10293" },
  });
  await call(candidates.getCandidate, { params: { id: candidate.id } });
  await call(candidates.upsertCandidate, {
    params: { external_id: "gh-cand-10293" },
    body: { ...CANDIDATE, location: "Munich", phone: "+49 89 1234567" },
  });
  await call(candidates.syncCandidates, {
    body: {
      items: [
        { ...CANDIDATE, external_id: "gh-cand-10293", location: "Munich", phone: "+49 89 1234567" },
        {
          external_id: "gh-cand-10294",
          full_name: "Priya Raman",
          resume_text: "Data engineer, 5 years. Python, SQL, Airflow and dbt on AWS. B.Sc. Computer Science.",
        },
        { external_id: "gh-cand-10295", full_name: "Jonas Weber", email: "jonas(at)example.com" },
      ],
    },
  });
  const score = await call<{ inference_id: string }>(scoring.scoreV1, {
    body: { job_id: job.id, candidate_id: candidate.id, request_id: "gh-score-77120" },
  });
  await call(scoring.recordOutcome, {
    params: { id: score.inference_id },
    body: {
      outcome: "interviewed",
      band_override: "strong",
      reason: "Ran Go services on Kubernetes at Quartz; the résumé lists it under Python.",
    },
  });
  await call(scoring.getInferenceExplanation, { params: { id: score.inference_id } });
  await call(candidates.listCandidateScores, { params: { id: candidate.id } });
  await call(candidates.scoreProfile, {
    params: { id: job.id },
    body: { resume_text: RESUME, technical_skills: ["go", "kubernetes"], location: "Berlin" },
  });
  await call(jobs.getRankings, { params: { id: job.id }, query: { limit: "3" } });
  await call(rankingExport.exportRanking, { params: { id: job.id }, query: { limit: "3" } });
  await call(jobs.explainRanking, { params: { id: job.id, candidate_id: candidate.id }, query: {} });
  return { jobId: job.id };
}
