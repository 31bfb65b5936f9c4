import { evidenceText, statesSkill } from "@/lib/skills";

export interface Evidence {
  skill: string;
  /** A line of the résumé that states the skill. */
  snippet: string;
}

const MAX_SNIPPETS_PER_SKILL = 2;
const MAX_SNIPPET_CHARS = 240;

/**
 * Lines of a résumé that state each of the given (canonical) skills, by the same rules scoring uses
 * (lib/skills evidence: any inflection, whole words only), so "missing" and "evidence" never disagree.
 */
export function findEvidence({ text, skills }: { text: string; skills: readonly string[] }): Evidence[] {
  const found = new Map<string, string[]>();
  for (const line of text
    .split(/\n+/)
    .map((item) => item.trim())
    .filter(Boolean)) {
    const evidence = evidenceText(line);
    for (const skill of skills) {
      const snippets = found.get(skill) ?? [];
      if (snippets.length >= MAX_SNIPPETS_PER_SKILL || !statesSkill(evidence, skill)) continue;
      snippets.push(line.slice(0, MAX_SNIPPET_CHARS));
      found.set(skill, snippets);
    }
  }
  return skills.flatMap((skill) => (found.get(skill) ?? []).map((snippet) => ({ skill, snippet })));
}
