// Text primitives shared by the taxonomy builder (scripts/skill-taxonomy) and the runtime lookup
// (normalize.ts). Kept separate from normalize.ts so the builder never depends on the taxonomy.json it writes.
import { foldText, scanTokens } from "@/lib/text/tokens";

export { foldText, scanTokens } from "@/lib/text/tokens";

export interface RawToken {
  /** The token as written (accents folded, case kept). */
  surface: string;
  /** Lowercased surface. */
  lower: string;
  /**
   * True when punctuation other than spaces, hyphens, underscores or "/" separates this token from the
   * previous one (",", ";", "(", "." …): a multi-word name never spans such a break.
   */
  breakBefore: boolean;
}

/** Splits already-folded text into tokens, keeping their surface form. */
export function tokenizeFolded(folded: string): RawToken[] {
  const tokens: RawToken[] = [];
  scanTokens(folded, (start, end, breakBefore) => {
    const surface = folded.slice(start, end);
    tokens.push({ surface, lower: surface.toLowerCase(), breakBefore });
  });
  return tokens;
}

/**
 * The lookup key of a skill name: lowercase, accents stripped, whitespace collapsed, and every separator
 * (space, `-`, `_`, comma, brackets…) unified to one space, so "Problem Solving", "problem-solving" and
 * "problem_solving" all give "problem solving". Meaningful punctuation inside a token is kept:
 * "node.js", "c++", "c#", ".net", "ci/cd".
 */
export function normalizeSkillText(raw: string): string {
  return tokenizeFolded(foldText(raw))
    .map((token) => token.lower)
    .join(" ");
}

/**
 * The canonical id for a label: its normalised key with punctuation spelled out or dropped —
 * `+`→`p` (c++→cpp), `#`→`sharp` (c#→csharp), a leading `.`→`dot` (.net→dotnet), inner `.` and `'` dropped
 * (node.js→nodejs), `/`→`_` (ci/cd→ci_cd), `&`→`_and_`, spaces→`_`.
 */
export function toSkillId(label: string): string {
  return normalizeSkillText(label)
    .split(" ")
    .map((token) =>
      token
        .replace(/^\./, "dot")
        .replace(/\+/g, "p")
        .replace(/#/g, "sharp")
        .replace(/[.']/g, "")
        .replace(/\//g, "_")
        .replace(/&/g, "_and_"),
    )
    .join("_")
    .replace(/[^a-z0-9_]/g, "")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "");
}
