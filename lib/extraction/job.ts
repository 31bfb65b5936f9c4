import { matchOccupations, occupation } from "@/lib/occupations";
import { findSkillsInText, labelNamesSkill, skillInfo } from "@/lib/skills";
import type { JobRequirementsExtraction } from "@/lib/vocabulary/extraction";
import { isRequirementLike, requirementPhrase } from "./requirement-phrases";
import { targetSeniority } from "./seniority";

// Requirements of a job ad, read with rules and the skill taxonomy (no LLM). What the ad marks as
// optional ("Nice to have:", "a plus", "preferred", "bonus") is kept apart from what it requires. When
// the ad has a requirements section, requirements come from it (and the title) first; the duties' skills
// fill the list up to REQUIREMENTS_TARGET, so the fewer skills the requirements name, as ads outside
// software often do ("Person specification: registered nurse, good communication"), the more of what the
// job holder will do is required — those typical of the title's occupation (O*NET) first. Soft skills
// count wherever they are asked for. Requirement lines no skill name covers are kept as phrases
// (requirement-phrases.ts), and so are duty lines, in the room the duties' skills leave.

const OPTIONAL_WORDS = String.raw`nice[- ]to[- ]haves?|good[- ]to[- ]haves?|bonus(?:\s+points)?|preferred|desirable|optional|ideally`;
const NICE = new RegExp(String.raw`\b(?:${OPTIONAL_WORDS}|(?:is|are|would be)\s+a\s+(?:big\s+)?plus)\b`, "i");
/** How the optional requirements' heading starts: "Nice to have:", "Desirable", "Plus:". */
const OPTIONAL_HEADING = new RegExp(String.raw`^\s*(?:${OPTIONAL_WORDS}|plus)\b`, "i");
const MUST_HEADING =
  /^\s*(?:must[- ]haves?|requirements?|required|essential(?: criteria| skills)?|person specification|what you(?:'ll)? (?:bring|need)|what we(?:'re| are) looking for|you(?:'ll)? have|about you|who you are|your profile|qualifications|skills(?: and experience)?)\b/i;
const DUTIES_HEADING =
  /^\s*(?:responsibilities|key responsibilities|main duties|duties|the role|about the (?:role|job)|what you(?:'ll)? do|day[- ]to[- ]day|your tasks|you will|you'll|you are going to)\b/i;
const OTHER_HEADING = /^\s*(?:about (?:us|the company)|we offer|what we offer|benefits|perks|salary|how to apply)\b/i;
const MAX_REQUIRED = 15;
const MAX_SOFT = 6;
/** About the essentials a requirements list names; below it, the duties' skills fill in. */
const REQUIREMENTS_TARGET = 6;
const MAX_PHRASES = 8;
const LIST_ITEM = /^\s*(?:[-–—*•▪●·]|\d{1,2}[.)])\s/;
/** In an ad without a requirements heading, a sentence that asks for something says so. */
const REQUIREMENT_CUE =
  /\b(?:experience[ds]?|knowledge|ability|able to|must|essential|required|qualifi(?:ed|cation)|licen[cs]ed?|certificat\w*|understanding|proven|track record)\b/i;

interface Sections {
  must: string[];
  nice: string[];
  /** What the job holder will do. */
  duties: string[];
  /** The rest: the employer, the offer, text before any heading. */
  other: string[];
  /**
   * Requirement lines, for phrases: the list items (and sentences that ask for something) of the
   * requirements section; without one, the ad's sentences that ask for something.
   */
  items: string[];
  /** The duties' list items, for phrases when the requirements name few. */
  dutyItems: string[];
}

/** Words that make optional what follows them in a requirement, not the requirement itself. */
const ALSO_OPTIONAL = /\b(?:ideally|preferably)\b/i;
const HEADING_WORDS = 4;

/**
 * Whether a part heads the optional requirements ("Nice to have:", "Desirable", "Preferred qualifications")
 * rather than being one optional item: "- Reach truck licence preferred" makes that item optional, not the
 * requirements after it.
 */
function opensOptionalSection(part: string, listItem: boolean): boolean {
  const colon = part.indexOf(":");
  if (colon >= 0) return NICE.test(part.slice(0, colon)) || OPTIONAL_HEADING.test(part);
  return !listItem && OPTIONAL_HEADING.test(part) && part.trim().split(/\s+/).length <= HEADING_WORDS;
}

/**
 * Splits an ad into required, optional, duties and other text: by headings, and by sentences that say
 * "a plus".
 */
function sections(description: string): Sections {
  const result: Sections = { must: [], nice: [], duties: [], other: [], items: [], dutyItems: [] };
  const cued: string[] = [];
  let current: "must" | "nice" | "duties" | "other" = "other";
  let sawHeading = false;
  for (const line of description.split(/\r?\n/)) {
    // "Must have: Go, Kubernetes. Nice to have: Kafka." — several sections on one line.
    const listItem = LIST_ITEM.test(line);
    for (const part of line.split(/(?<=[.;])(?<!\b[ei]\.[ge]\.)\s+(?=\S)/)) {
      if (opensOptionalSection(part, listItem)) current = "nice";
      else if (MUST_HEADING.test(part)) {
        current = "must";
        sawHeading = true;
      } else if (DUTIES_HEADING.test(part)) current = "duties";
      else if (OTHER_HEADING.test(part)) current = "other";
      // "Reach truck licence preferred" is optional wherever it stands; "customer service, ideally in a call
      // centre" under the requirements still requires customer service.
      const optional = NICE.test(part) && !(current === "must" && ALSO_OPTIONAL.test(part));
      const target = current !== "nice" && optional ? "nice" : current;
      result[target].push(part);
      const asks = REQUIREMENT_CUE.test(part);
      if (target === "must" && (listItem || asks)) result.items.push(part.replace(MUST_HEADING, ""));
      else if (target !== "nice" && asks) cued.push(part);
      if (target === "duties" && listItem) result.dutyItems.push(part);
    }
  }
  if (!sawHeading) result.must.push(...result.other.splice(0), ...result.duties.splice(0));
  if (!sawHeading) result.items.push(...cued);
  return result;
}

function byKind(ids: readonly string[]): { tech: string[]; soft: string[] } {
  // A broad entry that restates another requirement is that requirement once more: a candidate stating
  // WMS would miss "use a warehouse management system". Of two broad entries restating each other, the
  // first by id stays.
  const restates = (id: string, other: string) =>
    labelNamesSkill(id, other) && (!isBroad(other) || !labelNamesSkill(other, id) || other < id);
  const distinct = ids.filter((id) => !isBroad(id) || !ids.some((other) => restates(id, other)));
  // The curated core before the broad ESCO/O*NET entries, so named technologies come first.
  const ordered = distinct.sort((a, b) => Number(isBroad(a)) - Number(isBroad(b)) || (a < b ? -1 : 1));
  return {
    tech: ordered.filter((id) => skillInfo(id)?.kind !== "soft").slice(0, MAX_REQUIRED),
    soft: ordered.filter((id) => skillInfo(id)?.kind === "soft").slice(0, MAX_SOFT),
  };
}

const isBroad = (id: string) => skillInfo(id)?.broad === true;

/**
 * The skills the duties name, best first: those typical of the title's occupation, then the curated core
 * before the broad lists, then in the order the ad names them.
 */
function dutySkills(duties: readonly string[], title: string): string[] {
  const [best] = matchOccupations(title, 1);
  const typical = new Set(best ? occupation(best.code)?.skills : []);
  const rank = (id: string) => (typical.has(id) ? 0 : 2) + Number(isBroad(id));
  return findSkillsInText(duties.join("\n"))
    .filter(isRequirementLike)
    .map((id, order) => ({ id, order }))
    .sort((a, b) => rank(a.id) - rank(b.id) || a.order - b.order)
    .map(({ id }) => id);
}

/** Requirement lines that name no known skill, as phrases (requirement-phrases.ts), each once. */
function phraseRequirements(lines: readonly string[]): string[] {
  const phrases = new Set<string>();
  for (const line of lines) {
    const phrase = requirementPhrase(line);
    if (phrase !== null) phrases.add(phrase);
  }
  return [...phrases].slice(0, MAX_PHRASES);
}

export function extractJobRequirements({
  title,
  description,
}: {
  title: string;
  description: string;
}): JobRequirementsExtraction {
  const { must, nice, duties, other, items, dutyItems } = sections(description);
  // From the title only what the curated core names ("Senior Go Engineer" → Go): a title is a role, and
  // the broad lists name roles too ("Restaurant Manager" is also a software product).
  const fromTitle = findSkillsInText(title).filter((id) => !isBroad(id));
  const required = new Set([...fromTitle, ...findSkillsInText(must.join("\n")).filter(isRequirementLike)]);
  let room = REQUIREMENTS_TARGET - [...required].filter((id) => skillInfo(id)?.kind !== "soft").length;
  for (const id of dutySkills(duties, title)) {
    if (required.has(id)) continue;
    if (skillInfo(id)?.kind === "soft") required.add(id);
    else if (room-- > 0) required.add(id);
  }
  // Soft skills are asked for anywhere ("a team that values clear communication").
  for (const id of findSkillsInText(other.join("\n"))) if (skillInfo(id)?.kind === "soft") required.add(id);
  const optional = findSkillsInText(nice.join("\n")).filter((id) => !required.has(id));
  const { tech, soft } = byKind([...required]);
  return {
    // Duties no skill names ("Load and unload delivery vehicles") fill what room is left, as phrases.
    required_tech_skills: [
      ...new Set([...tech, ...phraseRequirements(items), ...phraseRequirements(dutyItems).slice(0, Math.max(0, room))]),
    ],
    required_soft_skills: soft,
    target_seniority: targetSeniority(title, description),
    nice_to_have_skills: optional.slice(0, MAX_REQUIRED),
  };
}
