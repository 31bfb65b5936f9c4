// Tokens as skill names and search terms see them: accents folded, case kept, and punctuation that is part
// of a name kept inside its token ("node.js", "c++", "c#", ".net", "ci/cd").
import { boundedMemo } from "@/lib/util/bounded-memo";

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

/**
 * NFKD-decomposes, drops combining marks and unifies apostrophes; keeps case and (for ASCII) length.
 * Reading a résumé folds the same text several times (its terms, its words, the skills it names): the last
 * text folded is kept, so the others cost a look-up.
 */
export const foldText = boundedMemo(1, (raw: string): string =>
  raw
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'"),
);

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
