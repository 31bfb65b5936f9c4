import type { SeniorityLevel } from "@/lib/vocabulary/levels";

// Title words, most senior first: "Lead Data Engineer" is lead even though "engineer" is neutral. A
// manager leads people unless the title says what else is managed: a key account, relationship, client,
// case or property manager is an individual contributor, and their years tell their level. "Staff" is a
// level only in technical ladders (a staff engineer); a staff nurse or a staff accountant is the grade a
// profession starts at.
const MANAGES_NO_PEOPLE = /\b(?:accounts?|relationship|client|case|property)\s+manager\b/gi;
const TITLE_WORDS: [RegExp, SeniorityLevel][] = [
  [/\b(principal|distinguished|chief|vp|vice president|director|head of)\b/i, "principal"],
  [
    /\b(lead|manager|staff(?=(?:\s+[\w/-]+){0,3}?\s+(?:engineer|developer|scientist|architect|designer|researcher)\b))\b/i,
    "lead",
  ],
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

// A minimum of years is a floor, not a level: "2+ years", "at least 3 years", "a minimum of 4 years", "min. 2
// yrs", "3 or more years", "5 years minimum". More is no drawback, as recruiters read it. A range ("2-4
// years") or a bare number ("3 years' experience") is not a minimum; "more than" and "over" are left out
// as well, for the company's age they often tell ("trading for over 20 years").
const NUMBER = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)`;
const WORD_NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const YEARS = String.raw`(?:years?|yrs?)\b`;
const NOT_IN_RANGE = String.raw`(?<!\d\s*(?:-|–|—|to)\s*)`;
const FLOOR = new RegExp(
  [
    String.raw`\b(?:at\s+least|(?:a\s+)?minimum(?:\s+of)?|min\.?|no\s+less\s+than|not\s+less\s+than)\s+${NUMBER}\s*\+?\s*${YEARS}`,
    String.raw`${NOT_IN_RANGE}\b${NUMBER}\s*\+\s*${YEARS}`,
    String.raw`${NOT_IN_RANGE}\b${NUMBER}\s+(?:or\s+more\s+${YEARS}|${YEARS}'?\s*(?:or\s+more\b|\(?minimum\b|min\b))`,
  ].join("|"),
  "i",
);

/** The least years of experience a job ad asks for, when it states a minimum ("2+ years"); else null. */
export function minimumYears(description: string): number | null {
  const match = FLOOR.exec(description);
  const number = match
    ?.slice(1)
    .find((group) => group !== undefined)
    ?.toLowerCase();
  if (number === undefined) return null;
  return /^\d/.test(number) ? Number(number) : WORD_NUMBERS.indexOf(number) + 1;
}

/** The level a job ad names: its title ("Senior …"), else "Level: senior" in its text. */
export function statedSeniority(title: string, description: string): SeniorityLevel | null {
  const fromTitle = seniorityFromTitleWords(title);
  if (fromTitle) return fromTitle;
  const level = /\blevel:\s*(intern|junior|mid|senior|lead|principal)\b/i.exec(description)?.[1];
  return level ? (level.toLowerCase() as SeniorityLevel) : null;
}

/**
 * Target seniority of a job ad: the level it names, else the level its years suggest ("3-5 years"). An ad
 * stating a minimum has no level from it: the minimum is read as a floor (minimumYears).
 */
export function targetSeniority(title: string, description: string): SeniorityLevel | null {
  const stated = statedSeniority(title, description);
  if (stated || minimumYears(description) !== null) return stated;
  const years = /\b(\d{1,2})\+?\s*(?:years|yrs)\b/i.exec(description)?.[1];
  return years ? seniorityFromYears(Number(years)) : null;
}
