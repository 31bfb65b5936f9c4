import { findSkillsInText } from "@/lib/skills";

export interface Evidence {
  skill: string;
  /** A line of the résumé that mentions the skill. */
  snippet: string;
}

const MAX_SNIPPETS_PER_SKILL = 2;
const MAX_SNIPPET_CHARS = 240;

/** Lines of a résumé that mention each of the given (canonical) skills, as the taxonomy reads them. */
export function findEvidence({ text, skills }: { text: string; skills: readonly string[] }): Evidence[] {
  const wanted = new Set(skills);
  const found = new Map<string, string[]>();
  for (const line of text
    .split(/\n+/)
    .map((item) => item.trim())
    .filter(Boolean)) {
    for (const skill of findSkillsInText(line)) {
      if (!wanted.has(skill)) continue;
      const snippets = found.get(skill) ?? [];
      if (snippets.length < MAX_SNIPPETS_PER_SKILL) snippets.push(line.slice(0, MAX_SNIPPET_CHARS));
      found.set(skill, snippets);
    }
  }
  return skills.flatMap((skill) => (found.get(skill) ?? []).map((snippet) => ({ skill, snippet })));
}
