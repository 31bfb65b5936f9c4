import {
  DATED_LINE,
  HEADLINE_LINES,
  matchOccupations,
  ROLE_HEADING,
  ROLE_MIN_CONFIDENCE,
  roleLine,
  titlePieces,
} from "@/lib/occupations";
import { headlineClaims } from "@/lib/skills";

// The roles a résumé names and the occupations they are, most recent first: the headline (first lines)
// and every line that dates a role ("Purchasing Manager, Metro AG, 2018 – present"), cut at separators
// into pieces, each piece taken when it names an occupation (lib/occupations). Education lines are not
// roles. Older roles weigh less: each one a tenth less than the one before. A role's title is read with
// its own lines (the duties under it; the summary for the headline), as a job's title is read with its
// posting's text: "Care Assistant" over residents' personal care is a personal care aide.

export interface RoleOccupation {
  title: string;
  code: string;
  confidence: number;
}

const MAX_ROLES = 6;
const SINGLE_WORD_CONFIDENCE = 0.85;
const RECENCY_STEP = 0.1;
const EDUCATION =
  /\b(?:bachelor'?s?|master'?s|b\.?\s?sc|m\.?\s?sc|b\.?a\.|m\.?a\.|mba|ph\.?d|diploma|degree|studies|studied|student|education)\b/i;
interface RoleLine {
  line: string;
  /** The role's own lines: the line itself and those under it up to the next role or heading. */
  around: string;
}

function roleLines(text: string): RoleLine[] {
  // A headline title no dated role shows is a claim, not a role (lib/skills/headline-claims.ts).
  const claims = new Set(headlineClaims(text));
  const lines = text
    .split("\n")
    .filter((_, number) => !claims.has(number))
    .map(roleLine)
    .filter(Boolean);
  // A role's lines end where another role, a section or a degree begins.
  const endsRole = (line: string) => DATED_LINE.test(line) || ROLE_HEADING.test(line) || EDUCATION.test(line);
  const ownLines = (from: number, position: number) => {
    let end = position + 1;
    while (end < lines.length && !endsRole(lines[end]!)) end++;
    return lines.slice(from, end).join("\n");
  };
  const headline = ownLines(0, HEADLINE_LINES - 1);
  const roles = lines.slice(0, HEADLINE_LINES).map((line) => ({ line, around: headline }));
  lines.forEach((line, position) => {
    if (position < HEADLINE_LINES || !DATED_LINE.test(line) || EDUCATION.test(line)) return;
    roles.push({ line, around: ownLines(position, position) });
    // A date on a line of its own belongs to the role named just above it.
    if (titlePieces(line).length === 0 && position > 0)
      roles.push({ line: lines[position - 1]!, around: ownLines(position - 1, position) });
  });
  return roles;
}

/** The occupations of the roles a résumé names, most recent first (at most MAX_ROLES). */
export function roleOccupations(text: string): RoleOccupation[] {
  const found = new Map<string, RoleOccupation>();
  let rank = 0;
  for (const { line, around } of roleLines(text)) {
    for (const piece of titlePieces(line)) {
      // A single word ("Adult", "Primary") is a role only when it is a title beyond doubt.
      const needed = piece.includes(" ") ? ROLE_MIN_CONFIDENCE : SINGLE_WORD_CONFIDENCE;
      // The occupation its lines choose and the one its title alone names, when they differ.
      const matches = matchOccupations(piece, 1, around).filter((match) => match.confidence >= needed);
      if (matches.length === 0) continue;
      const recency = Math.max(0.5, 1 - RECENCY_STEP * rank);
      rank++;
      for (const { code, confidence: sure } of matches) {
        const confidence = sure * recency;
        const known = found.get(code);
        if (!known || known.confidence < confidence) found.set(code, { title: piece, code, confidence });
      }
      break;
    }
    if (found.size >= MAX_ROLES) break;
  }
  return [...found.values()];
}
