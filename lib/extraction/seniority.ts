import type { SeniorityLevel } from "@/lib/vocabulary/levels";

// Title words, most senior first: "Lead Data Engineer" is lead even though "engineer" is neutral. A
// manager leads people unless the title says what else is managed: a key account, relationship, client,
// case or property manager is an individual contributor, and their years tell their level.
const MANAGES_NO_PEOPLE = /\b(?:accounts?|relationship|client|case|property)\s+manager\b/gi;
const TITLE_WORDS: [RegExp, SeniorityLevel][] = [
  [/\b(principal|distinguished|chief|vp|vice president|director|head of)\b/i, "principal"],
  [/\b(lead|staff|manager)\b/i, "lead"],
  [/\b(senior|sr\.?)\b/i, "senior"],
  [/\b(mid[- ]level|intermediate)\b/i, "mid"],
  [/\b(junior|jr\.?|graduate|entry[- ]level|associate)\b/i, "junior"],
  [/\b(intern|internship|trainee|apprentice)\b/i, "intern"],
];

export function seniorityFromTitleWords(text: string): SeniorityLevel | null {
  const title = text.replace(MANAGES_NO_PEOPLE, " ");
  for (const [pattern, level] of TITLE_WORDS) if (pattern.test(title)) return level;
  return null;
}

/**
 * The level years alone suggest. Years make someone senior at most: leading people (lead, principal) is
 * a role a title states, not an age (ten years as an accounts payable clerk is not "lead").
 */
export function seniorityFromYears(years: number): SeniorityLevel {
  if (years < 1) return "intern";
  if (years < 2.5) return "junior";
  if (years < 5) return "mid";
  return "senior";
}

/** Target seniority stated in a job ad: its title first, then "Level: senior" or "5+ years" in the text. */
export function targetSeniority(title: string, description: string): SeniorityLevel | null {
  const fromTitle = seniorityFromTitleWords(title);
  if (fromTitle) return fromTitle;
  const level = /\blevel:\s*(intern|junior|mid|senior|lead|principal)\b/i.exec(description)?.[1];
  if (level) return level.toLowerCase() as SeniorityLevel;
  const years = /\b(\d{1,2})\+?\s*(?:years|yrs)\b/i.exec(description)?.[1];
  return years ? seniorityFromYears(Number(years)) : null;
}
