import { z } from "zod";
import { educationLevel, experienceRange, seniorityLevel } from "./levels";

// The immutable scoring payload (DESIGN.md, "Scoring API v2"). Field names are snake_case exactly as
// written there; every object is strict, so a misspelt or unknown field is a 400, never silently dropped.

export const MAX_RESUME_BYTES = 100 * 1024;
export const MAX_VECTOR_DIMENSIONS = 4096;
export const MAX_SKILLS = 200;
export const MAX_JOB_DESCRIPTION_CHARS = 20_000;
export const WORK_ARRANGEMENTS = ["onsite", "hybrid", "remote"] as const;
export type WorkArrangement = (typeof WORK_ARRANGEMENTS)[number];

/**
 * Lets a schema take its common case in one loop: a value `quick` answers for (with what zod's own path would
 * answer: a copy, trimmed) is taken as that; anything else takes zod's path, so what is accepted, every issue
 * and the OpenAPI schema stay the same (score-payload.test.ts compares). The schema's checks run either way.
 */
function withQuickPath(schema: z.ZodType, quick: (value: unknown) => unknown[] | null): void {
  const zodPath = schema._zod.parse;
  schema._zod.parse = (payload, ctx) => {
    const answered = quick(payload.value);
    if (answered === null) return zodPath(payload, ctx);
    payload.value = answered;
    return payload;
  };
}

const label = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

export const MAX_SKILL_CHARS = 80;

export const skillList = z.array(label(MAX_SKILL_CHARS)).max(MAX_SKILLS, `at most ${MAX_SKILLS} skills`);

// zod runs a label's checks one skill at a time (~0.3 µs each; a payload sends dozens): a list of strings each
// within the bounds once trimmed is trimmed in one loop instead.
withQuickPath(skillList, trimmedLabels);

/** The items trimmed, when each is a string of 1 to MAX_SKILL_CHARS characters once trimmed; else null. */
function trimmedLabels(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const trimmed = new Array<string>(value.length);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== "string") return null;
    const text = item.trim();
    if (text.length === 0 || text.length > MAX_SKILL_CHARS) return null;
    trimmed[i] = text;
  }
  return trimmed;
}

export const vector = z
  .array(z.number().finite("must be a finite number"))
  .min(1, "must not be empty")
  .max(MAX_VECTOR_DIMENSIONS, `at most ${MAX_VECTOR_DIMENSIONS} dimensions`);

// zod checks a vector's numbers one by one (about 80 µs for 768 of them, two vectors a score): a vector of
// finite numbers within the size bound is copied in one loop instead.
withQuickPath(vector, (value) => (isFiniteVector(value) ? value.slice() : null));

// By a builtin, which V8 inlines here (this call site sees vectors alone) and which reads their doubles
// unboxed; a for…of boxed each of them (6 kB of garbage a vector).
const isNotFinite = (element: unknown) => !Number.isFinite(element);

function isFiniteVector(value: unknown): value is number[] {
  if (!Array.isArray(value) || value.length > MAX_VECTOR_DIMENSIONS) return false;
  return value.findIndex(isNotFinite) === -1;
}

export const requestIdSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9._:-]+$/, "use letters, digits and . _ : - only");

const resumeText = z
  .string()
  .max(MAX_RESUME_BYTES)
  .refine(
    (text) => Buffer.byteLength(text, "utf8") <= MAX_RESUME_BYTES,
    `must be at most ${MAX_RESUME_BYTES / 1024} kB`,
  );

export const candidatePayload = z
  .object({
    profile: z
      .object({
        resume_text: resumeText.optional(),
        years_experience_range: experienceRange.optional(),
        seniority_inferred: seniorityLevel.optional(),
        education_level: educationLevel.optional(),
        field_of_study: label(80).optional(),
        has_degree: z.boolean().optional(),
      })
      .strict()
      .default({}),
    skills: z
      .object({
        technical_skills: skillList.default([]),
        soft_skills: skillList.default([]),
        tools: skillList.default([]),
      })
      .strict()
      .optional(),
    quality_signals: z
      .object({
        has_email: z.boolean().optional(),
        has_phone: z.boolean().optional(),
        has_linkedin: z.boolean().optional(),
        has_address: z.boolean().optional(),
        completeness_score: z.number().finite().min(0).max(1).optional(),
        is_local_to_job: z.boolean().optional(),
      })
      .strict()
      .optional(),
    embeddings: z.object({ semantic_vector: vector }).strict().optional(),
  })
  .strict();

export const jobContextPayload = z
  .object({
    metadata: z
      .object({
        job_title: label(200),
        department: label(100),
        recruiter_id: label(100).optional(),
        days_since_opening: z.number().int().min(0).max(36_500).optional(),
        /** Additive (December 2026): the posting's text, read for lexical relevance and the level asked for. */
        job_description: z
          .string()
          .max(MAX_JOB_DESCRIPTION_CHARS, `must be at most ${MAX_JOB_DESCRIPTION_CHARS} characters`)
          .optional(),
        /** Additive: a remote job never counts a candidate as "not local". */
        work_arrangement: z.enum(WORK_ARRANGEMENTS).optional(),
      })
      .strict(),
    requirements: z
      .object({
        required_tech_skills: skillList.default([]),
        required_soft_skills: skillList.default([]),
        target_seniority: seniorityLevel.optional(),
      })
      .strict(),
    embeddings: z.object({ description_vector: vector }).strict().optional(),
  })
  .strict();

export const scorePayload = z
  .object({
    request_id: requestIdSchema,
    candidate: candidatePayload,
    job_context: jobContextPayload,
  })
  .strict()
  .superRefine((payload, context) => {
    const { profile, skills } = payload.candidate;
    if (!skills && !profile.resume_text?.trim()) {
      context.addIssue({
        code: "custom",
        path: ["candidate", "skills"],
        message: "send candidate.skills, or candidate.profile.resume_text to extract them from",
      });
    }
  });

export type ScorePayload = z.infer<typeof scorePayload>;
export type CandidatePayload = z.infer<typeof candidatePayload>;
export type JobContextPayload = z.infer<typeof jobContextPayload>;
