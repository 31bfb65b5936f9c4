// Text primitives shared by the taxonomy builder (build.ts) and the runtime lookup (normalize.ts).
// Kept separate from normalize.ts so the builder never depends on the taxonomy.json it writes.

/**
 * A skill token: letters/digits, optionally joined by `.` `/` `&` `'` to more letters/digits
 * ("node.js", "ci/cd", "pl/sql", "r&d"), optionally led by `.` (".net") and trailed by `+`/`#`
 * ("c++", "c#", "f#"). Everything else (spaces, hyphens, underscores, commas, brackets…) separates tokens.
 */
const TOKEN = /(?<![\p{L}\p{N}])\.?[\p{L}\p{N}]+(?:[./&'][\p{L}\p{N}]+)*[+#]*/gu;

/** NFKD-decomposes, drops combining marks and unifies apostrophes; keeps case and (for ASCII) length. */
export function foldText(raw: string): string {
  return raw
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'");
}

export interface RawToken {
  /** The token as written (accents folded, case kept). */
  surface: string;
  /** Lowercased surface. */
  lower: string;
}

/** Splits already-folded text into tokens, keeping their surface form. */
export function tokenizeFolded(folded: string): RawToken[] {
  const tokens: RawToken[] = [];
  for (const match of folded.matchAll(TOKEN)) {
    tokens.push({ surface: match[0], lower: match[0].toLowerCase() });
  }
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
