// The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", 1980), so that "purchasing",
// "purchases" and "purchase" meet, as do "managed", "managing" and "management". Lowercase ASCII words
// only; anything with digits or symbols ("c++", "node.js", "s3") is returned unchanged.

const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

function isConsonant(word: string, index: number): boolean {
  const char = word[index];
  if (char === "a" || char === "e" || char === "i" || char === "o" || char === "u") return false;
  if (char === "y") return index === 0 ? true : !isConsonant(word, index - 1);
  return true;
}

/** m in [C](VC)^m[V]: the number of vowel–consonant sequences in `stem`. */
function measure(stem: string): number {
  let count = 0;
  let index = 0;
  const length = stem.length;
  while (index < length && isConsonant(stem, index)) index++;
  while (index < length) {
    while (index < length && !isConsonant(stem, index)) index++;
    if (index >= length) break;
    while (index < length && isConsonant(stem, index)) index++;
    count++;
  }
  return count;
}

function hasVowel(stem: string): boolean {
  for (let index = 0; index < stem.length; index++) if (!isConsonant(stem, index)) return true;
  return false;
}

function endsDoubleConsonant(word: string): boolean {
  const length = word.length;
  return length >= 2 && word[length - 1] === word[length - 2] && isConsonant(word, length - 1);
}

/** *o: the stem ends consonant–vowel–consonant, the last not w, x or y ("hop", not "snow"). */
function endsCvc(word: string): boolean {
  const length = word.length;
  if (length < 3) return false;
  const last = word[length - 1]!;
  return (
    isConsonant(word, length - 3) &&
    !isConsonant(word, length - 2) &&
    isConsonant(word, length - 1) &&
    last !== "w" &&
    last !== "x" &&
    last !== "y"
  );
}

/** Replaces the first listed suffix the word ends with, when the rest satisfies `condition`. */
function replaceSuffix(
  word: string,
  rules: readonly (readonly [string, string])[],
  condition: (stem: string) => boolean,
): string {
  for (const [suffix, replacement] of rules) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    return condition(stem) ? stem + replacement : word;
  }
  return word;
}

function step1ab(word: string): string {
  if (word.endsWith("sses")) word = word.slice(0, -2);
  else if (word.endsWith("ies")) word = word.slice(0, -2);
  else if (!word.endsWith("ss") && word.endsWith("s")) word = word.slice(0, -1);

  if (word.endsWith("eed")) return measure(word.slice(0, -3)) > 0 ? word.slice(0, -1) : word;
  let stem: string | null = null;
  if (word.endsWith("ed") && hasVowel(word.slice(0, -2))) stem = word.slice(0, -2);
  else if (word.endsWith("ing") && hasVowel(word.slice(0, -3))) stem = word.slice(0, -3);
  if (stem === null) return word;
  if (stem.endsWith("at") || stem.endsWith("bl") || stem.endsWith("iz")) return `${stem}e`;
  if (endsDoubleConsonant(stem) && !/[lsz]$/.test(stem)) return stem.slice(0, -1);
  if (measure(stem) === 1 && endsCvc(stem)) return `${stem}e`;
  return stem;
}

const STEP2 = [
  ["ational", "ate"],
  ["tional", "tion"],
  ["enci", "ence"],
  ["anci", "ance"],
  ["izer", "ize"],
  ["bli", "ble"],
  ["alli", "al"],
  ["entli", "ent"],
  ["eli", "e"],
  ["ousli", "ous"],
  ["ization", "ize"],
  ["ation", "ate"],
  ["ator", "ate"],
  ["alism", "al"],
  ["iveness", "ive"],
  ["fulness", "ful"],
  ["ousness", "ous"],
  ["aliti", "al"],
  ["iviti", "ive"],
  ["biliti", "ble"],
  ["logi", "log"],
] as const;

const STEP3 = [
  ["icate", "ic"],
  ["ative", ""],
  ["alize", "al"],
  ["iciti", "ic"],
  ["ical", "ic"],
  ["ful", ""],
  ["ness", ""],
] as const;

const STEP4 = [
  "ement",
  "ance",
  "ence",
  "able",
  "ible",
  "ment",
  "ant",
  "ent",
  "ism",
  "ate",
  "iti",
  "ous",
  "ive",
  "ize",
  "ion",
  "al",
  "er",
  "ic",
  "ou",
] as const;

function step4(word: string): string {
  for (const suffix of STEP4) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (measure(stem) <= 1) return word;
    if (suffix === "ion" && !/[st]$/.test(stem)) return word;
    return stem;
  }
  return word;
}

function step5(word: string): string {
  if (word.endsWith("e")) {
    const stem = word.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) word = stem;
  }
  if (word.endsWith("ll") && measure(word) > 1) word = word.slice(0, -1);
  return word;
}

function porter(word: string): string {
  if (word.length <= 2) return word;
  word = step1ab(word);
  if (word.endsWith("y") && hasVowel(word.slice(0, -1))) word = `${word.slice(0, -1)}i`;
  word = replaceSuffix(word, STEP2, (stem) => measure(stem) > 0);
  word = replaceSuffix(word, STEP3, (stem) => measure(stem) > 0);
  word = step4(word);
  return step5(word);
}

// Words Porter's rules merge with unrelated words: "busy" and "business" both become "busi" (a "busy
// ward" read as business), "community" and "communicate" "commun", "general" and "generate" "gener" (a
// "General Manager leading a team" stated *lead generation*), "university" and "universal" "univers",
// "news" and "new". These keep stems of their own, as the later Porter2 stemmer gives them.
const OWN_STEMS = new Map([
  ["busy", "busy"],
  ["busier", "busy"],
  ["busiest", "busy"],
  ["community", "communiti"],
  ["communities", "communiti"],
  ["communal", "communal"],
  ["general", "general"],
  ["generals", "general"],
  ["generally", "general"],
  ["generic", "generic"],
  ["university", "universiti"],
  ["universities", "universiti"],
  ["news", "news"],
]);

/** The Porter stem of a lowercase word; words that are not plain letters come back unchanged. */
export function stem(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  let result = cache.get(word);
  if (result === undefined) {
    result = OWN_STEMS.get(word) ?? porter(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, result);
  }
  return result;
}
