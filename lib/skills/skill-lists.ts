// The lines of a résumé that list skills rather than show them: under a skills heading ("Skills", "Key
// skills", "Core competencies", "Technologies", "Tools") up to the next heading, blank line or dated
// entry, a line led by such a label ("Skills: Excel, SAP"), a line that claims a run of them in prose
// ("Skilled in A, B and C", "a strong background in A, B, C"), and a sentence of bare skill names wherever
// it stands ("- Responsible for A, B, C and D." under a role). What they name is stated — never reported
// missing — but only claimed: the rest of the résumé (roles, duties, a profile) is what evidences a skill.
// Anyone can type a requirement into a list; writing where it was used takes a career.
import { DATED_LINE } from "@/lib/occupations";
import { boundedMemo } from "@/lib/util/bounded-memo";
import { headlineClaims } from "./headline-claims";
import { taxonomy } from "./taxonomy";
import { normalizeSkillText } from "./text";

const QUALIFIER =
  "(?:(?:key|core|technical|tech|professional|relevant|other|additional|transferable|soft|hard|personal|it|computer|digital|software|main|top)\\s+)?";
const LIST_LABEL = `${QUALIFIER}(?:skills?(?:\\s+(?:and|&)\\s+(?:tools|technologies|competenc(?:e|es|y|ies)|abilities|qualities|strengths|interests|expertise))?|skill\\s?set|competenc(?:e|es|y|ies)|(?:areas\\s+of\\s+)?expertise|technologies|tools(?:\\s+(?:and|&)\\s+technologies)?|tech(?:nical)?\\s+stack|strengths|capabilities|abilities)`;

/** A heading of its own: "SKILLS", "Key skills:", "## Core competencies". */
const LIST_HEADING = new RegExp(`^${LIST_LABEL}\\s*:?$`, "i");
/** A line led by a label: "Skills: Excel, SAP", "- Tools — Jira, Git". */
const LABELLED_LINE = new RegExp(`^${LIST_LABEL}\\s*(?::|\\s[-–—]\\s)\\s*\\S`, "i");
/** A claim in prose, and what it claims: up to the end of its sentence. */
const CLAIM =
  /\b(?:skilled|experienced|proficient|competent|expert|versed|knowledgeable|speciali[sz]ed|specialist|background|expertise|knowledge|experience|familiar(?:ity)?|understanding)\s+(?:in|with|of|at|across)\s+(\S[^.!?]*)/i;
const CLAIMED_ITEM_SEPARATOR = /\s*(?:[,;/&]|\band\b|\bas well as\b)\s*/i;
/** "Skilled in Excel and SAP" is a plain statement; three things or more in one breath are a list. */
const CLAIMED_ITEMS = 3;

function claimsARun(line: string): boolean {
  // A dated line is a role or a course ("Work experience with Tesco, Asda and Aldi, 2015 – 2020").
  if (DATED_LINE.test(line)) return false;
  const claimed = CLAIM.exec(line)?.[1];
  return (
    claimed !== undefined &&
    claimed.split(CLAIMED_ITEM_SEPARATOR).filter((item) => /\w/.test(item)).length >= CLAIMED_ITEMS
  );
}

/** A sentence of bare names: three skill names or more, and at least half its items names. */
const RUN_NAMES = 3;
/** A line with fewer separators cannot hold that many items: most lines are not split at all. */
const SEVERAL_ITEMS = /[,;/&].*(?:[,;/&]|\band\b)/i;
/** What may lead the first item ("Responsible for", "I was in charge of"): a few words. */
const LEAD_WORDS = 4;
/** A name's words at most. */
const NAME_WORDS = 5;
const SENTENCE_END = /[.!?](?:\s|$)/;

// A duty says what was done with a skill — for whom, how much ("management accounts for 30 small
// businesses in Xero", "a team of 22 staff"); a sentence of bare skill names, with no figure in it, says
// nothing a list does not. A line is a list when such sentences are most of it: a paragraph that also
// names its stack ("Senior data scientist, 8 years. Python, SQL, PyTorch. Ph.D. Statistics.") is prose.
function namesARun(line: string): boolean {
  if (!SEVERAL_ITEMS.test(line)) return false;
  let inRuns = 0;
  for (const sentence of line.split(SENTENCE_END)) {
    if (/\d/.test(sentence)) continue;
    const items = sentence.split(CLAIMED_ITEM_SEPARATOR).filter((item) => /\w/.test(item));
    if (items.length < RUN_NAMES) continue;
    let names = ledName(items[0]!) ? 1 : 0;
    for (let position = 1; position < items.length; position++) if (isName(items[position]!)) names++;
    if (names >= RUN_NAMES && names * 2 >= items.length) inRuns += sentence.length;
  }
  return inRuns * 2 >= line.length;
}

/** Longer items are phrases: they cost no look-up. */
const MAX_NAME_LENGTH = 60;
// The same items recur across résumés ("teamwork", "Excel"): their answers are kept, a bounded number.
const knownName = boundedMemo(20_000, (item: string) => taxonomy().byKey.has(normalizeSkillText(item)));
const isName = (item: string) => item.length <= MAX_NAME_LENGTH && knownName(item);

/** Whether the item is a name, perhaps after a short lead. */
function ledName(item: string): boolean {
  const words = item.trim().split(/\s+/);
  for (let start = 0; start <= LEAD_WORDS && start < words.length; start++) {
    if (words.length - start <= NAME_WORDS && isName(words.slice(start).join(" "))) return true;
  }
  return false;
}

/** Other headings a résumé has: they end a list. */
const OTHER_HEADING =
  /^(?:(?:work|professional|employment|career|relevant|volunteer)\s+)?(?:experience|history|career|employment|education|qualifications?|training|certifications?|licen[cs]es?|projects?|achievements?|summary|profile|about(?:\s+me)?|interests|hobbies|languages?|references?|volunteering|publications?|awards?|personal(?:\s+(?:details|statement))?|objective|contact|courses?)\s*:?$/i;
/** Marks that lead a line as decoration: bullets, markdown headings, quotes. */
const LEAD = /^[\s#*>•·▪●◦‣–—-]+/;
/** A list runs this many lines at most: past that, the text is no longer a list under its heading. */
const MAX_LIST_LINES = 15;

/** The numbers (from 0) of the lines of `text` that list skills, split at "\n" as textTerms counts lines. */
export function skillListLines(text: string): ReadonlySet<number> {
  return linesListing(text, RULES_NOW);
}

/** The list rules added since reading version 9, by the version that added them. */
interface ListRules {
  /** Sentences of bare skill names (reading version 11). */
  runs: boolean;
  /** Headline titles no dated role shows (reading version 12). */
  headlines: boolean;
}

const RULES_NOW: ListRules = { runs: true, headlines: true };

/**
 * Whether the text's skill lists hold lines that the rules of an older reading version (9 or later) did
 * not list: a vector embedded then embedded them.
 */
export function listedSince(text: string, readingVersion: number): boolean {
  const then = { runs: readingVersion >= 11, headlines: readingVersion >= 12 };
  return skillListLines(text).size > linesListing(text, then).size;
}

function linesListing(text: string, rules: ListRules): ReadonlySet<number> {
  const isRun = rules.runs ? namesARun : () => false;
  const listed = new Set<number>(rules.headlines ? headlineClaims(text) : []);
  // A cheap pass first: most texts name no such label at all.
  const labelled =
    /skill|competen|expert|technolog|tools|stack|strengths|capabilit|abilit|proficien|versed|knowledge|speciali|background|experien|familiar|understanding/i.test(
      text,
    );
  let inList = false;
  let listLines = 0;
  text.split("\n").forEach((raw, number) => {
    const line = raw.replace(LEAD, "").trim();
    if (!labelled) {
      if (isRun(line)) listed.add(number);
      return;
    }
    if (LIST_HEADING.test(line)) {
      listed.add(number);
      inList = true;
      listLines = 0;
      return;
    }
    if (LABELLED_LINE.test(line) || claimsARun(line) || (!inList && isRun(line))) {
      listed.add(number);
      return;
    }
    if (!inList) return;
    const ends =
      (line === "" && listLines > 0) ||
      OTHER_HEADING.test(line) ||
      DATED_LINE.test(line) ||
      listLines >= MAX_LIST_LINES;
    if (ends) inList = false;
    else if (line !== "") {
      listed.add(number);
      listLines++;
    }
  });
  return listed;
}

/** The text with only the lines `keep` keeps, the others emptied: every line keeps its number. */
export function keptLines(text: string, keep: (line: number) => boolean): string {
  return text
    .split("\n")
    .map((line, number) => (keep(number) ? line : ""))
    .join("\n");
}

/** The text without its skill lists: what relevance and meaning are read from. */
function withoutSkillLists(text: string): string {
  const listed = skillListLines(text);
  return listed.size === 0 ? text : keptLines(text, (line) => !listed.has(line));
}

/**
 * What a résumé's vector embeds, the same on every path (saving, scoring a payload, re-embedding): its
 * screened text without its skill lists; null when nothing is left (a résumé that only lists skills has
 * no vector — a remote model refuses an empty text, and a list is not what meaning is read from).
 */
export function embeddedResumeText(screened: string | null): string | null {
  if (screened === null) return null;
  const text = withoutSkillLists(screened);
  return text.trim() ? text : null;
}
