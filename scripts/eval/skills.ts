// npm run eval:skills — how well the built-in reader finds and links skills, measured on the development
// splits of a public skill-extraction benchmark (data/eval: SkillSpan sentences with ESCO-linked spans,
// Decorte et al. 2022; see PROVENANCE.md there). Only measured here: nothing in the scorer's rules or
// weights comes from this data.
//   found   — labelled spans the reader finds: a skill it reads in the sentence is also read in the span
//   top-1/5 — spans with an ESCO label whose label is the first / among the first five linkSkill gives
import { readFileSync } from "node:fs";
import path from "node:path";
import { findSkillsInText, linkSkill } from "@/lib/skills";
import { parseCsv } from "@/lib/util/csv";

const FILES = {
  tech: "skill_extraction_tech_validation_annotations.csv",
  house: "skill_extraction_house_validation_annotations.csv",
};
const NO_LABEL = new Set(["LABEL NOT PRESENT", "UNDERSPECIFIED"]);

export interface SkillEvaluation {
  spans: number;
  found: number;
  linkable: number;
  top1: number;
  top5: number;
}

export function evaluateSkills(rows: readonly Record<string, string>[]): SkillEvaluation {
  const result: SkillEvaluation = { spans: 0, found: 0, linkable: 0, top1: 0, top5: 0 };
  const bySentence = new Map<string, Set<string>>();
  for (const row of rows) {
    const span = (row.sub_span || row.span || "").trim();
    if (!span) continue;
    const sentence = row.sentence ?? "";
    let inSentence = bySentence.get(sentence);
    if (!inSentence) bySentence.set(sentence, (inSentence = new Set(findSkillsInText(sentence))));
    result.spans++;
    if (findSkillsInText(span).some((id) => inSentence.has(id))) result.found++;
    const label = (row.label ?? "").trim();
    if (!label || NO_LABEL.has(label)) continue;
    result.linkable++;
    const links = linkSkill(span, 5).map((link) => link.esco.toLowerCase());
    if (links[0] === label.toLowerCase()) result.top1++;
    if (links.includes(label.toLowerCase())) result.top5++;
  }
  return result;
}

const percent = (part: number, whole: number) => (whole === 0 ? "—" : `${((100 * part) / whole).toFixed(1)}%`);

export function formatEvaluation(name: string, result: SkillEvaluation): string {
  return [
    name.padEnd(8),
    `spans ${String(result.spans).padStart(4)}`,
    `found ${percent(result.found, result.spans).padStart(6)}`,
    `linkable ${String(result.linkable).padStart(4)}`,
    `top-1 ${percent(result.top1, result.linkable).padStart(6)}`,
    `top-5 ${percent(result.top5, result.linkable).padStart(6)}`,
  ].join("  ");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");
  const directory = path.resolve(process.argv[2] ?? path.join(root, "data", "eval"));
  const total: SkillEvaluation = { spans: 0, found: 0, linkable: 0, top1: 0, top5: 0 };
  for (const [name, file] of Object.entries(FILES)) {
    const result = evaluateSkills(parseCsv(readFileSync(path.join(directory, file), "utf8")));
    console.log(formatEvaluation(name, result));
    for (const key of Object.keys(total) as (keyof SkillEvaluation)[]) total[key] += result[key];
  }
  console.log(formatEvaluation("all", total));
}
