import { z } from "zod";
import type { Enrichment } from "@/lib/scoring";
import { defineContract } from "@/lib/http/contract";
import { MAX_RESUME_BYTES } from "@/lib/vocabulary/score-payload";
import { scoringWarningJson } from "@/lib/vocabulary/score-response";
import { educationLevel, experienceRange, seniorityLevel } from "@/lib/vocabulary/levels";

const resumeText = z.string().trim().min(1, "paste a résumé first").max(MAX_RESUME_BYTES);

export const resumeFileJson = z.object({
  file_name: z.string(),
  kind: z.enum(["txt", "pdf", "docx"]),
  text: z.string(),
});

export const readResumeFile = defineContract({
  method: "POST",
  path: "/api/resumes/text",
  summary: "Extract the text of an uploaded résumé (a .txt, .pdf or .docx file, at most 5 MB)",
  tags: ["resumes"],
  auth: { session: "any", apiKey: "scoring" },
  upload: { field: "file", description: "The résumé: .txt, .pdf or .docx, at most 5 MB" },
  response: resumeFileJson,
});

export const resumeAnalysisJson = z.object({
  technical_skills: z.array(z.string()),
  soft_skills: z.array(z.string()),
  tools: z.array(z.string()),
  seniority: seniorityLevel.nullable(),
  years_experience_range: experienceRange.nullable(),
  education_level: educationLevel.nullable(),
  field_of_study: z.string().nullable(),
  has_degree: z.boolean().nullable(),
  has_email: z.boolean(),
  has_phone: z.boolean(),
  has_linkedin: z.boolean(),
  has_address: z.boolean(),
  location: z.string().nullable(),
  provider: z.string(),
  prompt: z.object({ name: z.string(), version: z.number().int() }).nullable(),
  /** What screening set aside before reading (hidden, repeated or injected text, keyword lists). */
  warnings: z.array(scoringWarningJson),
});

export const analyzeResume = defineContract({
  method: "POST",
  path: "/api/resumes/analyze",
  summary: "Read a résumé into the fields the scorer uses (through the LLM gateway), to review before scoring",
  tags: ["resumes"],
  auth: { session: "any", apiKey: "scoring" },
  body: z.object({ resume_text: resumeText }).strict(),
  response: resumeAnalysisJson,
});

export const evidenceJson = z.object({ items: z.array(z.object({ skill: z.string(), snippet: z.string() })) });

export const resumeEvidence = defineContract({
  method: "POST",
  path: "/api/resumes/evidence",
  summary: "Lines of a résumé that mention each given skill",
  tags: ["resumes"],
  auth: { session: "any", apiKey: "scoring" },
  body: z.object({ resume_text: resumeText, skills: z.array(z.string().trim().min(1).max(80)).max(200) }).strict(),
  response: evidenceJson,
});

export function presentAnalysis(
  enrichment: Enrichment,
  yearsRange: z.infer<typeof experienceRange> | null,
): z.infer<typeof resumeAnalysisJson> {
  const { years_experience: _years, ...fields } = enrichment.value;
  return {
    ...fields,
    years_experience_range: yearsRange,
    provider: enrichment.provider,
    prompt: enrichment.prompt,
    warnings: enrichment.warnings.map((warning) => ({ ...warning })),
  };
}
