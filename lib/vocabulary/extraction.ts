import { z } from "zod";
import { educationLevel, seniorityLevel } from "./levels";

// Structured outputs the LLM gateway produces from free text. Every provider's answer (builtin rules,
// Ollama, DeepSeek, OpenAI) is parsed with these schemas; scores are computed from validated fields only.

const skillList = z.array(z.string().trim().min(1).max(80)).max(200);

/** A résumé read into the fields the scorer needs. */
export const resumeExtraction = z
  .object({
    technical_skills: skillList,
    soft_skills: skillList,
    tools: skillList,
    seniority: seniorityLevel.nullable(),
    years_experience: z.number().min(0).max(60).nullable(),
    education_level: educationLevel.nullable(),
    field_of_study: z.string().trim().max(80).nullable(),
    has_degree: z.boolean().nullable(),
    has_email: z.boolean(),
    has_phone: z.boolean(),
    has_linkedin: z.boolean(),
    has_address: z.boolean(),
    /** Where the candidate lives, when the résumé says (added December 2026). */
    location: z.string().trim().max(120).nullable().default(null),
  })
  .strict();
export type ResumeExtraction = z.infer<typeof resumeExtraction>;
/** An answer as a provider may send it (fields added later may be absent: they default). */
export type ResumeExtractionAnswer = z.input<typeof resumeExtraction>;

/** A job description read into requirements. */
export const jobRequirementsExtraction = z
  .object({
    required_tech_skills: skillList,
    required_soft_skills: skillList,
    target_seniority: seniorityLevel.nullable(),
    /** What the ad calls optional ("Nice to have: …", added December 2026): shown and stored, not scored. */
    nice_to_have_skills: skillList.default([]),
  })
  .strict();
export type JobRequirementsExtraction = z.infer<typeof jobRequirementsExtraction>;

/** A short explanation of a score a recruiter can read (on request only). */
export const matchRationale = z
  .object({
    summary: z.string().trim().min(1).max(1200),
    strengths: z.array(z.string().trim().min(1).max(300)).max(5),
    gaps: z.array(z.string().trim().min(1).max(300)).max(5),
  })
  .strict();
export type MatchRationale = z.infer<typeof matchRationale>;

const contribution = z.object({ signal: z.string().trim().min(1).max(80), contribution: z.number().finite() }).strict();

/** What a rationale is written from: the score and its explanation, never the résumé itself. */
export const rationaleInput = z
  .object({
    score: z.number().min(0).max(100),
    band: z.string().trim().min(1).max(40),
    matched_skills: skillList,
    missing_skills: skillList,
    top_positive: z.array(contribution).max(10),
    top_negative: z.array(contribution).max(10),
  })
  .strict();
export type RationaleInput = z.infer<typeof rationaleInput>;
