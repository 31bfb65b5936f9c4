import { screenText, type ScreenedText } from "@/lib/text/screen";
import { foldText, scanTokens } from "@/lib/text/tokens";
import { findSkillsInText } from "./find-in-text";

// A résumé as every reader sees it (the built-in extractor, an LLM, evidence, search, embeddings): screened
// text (lib/text/screen.ts), then keyword lists cut out — a line naming STUFFED_LINE_SKILLS or more skills
// with few other words is a list built for a machine, so it counts for nothing and is shown as a warning.

const STUFFED_LINE_SKILLS = 40;
const MAX_WORDS_PER_SKILL = 3;

/**
 * At least as many skills as findSkillsInText can find in the (folded) line, counted without looking any
 * up: its exact names cover one token or more each (a token split at ".", "/" or "'" at most once per
 * such character), its stemmed names two stems or more each (a stem per token at most).
 */
function mostSkillsIn(folded: string): number {
  let tokens = 0;
  let splits = 0;
  scanTokens(folded, (start, end) => {
    tokens++;
    for (let position = start; position < end; position++) {
      const code = folded.charCodeAt(position);
      if (code === 46 || code === 47 || code === 39) splits++;
    }
  });
  return tokens + splits + Math.floor(tokens / 2);
}

/** `folded`: the line folded (foldText). */
function isKeywordList(line: string, folded: string): boolean {
  // Most lines are far too short to hold a list; looking their skills up was most of the screening. Each
  // token but the last takes a character more than its own, and has a split per two of them at most, so
  // mostSkillsIn is at most the line's length + 1: shorter lines are not even scanned.
  if (folded.length + 1 < STUFFED_LINE_SKILLS || mostSkillsIn(folded) < STUFFED_LINE_SKILLS) return false;
  const skills = findSkillsInText(line).length;
  if (skills < STUFFED_LINE_SKILLS) return false;
  const words = line.split(/[\s,;/|•·]+/).filter(Boolean).length;
  return words <= skills * MAX_WORDS_PER_SKILL;
}
export function screenResume(raw: string): ScreenedText {
  const screened = screenText(raw);
  const lines = screened.text.split("\n");
  // Folding keeps line breaks where they are, so the text is folded once rather than line by line.
  const foldedLines = foldText(screened.text).split("\n");
  const kept = lines.filter((line, index) => !isKeywordList(line, foldedLines[index]!));
  if (kept.length === lines.length) return screened;
  const dropped = lines.find((line) => !kept.includes(line)) ?? "";
  return {
    text: kept.join("\n"),
    warnings: [
      ...screened.warnings,
      {
        code: "keyword_stuffing",
        message: `${lines.length - kept.length === 1 ? "A line" : `${lines.length - kept.length} lines`} listing ${STUFFED_LINE_SKILLS} or more skills without context ${lines.length - kept.length === 1 ? "was" : "were"} ignored.`,
        excerpt: dropped.length > 120 ? `${dropped.slice(0, 119)}…` : dropped,
      },
    ],
  };
}
