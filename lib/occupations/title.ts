import { termsOf } from "@/lib/text/terms";

// Job titles reduced to what names the occupation: "Senior Purchasing Manager (m/f/d) – Remote" and
// "purchasing managers" both read "purchas manag". Level words go (seniority is a signal of its own),
// and so do work modes and gender tags; words that name the role ("chief", "principal" of a school,
// "team lead") stay.

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

/** Stems of the words that name the role, in order. */
export function titleStems(title: string): string[] {
  return termsOf(cleanTitle(title));
}

/** The lookup key of a title: its stems joined. */
export function titleKey(title: string): string {
  return titleStems(title).join(" ");
}
