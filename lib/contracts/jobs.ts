import { z } from "zod";
import { defineContract } from "@/lib/http/contract";
import type { JobDetail, JobInput, JobSummary } from "@/lib/job-postings";
import type { RankedExplanation, RankingPage } from "@/lib/scoring";
import { isoOrNull } from "@/lib/util/dates";
import { acceptedDateTime, idParams, isoDateTime, pageOf, pageQuery, text } from "./common";
import { bandSchema, contributionJson, reasonJson, scoringWarningJson } from "@/lib/vocabulary/score-response";
import { WORK_ARRANGEMENTS } from "@/lib/vocabulary/score-payload";
import { seniorityLevel } from "@/lib/vocabulary/levels";

const workArrangement = z.enum(WORK_ARRANGEMENTS);

export const jobJson = z.object({
  id: z.string(),
  external_id: z.string().nullable(),
  title: z.string(),
  department: z.string(),
  location: z.string().nullable(),
  required_tech_skills: z.array(z.string()),
  required_soft_skills: z.array(z.string()),
  /** Optional skills the posting names ("nice to have"): shown, not scored. */
  nice_to_have_skills: z.array(z.string()),
  target_seniority: z.string().nullable(),
  work_arrangement: z.enum(WORK_ARRANGEMENTS).nullable(),
  /** Null only for a stored date that cannot be read (written before dates were checked). */
  opened_at: isoDateTime.nullable(),
  closed_at: isoDateTime.nullable(),
});

export const jobDetailJson = jobJson.extend({
  description: z.string(),
  recruiter_id: z.string().nullable(),
  created_at: isoDateTime,
  updated_at: isoDateTime,
});

const skills = z.array(text(80)).max(200);

/** A job as an ATS or the job form sends it. Requirements left empty are read from the description. */
export const jobBody = z
  .object({
    external_id: text(128).optional(),
    title: text(200),
    department: text(100),
    description: z.string().max(50_000).optional(),
    location: text(100).nullable().optional(),
    recruiter_id: text(100).nullable().optional(),
    /** Names recruiter_id on the drift page (the recruiter directory); needs recruiter_id. */
    recruiter_name: text(200).nullable().optional(),
    required_tech_skills: skills.optional(),
    required_soft_skills: skills.optional(),
    nice_to_have_skills: skills.optional(),
    target_seniority: seniorityLevel.nullable().optional(),
    work_arrangement: z.enum(WORK_ARRANGEMENTS).nullable().optional(),
    opened_at: acceptedDateTime.optional(),
  })
  .strict();

export const listJobsQuery = pageQuery.extend({
  search: z.string().trim().max(200).optional(),
  department: z.string().trim().max(100).optional(),
});

export const listJobs = defineContract({
  method: "GET",
  path: "/api/jobs",
  summary: "List jobs, newest first, with search and paging",
  tags: ["jobs"],
  auth: { session: "any", apiKey: "sync" },
  query: listJobsQuery,
  response: pageOf(jobJson),
});

export const createJob = defineContract({
  method: "POST",
  path: "/api/jobs",
  summary: "Create a job (requirements are extracted from the description when not given)",
  tags: ["jobs"],
  auth: { session: "any", apiKey: "sync" },
  body: jobBody,
  response: jobDetailJson,
  successStatus: 201,
});

export const getJob = defineContract({
  method: "GET",
  path: "/api/jobs/{id}",
  summary: "One job",
  tags: ["jobs"],
  auth: { session: "any", apiKey: "sync" },
  params: idParams,
  response: jobDetailJson,
});

export const updateJob = defineContract({
  method: "PUT",
  path: "/api/jobs/{id}",
  summary: "Replace a job's details",
  tags: ["jobs"],
  auth: { session: "any", apiKey: "sync" },
  params: idParams,
  body: jobBody,
  response: jobDetailJson,
});

export const upsertJob = defineContract({
  method: "PUT",
  path: "/api/jobs/external/{external_id}",
  summary: "Create or replace the job your ATS knows by this id (201 when created, 200 when replaced)",
  tags: ["jobs"],
  auth: { session: "any", apiKey: "sync" },
  params: z.object({ external_id: text(128) }),
  body: jobBody.omit({ external_id: true }),
  response: jobDetailJson,
});

export const requirementsJson = z.object({
  required_tech_skills: z.array(z.string()),
  required_soft_skills: z.array(z.string()),
  nice_to_have_skills: z.array(z.string()),
  target_seniority: seniorityLevel.nullable(),
  provider: z.string(),
});

export const extractRequirements = defineContract({
  method: "POST",
  path: "/api/jobs/extract-requirements",
  summary: "Read a job description into required skills and seniority (through the LLM gateway)",
  tags: ["jobs"],
  auth: { session: "any", apiKey: "sync" },
  body: z
    .object({ title: text(200), description: z.string().trim().min(1, "write a description first").max(50_000) })
    .strict(),
  response: requirementsJson,
});

export const rankingSort = z.enum(["score_desc", "score_asc", "name_asc"]);

export const rankingQuery = pageQuery.extend({
  band: bandSchema.optional(),
  skill: z.string().trim().min(1).max(80).optional(),
  seniority: seniorityLevel.optional(),
  local: z
    .enum(["true", "false"])
    .transform((value) => value === "true")
    .optional(),
  model_version: z.string().trim().min(1).max(64).optional(),
  sort: rankingSort.default("score_desc"),
});

export const rankingEntryJson = z.object({
  rank: z.number().int().min(1),
  candidate_id: z.string(),
  full_name: z.string(),
  location: z.string().nullable(),
  seniority: seniorityLevel.nullable(),
  is_local: z.boolean().nullable(),
  score: z.number(),
  band: bandSchema,
  matched_skills: z.array(z.string()),
  missing_skills: z.array(z.string()),
  /** The three contributions that moved this candidate's score most, in words. */
  reasons: z.array(reasonJson),
  /** The recruiter's latest band override for this candidate and job; the model's band stays beside it. */
  band_override: z.object({ band: bandSchema, reason: z.string().nullable(), recorded_at: isoDateTime }).nullable(),
});

export const rankedExplanationJson = z.object({
  job_id: z.string(),
  candidate_id: z.string(),
  score: z.number(),
  band: bandSchema,
  contributions: z.array(contributionJson),
  reasons: z.array(reasonJson),
  warnings: z.array(scoringWarningJson),
  matched_skills: z.array(z.string()),
  missing_skills: z.array(z.string()),
  model_version: z.string(),
});

export const explainRanking = defineContract({
  method: "GET",
  path: "/api/jobs/{id}/rankings/{candidate_id}",
  summary: "Why a candidate ranks where they do for a job: every signal in words (no score is logged)",
  tags: ["jobs"],
  auth: { session: "any", apiKey: "scoring" },
  params: z.object({ id: text(64), candidate_id: text(64) }),
  query: z.object({ model_version: z.string().trim().min(1).max(64).optional() }),
  response: rankedExplanationJson,
});

export const rankingJson = z.object({
  job_id: z.string(),
  model_version: z.string(),
  computed_at: isoDateTime,
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(rankingEntryJson),
});

export const getRankings = defineContract({
  method: "GET",
  path: "/api/jobs/{id}/rankings",
  summary: "Every stored candidate for a job, best first, with score and band (filterable)",
  tags: ["jobs"],
  auth: { session: "any", apiKey: "scoring" },
  params: idParams,
  query: rankingQuery,
  response: rankingJson,
});

export function toJobInput(body: z.infer<typeof jobBody>): JobInput {
  return {
    externalId: body.external_id,
    title: body.title,
    department: body.department,
    description: body.description,
    location: body.location,
    recruiterId: body.recruiter_id,
    recruiterName: body.recruiter_name,
    requiredTechSkills: body.required_tech_skills,
    requiredSoftSkills: body.required_soft_skills,
    niceToHaveSkills: body.nice_to_have_skills,
    targetSeniority: body.target_seniority,
    workArrangement: body.work_arrangement,
    openedAt: body.opened_at ? new Date(body.opened_at) : undefined,
  };
}

export function presentJob(job: JobSummary): z.infer<typeof jobJson> {
  return {
    id: job.id,
    external_id: job.externalId,
    title: job.title,
    department: job.department,
    location: job.location,
    required_tech_skills: job.requiredTechSkills,
    required_soft_skills: job.requiredSoftSkills,
    nice_to_have_skills: job.niceToHaveSkills,
    target_seniority: job.targetSeniority,
    work_arrangement: workArrangement.nullable().catch(null).parse(job.workArrangement),
    opened_at: isoOrNull(job.openedAt),
    closed_at: isoOrNull(job.closedAt),
  };
}

export function presentJobDetail(job: JobDetail): z.infer<typeof jobDetailJson> {
  return {
    ...presentJob(job),
    description: job.description,
    recruiter_id: job.recruiterId,
    created_at: job.createdAt.toISOString(),
    updated_at: job.updatedAt.toISOString(),
  };
}

export function presentRanking(
  page: RankingPage,
  paging: { limit: number; offset: number },
): z.infer<typeof rankingJson> {
  return {
    job_id: page.jobId,
    model_version: page.modelVersion,
    computed_at: page.computedAt.toISOString(),
    total: page.total,
    ...paging,
    items: page.items.map((entry, index) => ({
      rank: paging.offset + index + 1,
      candidate_id: entry.candidateId,
      full_name: entry.fullName,
      location: entry.location,
      seniority: entry.seniority,
      is_local: entry.isLocal,
      score: entry.score,
      band: entry.band,
      matched_skills: entry.matchedSkills,
      missing_skills: entry.missingSkills,
      reasons: entry.reasons,
      band_override: entry.override
        ? {
            band: bandSchema.parse(entry.override.band),
            reason: entry.override.reason,
            recorded_at: entry.override.recordedAt.toISOString(),
          }
        : null,
    })),
  };
}

export function presentRankedExplanation(
  ids: { jobId: string; candidateId: string },
  explanation: RankedExplanation,
): z.infer<typeof rankedExplanationJson> {
  return {
    job_id: ids.jobId,
    candidate_id: ids.candidateId,
    score: explanation.score,
    band: explanation.band,
    contributions: explanation.contributions,
    reasons: explanation.reasons,
    warnings: explanation.warnings.map((warning) => ({ ...warning })),
    matched_skills: explanation.matchedSkills,
    missing_skills: explanation.missingSkills,
    model_version: explanation.modelVersion,
  };
}
