import { screenText, type ScreenedText } from "@/lib/text/screen";
import { findSkillsInText } from "./find-in-text";

// A résumé as every reader sees it (the built-in extractor, an LLM, evidence, search, embeddings): screened
// text (lib/text/screen.ts), then keyword lists cut out — a line naming STUFFED_LINE_SKILLS or more skills
// with few other words is a list built for a machine, so it counts for nothing and is shown as a warning.

const STUFFED_LINE_SKILLS = 40;
const MAX_WORDS_PER_SKILL = 3;

function isKeywordList(line: string): boolean {
  const skills = findSkillsInText(line).length;
  if (skills < STUFFED_LINE_SKILLS) return false;
  const words = line.split(/[\s,;/|•·]+/).filter(Boolean).length;
  return words <= skills * MAX_WORDS_PER_SKILL;
}

export function screenResume(raw: string): ScreenedText {
  const screened = screenText(raw);
  const lines = screened.text.split("\n");
  const kept = lines.filter((line) => !isKeywordList(line));
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
