import {
  HEADLINE_LINES,
  matchOccupations,
  occupationSimilarity,
  ROLE_MIN_CONFIDENCE,
  titlePieces,
} from "@/lib/occupations";
import { termsOf } from "@/lib/text/terms";

// A headline says what the candidate is ("Accounts Payable Clerk" under the name); the dated roles show
// what they have been. A headline title that no role shows — neither its occupation nor one close to it,
// nor its words — is a claim, read as a skill list: anyone can type the job's title under their name.
// Without dated roles naming an occupation there is nothing to compare it with, and it stands.

/** Occupations this close (O*NET related, same group, shared skills) show each other. */
const CLOSE = 0.5;
const DATED = /\b(?:19|20)\d{2}\b/;
const LEAD = /^[\s\-*•·▪●]+/;

const occupationsOf = (line: string) =>
  titlePieces(line).flatMap((piece) =>
    matchOccupations(piece, 3)
      .filter((match) => match.confidence >= ROLE_MIN_CONFIDENCE)
      .map((match) => match.code),
  );

/** The numbers (from 0) of the text's lines, split at "\n", that are headline titles no dated role shows. */
export function headlineClaims(rawLines: readonly string[]): number[] {
  const lines = rawLines.map((line) => line.replace(LEAD, "").trim());
  const firstDated = lines.findIndex((line) => DATED.test(line));
  if (firstDated <= 0) return [];
  const roles = new Set<string>();
  const roleWords = new Set<string>();
  lines.forEach((line, number) => {
    if (!DATED.test(line)) return;
    // A date on a line of its own belongs to the role named just above it.
    const named = occupationsOf(line);
    for (const code of named.length > 0 || number === 0 ? named : occupationsOf(lines[number - 1]!)) roles.add(code);
    for (const term of termsOf(named.length > 0 || number === 0 ? line : `${lines[number - 1]} ${line}`))
      roleWords.add(term);
  });
  if (roles.size === 0) return [];
  const claims: number[] = [];
  let headline = 0;
  for (let number = 0; number < firstDated && headline < HEADLINE_LINES; number++) {
    if (lines[number] === "") continue;
    headline++;
    const named = occupationsOf(lines[number]!);
    const shown =
      named.length === 0 ||
      titlePieces(lines[number]!).some((piece) => {
        const terms = termsOf(piece);
        return terms.length > 0 && terms.every((term) => roleWords.has(term));
      }) ||
      named.some((code) => [...roles].some((role) => occupationSimilarity(code, role) >= CLOSE));
    if (!shown) claims.push(number);
  }
  return claims;
}
