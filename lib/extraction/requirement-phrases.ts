import { findSkillsInText, skillInfo, skillSource } from "@/lib/skills";
import { STOPWORDS } from "@/lib/text/stopwords";
import { stem } from "@/lib/text/stem";

// Requirements no skill name covers ("Experience handling customer complaints", "Right to work in the
// UK", "Knowledge of leasehold transactions") are kept as phrases of the posting: their content words,
// without the words that say how much or how well something is wanted ("at least 3 years' experience
// of", "good knowledge of", "ability to"). Scoring looks for a phrase's words in one line or sentence of
// the résumé (lib/skills evidence), so it is evidenced or missing like any skill. A requirement that
// names a known skill is that skill's: the phrase is only for what the taxonomy cannot say.

/** Words of requirement language: how much, how well, who — never what is required. */
const REQUIREMENT_WORDS = new Set(
  `ability able abilities applicant applicants background candidate candidates capable capability
  comfortable competence competent confident demonstrable demonstrated desirable desired essential
  excellent experience experienced expertise extensive familiar familiarity good great ideal ideally
  including knowledge least level minimum month months must necessary need needed preferably preferred
  previous previously proficiency proficient proven record relevant required requirement requirements
  similar skill skilled skills solid sound strong thorough track understanding using willing willingness
  working year years plus desire keen eager role roles position positions busy fast paced dynamic
  environment equivalent one two three four five six seven eight nine ten`.split(/\s+/),
);

/**
 * Words of temperament and manner ("calm, friendly manner", "reliable and punctual"): a phrase of nothing
 * else asks for a person, not for something a résumé can state or lack, so it is no requirement to score —
 * reported missing, it would say every candidate lacks it. The taxonomy's soft skills ("teamwork", "working
 * under pressure") stay requirements.
 */
const QUALITY_WORDS = new Set(
  `approach attitude calm caring cheerful compassion compassionate conscientious courteous dependable
  diligent discreet empathetic empathy energetic enthusiasm enthusiastic flexible friendly happy hardworking
  honest honesty kind manner mature motivated natural organised organized outgoing passion passionate patience
  patient personable personality polite positive presented proactive professional punctual reliable
  resilient self sense smart tact tactful tidy trustworthy warm well`.split(/\s+/),
);

/** Text that only gives examples of what is required, or asides: "(e.g. Proclaim, LEAP)", "such as Sage". */
const ASIDES =
  /\([^()]*\)|\[[^[\]]*\]|\b(?:e\.g\.?|i\.e\.?|eg|such as|for example|for instance|including|incl\.?)\b.*$/gi;

const MIN_WORDS = 2;
const MAX_WORDS = 5;
/** What a requirement may be long (lib/vocabulary/extraction.ts). */
const MAX_LENGTH = 80;

/**
 * Broad O*NET product names of one word ("Source", "MPS", "Scheme") are too often plain words, or part of
 * a proper name ("Conveyancing Quality Scheme"), to be requirements.
 */
export function isRequirementLike(id: string): boolean {
  const info = skillInfo(id);
  return !(info?.broad && skillSource(id) === "onet" && !info.label.includes(" "));
}

/** One part of a line (between commas), its content words and their distinct stems. */
interface Part {
  words: string[];
  stems: Set<string>;
}

/**
 * The content words of each part of the line between commas and semicolons, with the function words
 * between them and without requirement language: "Calm under pressure, good with numbers" is "calm under
 * pressure" and "numbers" — two things asked for, not one phrase — while "a restaurant manager in a busy
 * restaurant" stays whole.
 */
function contentParts(text: string): Part[] {
  return text.split(/[,;:]/).flatMap((piece) => {
    const part: Part = { words: [], stems: new Set() };
    let pending: string[] = [];
    for (const word of piece.match(/[a-z]+/g) ?? []) {
      if (STOPWORDS.has(word)) {
        // Function words only between content words: "right to work in the uk".
        if (part.words.length > 0) pending.push(word);
      } else if (word.length >= 2 && !REQUIREMENT_WORDS.has(word)) {
        // Requirement language is left out, the words around it kept: "manager in a busy restaurant" →
        // "manager in a restaurant".
        part.words.push(...pending, word);
        pending = [];
        part.stems.add(stem(word));
      }
    }
    return part.words.length > 0 ? [part] : [];
  });
}

/**
 * The phrase a requirement line stands for when it names no known skill: the part of it between commas
 * with the most distinct content words, from the first to the last, without requirement language,
 * lowercase ("Right to work in the UK" → "right to work in the uk"). Null when the line names a skill, when
 * that part has fewer than 2 distinct content words (too few to mean something on its own), or the line
 * more than 5 (prose rather than a requirement).
 */
export function requirementPhrase(line: string): string | null {
  if (findSkillsInText(line).some(isRequirementLike)) return null;
  const text = line
    .replace(ASIDES, " ")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/'s?\b/g, "");
  const parts = contentParts(text);
  // A line of more content words than a requirement has is prose, however its parts fall.
  if (parts.length === 0 || new Set(parts.flatMap((part) => [...part.stems])).size > MAX_WORDS) return null;
  const longest = parts.reduce((best, part) => (part.stems.size > best.stems.size ? part : best));
  if (longest.words.every((word) => STOPWORDS.has(word) || QUALITY_WORDS.has(word))) return null;
  const phrase = longest.words.join(" ");
  return longest.stems.size >= MIN_WORDS && phrase.length <= MAX_LENGTH ? phrase : null;
}
