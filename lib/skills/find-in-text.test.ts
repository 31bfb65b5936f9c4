import { describe, expect, it } from "vitest";
import { generateDemoCandidates } from "@/lib/demo/generate";
import { SeededRandom } from "@/lib/util/random";
import { findSkillsInText, findSkillsInTextWithout } from "./index";

// findSkillsInTextWithout reads again only the lines up to the blanked spans when the whole text was just
// read: it must name exactly what the blanked text names, wherever the spans stand and whatever is near them.

const ADDRESSES = /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

// Pieces put into résumés near the spans: names, names needing context, breaks, characters folding changes.
const PIECES = [
  "jo@example.com",
  "https://github.com/jo-go",
  "www.linkedin.com/in/jo",
  "(jo@example.io)",
  "x/jo@example.com",
  "Go",
  "Go developer",
  "in R",
  "C++",
  "to",
  "Python",
  "project management",
  "management.",
  "sales\n",
  "team:",
  "·",
  ",",
  ".",
  "\n",
  "Zürich",
  "ﬁnance",
  "node.js",
];

function blanked(text: string, spans: readonly (readonly [number, number])[]): string {
  return spans.reduceRight((result, [start, end]) => `${result.slice(0, start)} ${result.slice(end)}`, text);
}

function texts(): string[] {
  const random = new SeededRandom(11);
  const demo = generateDemoCandidates(new Date("2026-12-01T00:00:00Z"), 150, 3).map(
    (candidate) => candidate.resumeText,
  );
  const varied = demo.map((resume) => {
    const lines = resume.split("\n");
    for (let insert = random.int(1, 4); insert > 0; insert--) {
      const at = random.int(0, Math.min(lines.length - 1, 6));
      const piece = Array.from({ length: random.int(1, 3) }, () => random.pick(PIECES)).join(random.pick(["", " "]));
      lines[at] = random.chance(0.5) ? `${piece} ${lines[at]}` : `${lines[at]}${piece}`;
    }
    return lines.join(random.chance(0.1) ? "\r\n" : "\n");
  });
  return [...demo, ...varied];
}

describe("findSkillsInTextWithout", () => {
  it("names what findSkillsInText names in the text with its spans blanked", () => {
    const random = new SeededRandom(12);
    for (const text of texts()) {
      const addresses = [...text.matchAll(ADDRESSES)].map(
        (match) => [match.index, match.index + match[0].length] as const,
      );
      // Any spans, too: a few in the first lines.
      const head = text.indexOf("\n", text.indexOf("\n", text.indexOf("\n") + 1) + 1);
      const ends = Array.from({ length: 4 }, () => random.int(0, Math.max(0, head))).sort((one, other) => one - other);
      const arbitrary = [[ends[0]!, ends[1]!] as const, [ends[2]!, ends[3]!] as const];
      for (const spans of [addresses, arbitrary, []]) {
        findSkillsInText(text);
        const derived = findSkillsInTextWithout(text, spans);
        expect(derived, JSON.stringify(text)).toEqual(findSkillsInText(blanked(text, spans)));
      }
    }
  });

  it("never cuts the text inside a name or a phrase", () => {
    for (const text of [
      "Jo Doe · jo@example.com · project\nmanagement, Python\nSQL.\nExcel",
      "Jo Doe · jo@example.com · managed\npayroll for 40 staff.\nExcel",
      "Jo Doe · jo@example.com · Go\ndeveloper.\nExcel",
    ]) {
      const spans = [...text.matchAll(ADDRESSES)].map((match) => [match.index, match.index + match[0].length] as const);
      findSkillsInText(text);
      expect(findSkillsInTextWithout(text, spans)).toEqual(findSkillsInText(blanked(text, spans)));
    }
  });

  it("reads the text again when it was not the last one read", () => {
    const text =
      "Jo Doe\nBerlin · jo@example.com · https://www.linkedin.com/in/jo\nPython developer.\nSkills: SQL, AWS";
    const spans = [...text.matchAll(ADDRESSES)].map((match) => [match.index, match.index + match[0].length] as const);
    findSkillsInText("Excel");
    expect(findSkillsInTextWithout(text, spans)).toEqual(findSkillsInText(blanked(text, spans)));
    expect(findSkillsInText(text)).toContain("linkedin");
    expect(findSkillsInTextWithout(text, spans)).not.toContain("linkedin");
  });
});
