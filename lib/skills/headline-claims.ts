import {
  DATED_LINE,
  HEADLINE_LINES,
  matchOccupations,
  occupationSimilarity,
  ROLE_MIN_CONFIDENCE,
  roleLine,
  titlePieces,
} from "@/lib/occupations";
import { termsOf } from "@/lib/text/terms";
import { boundedMemo } from "@/lib/util/bounded-memo";

// A headline says what the candidate is ("Accounts Payable Clerk" under the name); the dated roles show
// what they have been. A headline title that no role shows — neither its occupation nor one close to it,
// nor its words — is a claim, read as a skill list: anyone can type the job's title under their name.
// Without dated roles naming an occupation there is nothing to compare it with, and it stands.

/** Occupations this close (O*NET related, same group, shared skills) show each other. */
const CLOSE = 0.5;

const occupationsOf = (line: string) =>
  titlePieces(line).flatMap((piece) =>
    // The best reading alone, as the résumé's occupations read it first (lib/extraction/titles.ts): one look-up.
    matchOccupations(piece, 1)
      .filter((match) => match.confidence >= ROLE_MIN_CONFIDENCE)
      .map((match) => match.code),
  );

// Reading a résumé asks twice, for its skill lists and for its roles: the last few answers are kept.
const claimsOnce = boundedMemo(4, (text: string) => claimsIn(text.split("\n")));

/** The numbers (from 0) of the text's lines, split at "\n", that are headline titles no dated role shows. */
export function headlineClaims(text: string): readonly number[] {
  return claimsOnce(text);
}

function claimsIn(lines: readonly string[]): number[] {
  const firstDated = lines.findIndex((line) => DATED_LINE.test(line));
  if (firstDated <= 0) return [];
  // Most headlines name no occupation (a name, an address): the roles are read only for one that does.
  const titled: { number: number; named: string[] }[] = [];
  let headline = 0;
  for (let number = 0; number < firstDated && headline < HEADLINE_LINES; number++) {
    const line = roleLine(lines[number]!);
    if (line === "") continue;
    headline++;
    const named = occupationsOf(line);
    if (named.length > 0) titled.push({ number, named });
  }
  if (titled.length === 0) return [];
  const { roles, roleText } = datedRoles(lines);
  if (roles.size === 0) return [];
  let roleWords: ReadonlySet<string> | undefined;
  const saysWords = (line: string) =>
    titlePieces(line).some((piece) => {
      const terms = termsOf(piece);
      roleWords ??= new Set(termsOf(roleText));
      return terms.length > 0 && terms.every((term) => roleWords!.has(term));
    });
  return titled
    .filter(
      ({ number, named }) =>
        !named.some((code) => [...roles].some((role) => occupationSimilarity(code, role) >= CLOSE)) &&
        !saysWords(lines[number]!),
    )
    .map(({ number }) => number);
}

/** The occupations the dated roles name, and their lines' text. */
function datedRoles(lines: readonly string[]): { roles: Set<string>; roleText: string } {
  const roles = new Set<string>();
  const text: string[] = [];
  lines.forEach((line, number) => {
    if (!DATED_LINE.test(line)) return;
    let named = occupationsOf(line);
    text.push(line);
    // A date on a line of its own belongs to the role named just above it.
    if (named.length === 0 && number > 0) {
      named = occupationsOf(lines[number - 1]!);
      text.push(lines[number - 1]!);
    }
    for (const code of named) roles.add(code);
  });
  return { roles, roleText: text.join("\n") };
}
