import { matchOccupations } from "@/lib/occupations";

// The roles a résumé names and the occupations they are, most recent first: the headline (first lines)
// and every line that dates a role ("Purchasing Manager, Metro AG, 2018 – present"), cut at separators
// into pieces, each piece taken when it names an occupation (lib/occupations). Education lines are not
// roles. Older roles weigh less: each one a tenth less than the one before.

export interface RoleOccupation {
  title: string;
  code: string;
  confidence: number;
}

const HEADLINE_LINES = 3;
const MAX_ROLES = 6;
const MIN_CONFIDENCE = 0.45;
const SINGLE_WORD_CONFIDENCE = 0.85;
const RECENCY_STEP = 0.1;
const DATED = /\b(?:19|20)\d{2}\b/;
const EDUCATION =
  /\b(?:bachelor'?s?|master'?s|b\.?\s?sc|m\.?\s?sc|b\.?a\.|m\.?a\.|mba|ph\.?d|diploma|degree|studies|studied|student|education)\b/i;
const DATE_WORD = /^(?:present|current|now|today|ongoing|since)$/i;
const HEADING =
  /^(?:(?:work|professional|employment|career)\s+)?(?:experience|history|summary|profile|objective|skills|education|languages|references|projects|certifications?|contact|about(?:\s+me)?|interests|hobbies|achievements|qualifications|training|personal\s+details)$/i;
const SEPARATORS = /\s*(?:[|,;·•–—@(]|\s-\s|\bat\b|\bfor\b)\s*/i;

function pieces(line: string): string[] {
  return line
    .replace(/\)/g, " ")
    .split(SEPARATORS)
    .map((piece) => piece.replace(/[\d/.:–—-]+\s*$/, "").trim())
    .filter(
      (piece) =>
        piece.length >= 3 &&
        piece.length <= 60 &&
        !/\d/.test(piece) &&
        piece.split(/\s+/).length <= 6 &&
        // Titles are written with a capital ("Staff Nurse"); "present", "admitted" are not roles.
        /^\p{Lu}/u.test(piece) &&
        !DATE_WORD.test(piece) &&
        !HEADING.test(piece),
    );
}

function roleLines(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/^[\s\-*•·▪●]+/, "").trim())
    .filter(Boolean);
  const roles = lines.slice(0, HEADLINE_LINES);
  lines.forEach((line, position) => {
    if (position < HEADLINE_LINES || !DATED.test(line) || EDUCATION.test(line)) return;
    roles.push(line);
    // A date on a line of its own belongs to the role named just above it.
    if (pieces(line).length === 0 && position > 0) roles.push(lines[position - 1]!);
  });
  return roles;
}

/** The occupations of the roles a résumé names, most recent first (at most MAX_ROLES). */
export function roleOccupations(text: string): RoleOccupation[] {
  const found = new Map<string, RoleOccupation>();
  let rank = 0;
  for (const line of roleLines(text)) {
    for (const piece of pieces(line)) {
      const [best] = matchOccupations(piece, 1);
      // A single word ("Adult", "Primary") is a role only when it is a title beyond doubt.
      const needed = piece.includes(" ") ? MIN_CONFIDENCE : SINGLE_WORD_CONFIDENCE;
      if (!best || best.confidence < needed) continue;
      const confidence = best.confidence * Math.max(0.5, 1 - RECENCY_STEP * rank);
      rank++;
      const known = found.get(best.code);
      if (!known || known.confidence < confidence) found.set(best.code, { title: piece, code: best.code, confidence });
      break;
    }
    if (found.size >= MAX_ROLES) break;
  }
  return [...found.values()];
}
