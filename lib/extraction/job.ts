import type { JobRequirementsExtraction } from "@/lib/vocabulary/extraction";
import { findSkillsInText, skillInfo } from "@/lib/skills/normalize";
import { targetSeniority } from "./seniority";

/** Requirements of a job ad, read with rules and the skill taxonomy (no LLM). */
export function extractJobRequirements({
  title,
  description,
}: {
  title: string;
  description: string;
}): JobRequirementsExtraction {
  const skills = findSkillsInText(`${title}\n${description}`);
  return {
    required_tech_skills: skills.filter((id) => skillInfo(id)?.kind !== "soft"),
    required_soft_skills: skills.filter((id) => skillInfo(id)?.kind === "soft"),
    target_seniority: targetSeniority(title, description),
  };
}
