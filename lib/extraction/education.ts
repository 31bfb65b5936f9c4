import { EDUCATION_LEVELS, type EducationLevel } from "@/lib/vocabulary/levels";

const DEGREES: [RegExp, EducationLevel][] = [
  [/\b(ph\.?\s?d|doctorate|doctor of philosophy|dphil)\b/i, "phd"],
  [/\b(m\.?\s?sc|m\.?\s?s\.|msc|master'?s?|mba|m\.?\s?eng|m\.?\s?a\.)(?=\W|$)/i, "masters"],
  [/\b(b\.?\s?sc|bsc|b\.?\s?s\.|bachelor'?s?|b\.?\s?eng|b\.?\s?a\.|undergraduate degree)(?=\W|$)/i, "bachelors"],
  [/\b(associate'?s? degree|a\.?\s?s\.|a\.?\s?a\.)(?=\W|$)/i, "associate"],
  [/\b(high school|secondary school|a-levels|baccalaur[ée]at)\b/i, "high_school"],
  [/\bno formal (degree|education)\b/i, "none"],
];

const FIELDS: [RegExp, string][] = [
  [/computer science|informatics/i, "computer_science"],
  [/software engineering/i, "software_engineering"],
  [/human[- ]computer interaction|\bhci\b/i, "human_computer_interaction"],
  [/information systems/i, "information_systems"],
  [/data science/i, "data_science"],
  [/statistics/i, "statistics"],
  [/mathematics|\bmaths?\b/i, "mathematics"],
  [/physics/i, "physics"],
  [/economics/i, "economics"],
  [/finance/i, "finance"],
  [/accounting/i, "accounting"],
  [/business|management/i, "business"],
  [/marketing/i, "marketing"],
  [/communications?|journalism/i, "communications"],
  [/psychology/i, "psychology"],
  [/human resources/i, "human_resources"],
  [/design/i, "design"],
  [/engineering/i, "engineering"],
  [/\blaw\b/i, "law"],
];

/** The highest degree the résumé states, and the field of the line that states it. */
export function educationFrom(text: string): { level: EducationLevel | null; field: string | null } {
  let best: { level: EducationLevel; line: string } | null = null;
  for (const line of text.split(/\r?\n/)) {
    for (const [pattern, level] of DEGREES) {
      if (!pattern.test(line)) continue;
      if (!best || EDUCATION_LEVELS.indexOf(level) > EDUCATION_LEVELS.indexOf(best.level)) best = { level, line };
      break;
    }
  }
  if (!best) return { level: null, field: null };
  const field = FIELDS.find(([pattern]) => pattern.test(best.line))?.[1] ?? null;
  return { level: best.level, field };
}
