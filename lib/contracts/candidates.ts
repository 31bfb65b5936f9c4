import { z } from "zod";
import type {
  CandidateDetail,
  CandidateInput,
  CandidateScore,
  CandidateSummary,
  SyncItem,
  SyncOutcome,
} from "@/lib/candidates";
import { Invalid, itemProblem, zodFieldErrors } from "@/lib/errors";
import { defineContract } from "@/lib/http/contract";
import { idParams, isoDateTime, pageOf, pageQuery, text } from "./common";
import { outcomeJson, presentOutcome } from "./scoring";
import { MAX_RESUME_BYTES } from "@/lib/vocabulary/score-payload";
import { scoreResult } from "@/lib/vocabulary/score-response";
import { educationLevel, experienceRange, seniorityLevel } from "@/lib/vocabulary/levels";

export const candidateJson = z.object({
  id: z.string(),
  external_id: z.string().nullable(),
  full_name: z.string(),
  location: z.string().nullable(),
  seniority: z.string().nullable(),
  years_experience_range: z.string().nullable(),
  technical_skills: z.array(z.string()),
  created_at: isoDateTime,
});

export const candidateDetailJson = candidateJson.extend({
  email: z.string().nullable(),
  phone: z.string().nullable(),
  linkedin_url: z.string().nullable(),
  resume_text: z.string(),
  education_level: z.string().nullable(),
  field_of_study: z.string().nullable(),
  has_degree: z.boolean().nullable(),
  soft_skills: z.array(z.string()),
  tools: z.array(z.string()),
  contact: z.object({
    has_email: z.boolean().nullable(),
    has_phone: z.boolean().nullable(),
    has_linkedin: z.boolean().nullable(),
    has_address: z.boolean().nullable(),
  }),
  completeness_score: z.number().nullable(),
  embedding_model: z.string().nullable(),
  updated_at: isoDateTime,
});

const skills = z.array(text(80)).max(200);

/** A candidate as an ATS or the app sends it. Fields left out are read from the résumé. */
export const candidateBody = z
  .object({
    external_id: text(128).optional(),
    full_name: text(200),
    email: z.email().max(200).nullable().optional(),
    phone: text(50).nullable().optional(),
    linkedin_url: z.url().max(300).nullable().optional(),
    location: text(100).nullable().optional(),
    resume_text: z.string().max(MAX_RESUME_BYTES).optional(),
    years_experience_range: experienceRange.nullable().optional(),
    seniority: seniorityLevel.nullable().optional(),
    education_level: educationLevel.nullable().optional(),
    field_of_study: text(80).nullable().optional(),
    has_degree: z.boolean().nullable().optional(),
    technical_skills: skills.optional(),
    soft_skills: skills.optional(),
    tools: skills.optional(),
  })
  .strict();

/** A profile to score before it is saved: the candidate body, a name not needed yet. */
export const scoreProfileBody = candidateBody.omit({ external_id: true, full_name: true }).extend({
  full_name: text(200).optional(),
});

export const scoreProfile = defineContract({
  method: "POST",
  path: "/api/jobs/{id}/score-profile",
  summary: "Score a profile not saved yet against a stored job, as it will score once saved",
  tags: ["scoring"],
  auth: { session: "any", apiKey: "scoring" },
  params: idParams,
  body: scoreProfileBody,
  response: scoreResult,
});

export const listCandidates = defineContract({
  method: "GET",
  path: "/api/candidates",
  summary: "List candidates with search and paging",
  tags: ["candidates"],
  auth: { session: "any", apiKey: "sync" },
  query: pageQuery.extend({ search: z.string().trim().max(200).optional() }),
  response: pageOf(candidateJson),
});

export const createCandidate = defineContract({
  method: "POST",
  path: "/api/candidates",
  summary: "Add a candidate to the pool (skills, seniority and education are read from the résumé when not given)",
  tags: ["candidates"],
  auth: { session: "any", apiKey: "sync" },
  body: candidateBody,
  response: candidateDetailJson,
  successStatus: 201,
});

export const getCandidate = defineContract({
  method: "GET",
  path: "/api/candidates/{id}",
  summary: "One candidate",
  tags: ["candidates"],
  auth: { session: "any", apiKey: "sync" },
  params: idParams,
  response: candidateDetailJson,
});

export const upsertCandidate = defineContract({
  method: "PUT",
  path: "/api/candidates/external/{external_id}",
  summary: "Create or replace the candidate your ATS knows by this id (201 when created, 200 when replaced)",
  tags: ["candidates"],
  auth: { session: "any", apiKey: "sync" },
  params: z.object({ external_id: text(128) }),
  body: candidateBody.omit({ external_id: true }),
  response: candidateDetailJson,
});

export const MAX_SYNC_ITEMS = 500;
// 500 candidates with résumés of 48 kB each; a sync of longer résumés sends fewer a batch.
export const SYNC_BODY_BYTES = 24 * 1024 * 1024;

/** A candidate of a sync batch: the candidate body, named by the ATS's own id. */
export const syncItemBody = candidateBody.required({ external_id: true });

export const syncItemResult = z.discriminatedUnion("ok", [
  z.object({
    index: z.number().int(),
    ok: z.literal(true),
    status: z.union([z.literal(200), z.literal(201)]),
    id: z.string(),
    external_id: z.string(),
    created: z.boolean(),
  }),
  z.object({
    index: z.number().int(),
    ok: z.literal(false),
    status: z.number().int(),
    external_id: z.string().nullable(),
    problem: z.object({
      title: z.string(),
      detail: z.string(),
      errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  }),
]);

export const syncResponse = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  failed: z.number().int(),
  results: z.array(syncItemResult),
});

export const syncCandidates = defineContract({
  method: "PUT",
  path: "/api/candidates/batch",
  summary: `Create or replace up to ${MAX_SYNC_ITEMS} candidates by the ids your ATS knows them by; each item succeeds or fails on its own`,
  tags: ["candidates"],
  auth: { session: "any", apiKey: "sync" },
  body: z
    .object({
      items: z
        .array(z.unknown())
        .min(1, "send at least one candidate")
        .max(MAX_SYNC_ITEMS, `at most ${MAX_SYNC_ITEMS} candidates a batch`),
    })
    .strict(),
  maxBodyBytes: SYNC_BODY_BYTES,
  response: syncResponse,
});

/** Each item of a sync batch read on its own: a candidate to write, or why it is refused. */
export function readSyncItems(items: unknown[]): SyncItem[] {
  return items.map((item, index) => {
    const parsed = syncItemBody.safeParse(item);
    if (!parsed.success)
      return new Invalid(`Item ${index} is invalid.`, zodFieldErrors(parsed.error, ["items", index]));
    return { ...toCandidateInput(parsed.data), externalId: parsed.data.external_id };
  });
}

export function presentSyncOutcomes(items: unknown[], outcomes: SyncOutcome[]): z.infer<typeof syncResponse> {
  const results = outcomes.map((outcome, index): z.infer<typeof syncItemResult> => {
    if (outcome.ok) {
      const { id, externalId, created } = outcome;
      return { index, ok: true, status: created ? 201 : 200, id, external_id: externalId, created };
    }
    const { error } = outcome;
    return {
      index,
      ok: false,
      status: error.status,
      external_id: externalIdOf(items[index]),
      problem: itemProblem(error),
    };
  });
  const created = results.filter((result) => result.ok && result.created).length;
  const failed = results.filter((result) => !result.ok).length;
  return { created, updated: results.length - created - failed, failed, results };
}

/** The external id a refused item names, when it names one, so the caller can match the answer to it. */
function externalIdOf(item: unknown): string | null {
  const value = item && typeof item === "object" ? (item as { external_id?: unknown }).external_id : undefined;
  return typeof value === "string" ? value : null;
}

export const candidateScoreJson = z.object({
  inference_id: z.string(),
  job_id: z.string().nullable(),
  job_title: z.string().nullable(),
  score: z.number(),
  band: z.string(),
  model_version: z.string().nullable(),
  source: z.string(),
  created_at: isoDateTime,
  outcomes: z.array(outcomeJson),
});

export const candidateScoresJson = z.object({ items: z.array(candidateScoreJson) });

export const listCandidateScores = defineContract({
  method: "GET",
  path: "/api/candidates/{id}/scores",
  summary: "Every score a candidate has received, newest first, with recorded outcomes and band overrides",
  tags: ["candidates"],
  auth: { session: "any", apiKey: "sync" },
  params: idParams,
  response: candidateScoresJson,
});

export function presentCandidateScore(score: CandidateScore): z.infer<typeof candidateScoreJson> {
  return {
    inference_id: score.id,
    job_id: score.jobId,
    job_title: score.job?.title ?? null,
    score: score.score ?? 0,
    band: score.band ?? "weak",
    model_version: score.modelVersion,
    source: score.source,
    created_at: score.createdAt.toISOString(),
    outcomes: score.outcomes.map(presentOutcome),
  };
}

export function toCandidateInput(body: z.infer<typeof candidateBody>): CandidateInput {
  return {
    externalId: body.external_id,
    fullName: body.full_name,
    email: body.email,
    phone: body.phone,
    linkedinUrl: body.linkedin_url,
    location: body.location,
    resumeText: body.resume_text,
    yearsExperienceRange: body.years_experience_range,
    seniority: body.seniority,
    educationLevel: body.education_level,
    fieldOfStudy: body.field_of_study,
    hasDegree: body.has_degree,
    technicalSkills: body.technical_skills,
    softSkills: body.soft_skills,
    tools: body.tools,
  };
}

export function presentCandidate(candidate: CandidateSummary): z.infer<typeof candidateJson> {
  return {
    id: candidate.id,
    external_id: candidate.externalId,
    full_name: candidate.fullName,
    location: candidate.location,
    seniority: candidate.seniority,
    years_experience_range: candidate.yearsExperienceRange,
    technical_skills: candidate.technicalSkills,
    created_at: candidate.createdAt.toISOString(),
  };
}

export function presentCandidateDetail(candidate: CandidateDetail): z.infer<typeof candidateDetailJson> {
  return {
    ...presentCandidate(candidate),
    email: candidate.email,
    phone: candidate.phone,
    linkedin_url: candidate.linkedinUrl,
    resume_text: candidate.resumeText,
    education_level: candidate.educationLevel,
    field_of_study: candidate.fieldOfStudy,
    has_degree: candidate.hasDegree,
    soft_skills: candidate.softSkills,
    tools: candidate.tools,
    contact: {
      has_email: candidate.hasEmail,
      has_phone: candidate.hasPhone,
      has_linkedin: candidate.hasLinkedin,
      has_address: candidate.hasAddress,
    },
    completeness_score: candidate.completenessScore,
    embedding_model: candidate.embeddingModel,
    updated_at: candidate.updatedAt.toISOString(),
  };
}
