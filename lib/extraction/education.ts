import { EDUCATION_LEVELS, type EducationLevel } from "@/lib/vocabulary/levels";

// The highest degree a résumé states and its field. A degree word counts only as a degree: "Master of",
// "Master's", "MSc", "MBA" — never "Scrum Master", "master data" or "mastered". The field is read from the
// line that states the degree, after the degree itself.

const DEGREES: [RegExp, EducationLevel][] = [
  [
    /\b(?:ph\.?\s?d\b\.?|doctorate|doctoral\s+degree|doctor\s+of\s+(?:philosophy|science|education)|d\.?\s?phil\b|dr\.\s?(?:rer|phil|med)\b)/i,
    "phd",
  ],
  [
    /(?<!scrum\s|product\s|quiz\s|grand\s|web\s|zen\s)\b(?:master'?s(?:\s+degree)?|master\s+(?:of|in)\b|masters?\s+degree|m\.\s?sc\b\.?|msc\b|m\.\s?s\.|m\.\s?a\.|m\.?\s?eng\b\.?|mba\b|ll\.?\s?m\b\.?|m\.?\s?ed\b\.?|msn\b|m\.\s?phil\b\.?|diplom(?:-|\s)(?:ingenieur|kaufmann|informatiker))/i,
    "masters",
  ],
  // "BA Accounting and Finance", "MA History": the bare abbreviation before a capitalised field.
  [/\bM\.?A\.?(?=\s+(?:\(Hons?\)\s+)?\p{Lu})|\bM\.?Sc\.?(?=\s+\p{Lu})/u, "masters"],
  [/\bB\.?A\.?(?=\s+(?:\(Hons?\)\s+)?\p{Lu})|\bB\.?Sc\.?(?=\s+(?:\(Hons?\)\s+)?\p{Lu})/u, "bachelors"],
  [
    /\b(?:bachelor'?s?(?:\s+degree)?|bachelor\s+(?:of|in)\b|b\.\s?sc\b\.?|bsc\b|b\.\s?s\.|b\.\s?a\.|ba\s+(?:in|of|hons?)\b|b\.?\s?eng\b\.?|beng\b|b\.?\s?com\b\.?|bba\b|ll\.?\s?b\b\.?|bsn\b|b\.\s?ed\b\.?|undergraduate\s+degree)/i,
    "bachelors",
  ],
  [
    /\b(?:associate'?s?\s+degree|associate\s+of\s+(?:arts|science|applied)|a\.\s?a\.\s?s\.|a\.\s?[as]\.(?=\s)|hnd\b|hnc\b|vocational\s+(?:degree|diploma|qualification|training)|apprenticeship|ausbildung|trade\s+certificate|journeyman)/i,
    "associate",
  ],
  [/\b(?:high\s+school|secondary\s+school|a-levels?|abitur|baccalaur[ée]at|ged\b|gcse)/i, "high_school"],
  [/\bno\s+formal\s+(?:degree|education)\b/i, "none"],
];

const FIELDS: [RegExp, string][] = [
  [/computer science|informatics|informatik/i, "computer_science"],
  [/software engineering/i, "software_engineering"],
  [/human[- ]computer interaction|\bhci\b/i, "human_computer_interaction"],
  [/information (?:systems|technology)|\bit\b/i, "information_systems"],
  [/data science|machine learning|artificial intelligence/i, "data_science"],
  [/statistics/i, "statistics"],
  [/mathematics|\bmaths?\b/i, "mathematics"],
  [/physics/i, "physics"],
  [/chemistry|chemical/i, "chemistry"],
  [/biology|biochemistry|life sciences/i, "biology"],
  [/nursing/i, "nursing"],
  [/medicine|medical|pharmacy|health/i, "health"],
  [/education|teaching|pedagog/i, "education"],
  [/\blaw\b|\blegal\b|jurisprudence|\bllb\b|\bll\.?m\b/i, "law"],
  [/economics/i, "economics"],
  [/accounting|accountancy/i, "accounting"],
  [/finance|banking/i, "finance"],
  [/marketing/i, "marketing"],
  [/human resources|\bhr\b|personnel/i, "human_resources"],
  [/logistics|supply chain/i, "logistics"],
  [/hospitality|hotel|tourism|culinary/i, "hospitality"],
  [/civil engineering|construction|architecture/i, "construction"],
  [/mechanical|electrical|industrial|engineering/i, "engineering"],
  [/business|management|administration|commerce|\bmba\b|kaufmann/i, "business"],
  [/communications?|journalism|media/i, "communications"],
  [/social work/i, "social_work"],
  [/psychology/i, "psychology"],
  [/design|fine arts?|\barts?\b/i, "design"],
  [/literature|history|philosophy|linguistics|languages|humanities/i, "humanities"],
];

export function educationFrom(text: string): { level: EducationLevel | null; field: string | null } {
  let best: { level: EducationLevel; rest: string; before: string } | null = null;
  for (const line of text.split(/\r?\n/)) {
    for (const [pattern, level] of DEGREES) {
      const match = pattern.exec(line);
      if (!match) continue;
      if (!best || EDUCATION_LEVELS.indexOf(level) > EDUCATION_LEVELS.indexOf(best.level)) {
        // The field follows the degree ("B.Sc. Computer Science", "Master of Laws"), or else precedes it
        // (a heading such as "Education:" aside).
        const after = line.slice(match.index + match[0].length);
        const before = line.slice(0, match.index).replace(/^\s*(?:education|qualifications?|degree)\s*:?/i, "");
        best = { level, rest: /mba/i.test(match[0]) ? `${after} business` : after, before };
      }
      break;
    }
  }
  if (!best) return { level: null, field: null };
  const fieldIn = (text: string) => FIELDS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
  const field = fieldIn(best.rest) ?? fieldIn(best.before);
  return { level: best.level, field };
}
