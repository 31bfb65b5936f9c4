import { findSkillsInText, skillInfo, skillSource } from "@/lib/skills";
import type { JobRequirementsExtraction } from "@/lib/vocabulary/extraction";
import { targetSeniority } from "./seniority";

// Requirements of a job ad, read with rules and the skill taxonomy (no LLM). What the ad marks as
// optional ("Nice to have:", "a plus", "preferred", "bonus") is kept apart from what it requires. When
// the ad has a requirements section, requirements come from it (and the title), not from the duties —
// unless it names fewer than MIN_FROM_REQUIREMENTS skills, as ads outside software often do ("Person
// specification: registered nurse, good communication"): then the duties' skills are what the job
// requires. Soft skills count wherever they are asked for.

const NICE =
  /\b(?:nice[- ]to[- ]haves?|good[- ]to[- ]haves?|bonus(?:\s+points)?|(?:is|are|would be)\s+a\s+(?:big\s+)?plus|preferred|desirable|optional|ideally)\b/i;
const MUST_HEADING =
  /^\s*(?:must[- ]haves?|requirements?|required|essential(?: criteria| skills)?|person specification|what you(?:'ll)? (?:bring|need)|what we(?:'re| are) looking for|you(?:'ll)? have|about you|who you are|your profile|qualifications|skills(?: and experience)?)\b/i;
const DUTIES_HEADING =
  /^\s*(?:responsibilities|key responsibilities|main duties|duties|the role|about the (?:role|job)|what you(?:'ll)? do|day[- ]to[- ]day|your tasks|you will|you'll|you are going to)\b/i;
const OTHER_HEADING = /^\s*(?:about (?:us|the company)|we offer|what we offer|benefits|perks|salary|how to apply)\b/i;
const MAX_REQUIRED = 15;
const MAX_SOFT = 6;
const MIN_FROM_REQUIREMENTS = 3;

interface Sections {
  must: string[];
  nice: string[];
  /** What the job holder will do. */
  duties: string[];
  /** The rest: the employer, the offer, text before any heading. */
  other: string[];
}

/**
 * Splits an ad into required, optional, duties and other text: by headings, and by sentences that say
 * "a plus".
 */
function sections(description: string): Sections {
  const result: Sections = { must: [], nice: [], duties: [], other: [] };
  let current: keyof Sections = "other";
  let sawHeading = false;
  for (const line of description.split(/\r?\n/)) {
    // "Must have: Go, Kubernetes. Nice to have: Kafka." — several sections on one line.
    for (const part of line.split(/(?<=[.;])\s+(?=\S)/)) {
      if (NICE.test(part.split(/[:,]/)[0]!) || /^\s*(?:nice|good|bonus|preferred|plus)\b/i.test(part)) current = "nice";
      else if (MUST_HEADING.test(part)) {
        current = "must";
        sawHeading = true;
      } else if (DUTIES_HEADING.test(part)) current = "duties";
      else if (OTHER_HEADING.test(part)) current = "other";
      const target = current !== "must" && current !== "nice" && NICE.test(part) ? "nice" : current;
      result[target].push(part);
    }
  }
  if (!sawHeading) result.must.push(...result.other.splice(0), ...result.duties.splice(0));
  return result;
}

function byKind(ids: readonly string[]): { tech: string[]; soft: string[] } {
  // The curated core before the broad ESCO/O*NET entries, so named technologies come first.
  const ordered = [...ids].sort((a, b) => Number(isBroad(a)) - Number(isBroad(b)) || (a < b ? -1 : 1));
  return {
    tech: ordered.filter((id) => skillInfo(id)?.kind !== "soft").slice(0, MAX_REQUIRED),
    soft: ordered.filter((id) => skillInfo(id)?.kind === "soft").slice(0, MAX_SOFT),
  };
}

const isBroad = (id: string) => skillInfo(id)?.broad === true;

/**
 * Broad O*NET product names of one word ("Source", "MPS", "Scheme") are too often plain words, or part of
 * a proper name ("Conveyancing Quality Scheme"), to be requirements.
 */
function isRequirementLike(id: string): boolean {
  const info = skillInfo(id);
  return !(info?.broad && skillSource(id) === "onet" && !info.label.includes(" "));
}

export function extractJobRequirements({
  title,
  description,
}: {
  title: string;
  description: string;
}): JobRequirementsExtraction {
  const { must, nice, duties, other } = sections(description);
  // From the title only what the curated core names ("Senior Go Engineer" → Go): a title is a role, and
  // the broad lists name roles too ("Restaurant Manager" is also a software product).
  const fromTitle = findSkillsInText(title).filter((id) => !isBroad(id));
  const required = new Set([...fromTitle, ...findSkillsInText(must.join("\n")).filter(isRequirementLike)]);
  const fewRequired = [...required].filter((id) => skillInfo(id)?.kind !== "soft").length < MIN_FROM_REQUIREMENTS;
  for (const id of findSkillsInText(duties.join("\n")).filter(isRequirementLike)) {
    if (fewRequired || skillInfo(id)?.kind === "soft") required.add(id);
  }
  // Soft skills are asked for anywhere ("a team that values clear communication").
  for (const id of findSkillsInText(other.join("\n"))) if (skillInfo(id)?.kind === "soft") required.add(id);
  const optional = findSkillsInText(nice.join("\n")).filter((id) => !required.has(id));
  const { tech, soft } = byKind([...required]);
  return {
    required_tech_skills: tech,
    required_soft_skills: soft,
    target_seniority: targetSeniority(title, description),
    nice_to_have_skills: optional.slice(0, MAX_REQUIRED),
  };
}
