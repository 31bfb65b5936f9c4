// Text primitives shared by the taxonomy builder (build.ts) and the runtime lookup (normalize.ts).
// Kept separate from normalize.ts so the builder never depends on the taxonomy.json it writes.

/**
 * A skill token: letters/digits, optionally joined by `.` `/` `&` `'` to more letters/digits
 * ("node.js", "ci/cd", "pl/sql", "r&d"), optionally led by `.` (".net") and trailed by `+`/`#`
 * ("c++", "c#", "f#"). Everything else (spaces, hyphens, underscores, commas, brackets…) separates tokens.
 * A leading `.` only starts a token after a non-letter. Hand-written scanner (a regex with Unicode classes
 * and look-behind was the bottleneck on 100 kB inputs).
 */
const ASCII_ALNUM = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  ASCII_ALNUM[code] = /[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0;
}
const nonAsciiAlnum = new Map<number, boolean>();

function isAlnum(code: number): boolean {
  if (code < 128) return ASCII_ALNUM[code] === 1;
  let known = nonAsciiAlnum.get(code);
  if (known === undefined) {
    known = /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
    nonAsciiAlnum.set(code, known);
  }
  return known;
}

const DOT = 46;
const JOINERS = new Set([46 /* . */, 47 /* / */, 38 /* & */, 39 /* ' */]);
const TRAILERS = new Set([43 /* + */, 35 /* # */]);

/** Separators that may sit inside a multi-word name: whitespace, hyphens, dashes, underscores, "/". */
function isSoftSeparator(code: number): boolean {
  return (
    code === 32 ||
    code === 45 ||
    code === 95 ||
    code === 47 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    (code >= 0x2010 && code <= 0x2015) ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x3000
  );
}

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
  /**
   * True when punctuation other than spaces, hyphens, underscores or "/" separates this token from the
   * previous one (",", ";", "(", "." …): a multi-word name never spans such a break.
   */
  breakBefore: boolean;
}

/**
 * Scans already-folded text for tokens without allocating: calls `onToken(start, end, breakBefore)` for each,
 * where `breakBefore` tells whether punctuation other than soft separators precedes it.
 */
export function scanTokens(folded: string, onToken: (start: number, end: number, breakBefore: boolean) => void): void {
  const length = folded.length;
  let index = 0;
  let hardBreak = false;
  let first = true;
  while (index < length) {
    const code = folded.charCodeAt(index);
    const startsWithDot =
      code === DOT &&
      index + 1 < length &&
      isAlnum(folded.charCodeAt(index + 1)) &&
      !(index > 0 && isAlnum(folded.charCodeAt(index - 1)));
    if (!startsWithDot && !isAlnum(code)) {
      if (!isSoftSeparator(code)) hardBreak = true;
      index++;
      continue;
    }
    const start = index;
    if (startsWithDot) index++;
    while (index < length && isAlnum(folded.charCodeAt(index))) index++;
    while (index + 1 < length && JOINERS.has(folded.charCodeAt(index)) && isAlnum(folded.charCodeAt(index + 1))) {
      index++;
      while (index < length && isAlnum(folded.charCodeAt(index))) index++;
    }
    while (index < length && TRAILERS.has(folded.charCodeAt(index))) index++;
    onToken(start, index, hardBreak && !first);
    hardBreak = false;
    first = false;
  }
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
