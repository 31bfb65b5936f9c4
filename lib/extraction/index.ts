// PLACEHOLDER: replaced by the rule-based extractor on main.
// Only the signatures matter here: the LLM gateway's builtin provider calls these three functions.
// The answers are deliberately minimal (empty lists, nulls, contact flags from plain patterns).
import type {
  JobRequirementsExtraction,
  MatchRationale,
  RationaleInput,
  ResumeExtraction,
} from "@/lib/contracts/extraction";

export function extractResume(text: string): ResumeExtraction {
  return {
    technical_skills: [],
    soft_skills: [],
    tools: [],
    seniority: null,
    years_experience: null,
    education_level: null,
    field_of_study: null,
    has_degree: null,
    has_email: /[\w.+-]+@[\w-]+\.[\w.-]+/.test(text),
    has_phone: /\+?\d[\d ()-]{7,}\d/.test(text),
    has_linkedin: /linkedin\.com\//i.test(text),
    has_address: false,
  };
}

export function extractJobRequirements(input: { title: string; description: string }): JobRequirementsExtraction {
  void input;
  return { required_tech_skills: [], required_soft_skills: [], target_seniority: null };
}

export function draftRationale(input: RationaleInput): MatchRationale {
  return {
    summary: `Score ${Math.round(input.score)} (${input.band}).`,
    strengths: input.matched_skills.slice(0, 5).map((skill) => `Has ${skill}`),
    gaps: input.missing_skills.slice(0, 5).map((skill) => `Missing ${skill}`),
  };
}
