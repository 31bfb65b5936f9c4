import type { ResumeExtraction } from "@/lib/vocabulary/extraction";
import type { EducationLevel, SeniorityLevel } from "@/lib/vocabulary/levels";
import { findSkillsInTextWithout, skillInfo } from "@/lib/skills";
import { contactSignals } from "./contact";
import { locationFrom } from "./location";
import { educationFrom } from "./education";
import { seniorityFromTitleWords, seniorityFromYears } from "./seniority";
import { yearsOfExperience } from "./years";

/**
 * Reads a résumé with rules and the skill taxonomy: deterministic, offline, no LLM. The built-in provider
 * of the LLM gateway answers with this, so the product works on a machine with no model at all.
 */
export function extractResume(text: string, now = new Date()): ResumeExtraction {
  const skills = findSkillsInTextWithout(text, addresses(text));
  // A schema-valid answer whatever the résumé: at most MAX_LISTED per kind.
  const byKind = (kind: string) => skills.filter((id) => skillInfo(id)?.kind === kind).slice(0, MAX_LISTED);
  const years = yearsOfExperience(text, now);
  const education = educationFrom(text);
  const seniority: SeniorityLevel | null =
    seniorityFromTitleWords(headline(text)) ?? (years === null ? null : seniorityFromYears(years));
  const educationLevel: EducationLevel | null = education.level;
  return {
    technical_skills: byKind("technical"),
    soft_skills: byKind("soft"),
    tools: byKind("tool"),
    seniority,
    years_experience: years,
    education_level: educationLevel,
    field_of_study: education.field,
    has_degree: educationLevel === null ? null : ["associate", "bachelors", "masters", "phd"].includes(educationLevel),
    ...contactSignals(text),
    location: locationFrom(text),
  };
}

const MAX_LISTED = 100;

// Web and e-mail addresses name sites, not skills: "linkedin.com/in/jo" is a profile, not LinkedIn expertise.
const ADDRESSES =
  /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|me|co)\/\S*/gi;

/** Where the text's addresses stand: the skills are those of the text with each blanked. */
function addresses(text: string): [number, number][] {
  return [...text.matchAll(ADDRESSES)].map((match) => [match.index, match.index + match[0].length]);
}

/** The part of a résumé that states who the person is now: the first lines and the most recent role. */
function headline(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const summary = lines.slice(0, 4).join(" ");
  const currentRole = lines.find((line) => /\b(present|current|now|today)\b/i.test(line)) ?? "";
  return `${summary} ${currentRole}`;
}
