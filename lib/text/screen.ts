// Screening of free text before anything reads it: text a reader cannot see, text repeated to weigh
// more, and instructions aimed at an automated reader are removed, and each kind is reported, so a
// candidate can never buy a better score with them and the recruiter sees that someone tried.
// Pure and deterministic: a stored résumé screens exactly as it did when it was first scored.

export type TextWarningCode =
  "invisible_characters" | "hidden_text" | "repeated_text" | "instructions" | "keyword_stuffing";

export interface TextWarning {
  code: TextWarningCode;
  message: string;
  /** A short piece of what was removed, for the recruiter to judge. */
  excerpt?: string;
}

export interface ScreenedText {
  text: string;
  warnings: TextWarning[];
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is stripped here
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD\u180E\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
/** Thirty blank lines, or three hundred blanks in a row: no layout needs that, hiding does. */
const HIDING_GAP = /\n(?:[ \t\u00A0]*\n){30,}|[ \t\u00A0]{300,}/;
const EXCERPT_CHARS = 120;

// Instruction-like text aimed at a model or a screening system. Each pattern needs two or three parts
// that ordinary résumé sentences do not combine ("act as team lead" passes; "act as the recruiter" not).
const INSTRUCTION_PATTERNS: readonly RegExp[] = [
  /\b(?:ignore|disregard|forget|override|bypass)\b[^.\n]{0,40}\b(?:previous|prior|above|earlier|all|any|other|these|those|your|the)\b[^.\n]{0,30}\b(?:instructions?|prompts?|rules|directions|guidelines|criteria|context)\b/i,
  /\b(?:system|developer)\s+(?:prompt|message|instructions?)\b/i,
  /<\|?\s*(?:im_start|im_end|system|assistant|endoftext)\s*\|?>|\[\/?INST\]|#{2,}\s*(?:instruction|system)\b/i,
  /\b(?:give|assign|award|rate|score|rank|grade|mark)\b[^.\n]{0,40}\b(?:this|the|me|my)\s+(?:candidate|applicant|resume|résumé|cv|profile|application)\b[^.\n]{0,40}\b(?:100|10\/10|highest|top|maximum|max|perfect|full marks|best|strong(?:est)?)\b/i,
  /\b(?:rate|score|rank|grade|mark)\s+(?:me|us|him|her|them|this\s+(?:candidate|applicant|resume|résumé|cv|profile))\s+(?:as\s+)?(?:an?\s+)?(?:100|10\s*\/\s*10|highest|top|perfect|maximum|excellent)/i,
  /\b(?:candidate|applicant|match|fit|overall|final)\s+(?:score|rating|ranking|grade)\s*(?:of|=|:|should\s+be|must\s+be|is)?\s*(?:100|10\s*\/\s*10)(?=\W|$)/i,
  /\b(?:you\s+(?:are|must|should|will)|act\s+as|pretend\s+to\s+be)\s+(?:an?\s+|the\s+)?(?:ai|a\.i\.|llm|language\s+model|assistant|chatbot|recruit(?:er|ing)\s+(?:ai|bot|system|model)|screening\s+(?:tool|system|model|bot)|ats|applicant\s+tracking\s+system|hiring\s+(?:ai|bot|algorithm))\b/i,
  /\bas\s+an?\s+(?:ai|a\.i\.|llm|(?:large\s+)?language\s+model)\b/i,
  /\b(?:note|message|instructions?)\s+(?:to|for)\s+(?:the\s+)?(?:ai|llm|model|assistant|recruit(?:er|ing)\s+(?:ai|software|system)|screener|screening\s+(?:tool|system)|ats|algorithm)\b/i,
  /\b(?:hire|shortlist|select|advance|recommend)\s+(?:this|the)\s+(?:candidate|applicant)\s+(?:immediately|now|without|regardless|above\s+all)\b/i,
];

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length > EXCERPT_CHARS ? `${oneLine.slice(0, EXCERPT_CHARS - 1)}…` : oneLine;
}

function isInstruction(sentence: string): boolean {
  return INSTRUCTION_PATTERNS.some((pattern) => pattern.test(sentence));
}

/** Sentences of one line, keeping their own punctuation. */
function sentences(line: string): string[] {
  return line.match(/[^.!?]+(?:[.!?]+|$)/g) ?? [line];
}

function removeInstructions(text: string, lines: string[], warnings: TextWarning[]): string[] {
  // A pattern that matches within a line matches the whole text there too (no pattern is anchored, and a
  // line's edges are non-word characters in the text): a text none matches is not read line by line.
  if (!isInstruction(text)) return lines;
  const removed: string[] = [];
  const kept = lines.map((line) => {
    if (!isInstruction(line)) return line;
    return sentences(line)
      .filter((sentence) => {
        if (!isInstruction(sentence)) return true;
        removed.push(sentence);
        return false;
      })
      .join("")
      .trim();
  });
  if (removed.length > 0) {
    warnings.push({
      code: "instructions",
      message: `${removed.length === 1 ? "A sentence" : `${removed.length} sentences`} addressed to an automated reader ${removed.length === 1 ? "was" : "were"} ignored.`,
      excerpt: excerpt(removed[0]!),
    });
  }
  return kept;
}

// Three or more back-to-back repeats of the same run of words ("python python python", "go k8s go k8s
// go k8s"), up to MAX_PERIOD words long, whatever separates them.
const MAX_PERIOD = 40;
const MIN_REPEATS = 3;

/** The word without the ",;.:|" it ends with (a loop, not a regex run at each of its characters). */
function withoutTrailingPunctuation(word: string): string {
  let end = word.length;
  while (end > 0 && ",;.:|".includes(word[end - 1]!)) end--;
  return end === word.length ? word : word.slice(0, end);
}

/** Whether the `length` keys from `other` repeat those from `first` (compared in place: no slice per try). */
function sameWords(keys: readonly string[], first: number, other: number, length: number): boolean {
  for (let offset = 0; offset < length; offset++) if (keys[other + offset] !== keys[first + offset]) return false;
  return true;
}

/** The line with every run of back-to-back repeats kept once; null when it has none. */
function collapseRuns(line: string): { line: string; example: string } | null {
  const words = line.split(/\s+/).filter(Boolean);
  const keys = words.map((word) => withoutTrailingPunctuation(word.toLowerCase()));
  const kept: string[] = [];
  let example = "";
  let position = 0;
  while (position < words.length) {
    let collapsed = false;
    for (let period = 1; period <= MAX_PERIOD && position + period * MIN_REPEATS <= words.length; period++) {
      let repeats = 1;
      while (
        position + (repeats + 1) * period <= words.length &&
        sameWords(keys, position, position + repeats * period, period)
      ) {
        repeats++;
      }
      if (repeats < MIN_REPEATS) continue;
      kept.push(...words.slice(position, position + period));
      example ||= words.slice(position, position + period * MIN_REPEATS).join(" ");
      position += repeats * period;
      collapsed = true;
      break;
    }
    if (!collapsed) kept.push(words[position++]!);
  }
  return kept.length === words.length ? null : { line: kept.join(" "), example };
}

/** How many of ",;|" a line holds: a line with fewer than two is no list (most lines; no pattern is run on them). */
function separatorsIn(line: string): number {
  let count = 0;
  for (let position = 0; position < line.length; position++) {
    const code = line.charCodeAt(position);
    if (code === 44 || code === 59 || code === 124) count++;
  }
  return count;
}

/** A list on one line ("a, b, a, b, a") with each item once ("a, b"). */
function withoutRepeatedItems(line: string): string {
  if (separatorsIn(line) < 2) return line;
  // "Skills: a, b, a" — the heading is not an item.
  const heading = /^[^:,;|]{1,40}:\s*/.exec(line)?.[0] ?? "";
  const items = line.slice(heading.length).split(/\s*[,;|]\s*/);
  if (items.length < 3) return line;
  const seen = new Set<string>();
  const kept = items.filter((item) => {
    const key = item.toLowerCase().replace(/\s+/g, " ").trim();
    if (!key) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return kept.length === items.length ? line : heading + kept.join(", ");
}

function removeRepetition(lines: string[], warnings: TextWarning[]): string[] {
  const seen = new Set<string>();
  let repeatedLines = 0;
  let collapsedRuns = 0;
  let example = "";
  const kept: string[] = [];
  for (const line of lines) {
    const deduplicated = withoutRepeatedItems(line);
    if (deduplicated !== line) {
      collapsedRuns++;
      example ||= line;
    }
    const runs = collapseRuns(deduplicated);
    if (runs) {
      collapsedRuns++;
      example ||= runs.example;
    }
    const collapsed = runs?.line ?? deduplicated;
    const key = collapsed.toLowerCase().replace(/\s+/g, " ").trim();
    if (key && seen.has(key)) {
      if (key.split(" ").length >= 3) {
        repeatedLines++;
        example ||= collapsed;
      }
      continue;
    }
    if (key) seen.add(key);
    kept.push(collapsed);
  }
  if (repeatedLines >= 3 || collapsedRuns > 0) {
    warnings.push({
      code: "repeated_text",
      message: "Repeated text was counted once.",
      excerpt: excerpt(example),
    });
  }
  return kept;
}

/** The text as a reader sees it, with what was removed and why. */
export function screenText(raw: string): ScreenedText {
  const warnings: TextWarning[] = [];
  let text = raw.replace(/\r\n?/g, "\n");
  const invisible = text.match(INVISIBLE)?.length ?? 0;
  text = text.replace(INVISIBLE, "");
  if (invisible >= 3) {
    warnings.push({ code: "invisible_characters", message: `${invisible} invisible characters were removed.` });
  }
  const trimmed = text.trim();
  const gap = HIDING_GAP.exec(trimmed);
  text = trimmed;
  if (gap) {
    const hidden = trimmed.slice(gap.index + gap[0].length);
    text = trimmed.slice(0, gap.index);
    if (hidden.trim()) {
      warnings.push({
        code: "hidden_text",
        message: "Text set apart by a long run of blank space was ignored.",
        excerpt: excerpt(hidden),
      });
    }
  }
  let lines = text.split("\n");
  lines = removeInstructions(text, lines, warnings);
  lines = removeRepetition(lines, warnings);
  return { text: lines.join("\n").trim(), warnings };
}
