import { STOPWORDS } from "@/lib/text/stopwords";
import { foldText, scanTokens } from "@/lib/text/tokens";

// Job titles reduced to what names the occupation: "Senior Purchasing Manager (m/f/d) – Remote" and
// "purchasing managers" both read "purchasing manager". Level words go (seniority is a signal of its
// own), and so do work modes and gender tags; words that name the role ("chief", "principal" of a
// school, "team lead") stay. Words are only made singular, never stemmed further: a "presenter" is not
// "present", an "accountant" is not an "account".

const NOISE = [
  /\((?:[mfwdx]\s*\/\s*)+[mfwdx]\)|\b(?:[mfwdx]\s*\/\s*){1,3}[mfwdx]\b/gi,
  /\b(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|temporary|contract|freelance|internship)\b/gi,
  /\b(?:senior|snr|sr|junior|jnr|jr|mid[- ]?level|mid|entry[- ]level|graduate|experienced)\b\.?/gi,
  /\b(?:intern|trainee|apprentice|working student|werkstudent)\b/gi,
  /\b(?:i{1,3}|iv|v|[1-5])\s*$/gi,
  /^\s*lead\s+(?=\w)/gi,
];

/** The title without level words, work modes, gender tags or trailing level numbers. */
export function cleanTitle(title: string): string {
  // "Head of Sales" is how Europe writes "Sales Manager".
  let clean = title.replace(/^\s*head\s+of\s+(.+)$/i, "$1 manager");
  clean = clean.replace(/\s*\([^)]*\)\s*/g, (bracket) => (/[mfwdx]\s*\//i.test(bracket) ? " " : bracket));
  for (const pattern of NOISE) clean = clean.replace(pattern, " ");
  return clean.replace(/\s+/g, " ").trim();
}

/** "nurses" → "nurse", "secretaries" → "secretary", "coaches" → "coach"; "sales" and "boss" stay. */
function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith("s") || /(?:ss|us|is|sales)$/.test(word)) return word;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

// British titles the US sources write otherwise: a "Warehouse Team Leader" is a warehouse supervisor, a
// "Healthcare Assistant" a health care assistant.
const BRITISH = new Map<string, string[]>([
  ["team leader", ["supervisor"]],
  ["healthcare", ["health", "care"]],
]);

/** The words that name the role, lowercase and singular, function words aside, in order. */
export function titleStems(title: string): string[] {
  const folded = foldText(cleanTitle(title)).toLowerCase();
  const words: string[] = [];
  scanTokens(folded, (start, end) => {
    const word = folded.slice(start, end);
    if (STOPWORDS.has(word)) return;
    const stem = singular(word);
    const pair = BRITISH.get(`${words.at(-1)} ${stem}`);
    if (pair) words.splice(-1, 1, ...pair);
    else words.push(...(BRITISH.get(stem) ?? [stem]));
  });
  return words;
}

/** The lookup key of a title: its stems joined. */
export function titleKey(title: string): string {
  return titleStems(title).join(" ");
}
