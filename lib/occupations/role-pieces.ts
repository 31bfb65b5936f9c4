// The pieces of a résumé's lines that may name a role: read by the résumé's occupations
// (lib/extraction/titles.ts) and by its skill lists, which tell a headline no role shows
// (lib/skills/headline-claims.ts).

/** The first lines of a résumé, its headline: a title there is a role too ("Staff Nurse" under the name). */
export const HEADLINE_LINES = 3;
/** A line with a year in it: a role ("Buyer, Metro AG, 2018 – present"), a course or a degree. */
export const DATED_LINE = /\b(?:19|20)\d{2}\b/;
/** A résumé line as a role reads it: without the bullets or dashes that lead it. */
export const roleLine = (line: string) => line.replace(/^[\s\-*•·▪●]+/, "").trim();
/** How sure a title's occupation must be to count as a role's. */
export const ROLE_MIN_CONFIDENCE = 0.45;
const DATE_WORD = /^(?:present|current|now|today|ongoing|since)$/i;
const LEADING_DATE_WORD = /^(?:present|current|now|today|ongoing)\b[\s:]+/i;
/** A section heading of a résumé: never a role. */
export const ROLE_HEADING =
  /^(?:(?:work|professional|employment|career)\s+)?(?:experience|history|summary|profile|objective|skills|education|languages|references|projects|certifications?|contact|about(?:\s+me)?|interests|hobbies|achievements|qualifications|training|personal\s+details)$/i;
const SEPARATORS = /\s*(?:[|,;·•–—@(]|\s-\s|\bat\b|\bfor\b)\s*/i;

/**
 * The pieces of a résumé line that may name a role, cut at its separators: "Purchasing Manager, Metro AG,
 * 2018 – present" → "Purchasing Manager", "Metro AG". Dates, headings and words in lower case are not.
 */
export function titlePieces(line: string): string[] {
  return (
    line
      .replace(/\)/g, " ")
      .split(SEPARATORS)
      // "2019 – present: Buyer, Metro" leaves "present: Buyer": the date word leads the title.
      .map((piece) =>
        piece
          .replace(/[\d/.:–—-]+\s*$/, "")
          .replace(LEADING_DATE_WORD, "")
          .trim(),
      )
      .filter(
        (piece) =>
          piece.length >= 3 &&
          piece.length <= 60 &&
          !/\d/.test(piece) &&
          piece.split(/\s+/).length <= 6 &&
          // Titles are written with a capital ("Staff Nurse"); "present", "admitted" are not roles.
          /^\p{Lu}/u.test(piece) &&
          !DATE_WORD.test(piece) &&
          !ROLE_HEADING.test(piece),
      )
  );
}
