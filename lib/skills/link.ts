import { termsOf } from "@/lib/text/terms";
import { processWide } from "@/lib/util/process-wide";
import { canonicalSkill } from "./normalize";
import { entryKeys, taxonomy } from "./taxonomy";

// The ESCO skills a phrase most likely names ("web development" → "web programming"; "team player" →
// "work in teams"), best first: the entry the phrase names exactly, then entries whose names share the
// phrase's most informative stems (IDF-weighted Dice overlap over every name, function words aside),
// preferring names that cover the phrase. Used to link extracted or required skills to ESCO.

export interface SkillLink {
  id: string;
  /** The ESCO preferred label of the entry. */
  esco: string;
  score: number;
}

interface LinkIndex {
  names: { id: string; stems: string[] }[];
  postings: Map<string, number[]>;
  idf: Map<string, number>;
}

let index: LinkIndex | undefined;

function linkIndex(): LinkIndex {
  index ??= processWide("skills/link", buildLinkIndex);
  return index;
}

function buildLinkIndex(): LinkIndex {
  const names: LinkIndex["names"] = [];
  for (const entry of taxonomy().entries.values()) {
    if (!entry.esco) continue;
    for (const key of new Set([...entryKeys(entry), entry.esco.toLowerCase()])) {
      const stems = [...new Set(termsOf(key))];
      if (stems.length > 0) names.push({ id: entry.id, stems });
    }
  }
  const postings = new Map<string, number[]>();
  names.forEach((name, position) => {
    for (const term of name.stems) {
      const list = postings.get(term) ?? [];
      list.push(position);
      postings.set(term, list);
    }
  });
  const idf = new Map<string, number>();
  for (const [term, list] of postings) {
    idf.set(term, Math.log(1 + names.length / list.length));
    // Arrays grown by push keep room to grow: copied, they hold only what they hold.
    postings.set(term, list.slice());
  }
  return { names, postings, idf };
}

export function linkSkill(phrase: string, limit = 5): SkillLink[] {
  const { names, postings, idf } = linkIndex();
  const { entries } = taxonomy();
  const best = new Map<string, number>();
  const exact = canonicalSkill(phrase);
  if (exact.known && entries.get(exact.id)?.esco) best.set(exact.id, 2);
  const stems = [...new Set(termsOf(phrase))];
  const weight = (term: string) => idf.get(term) ?? Math.log(1 + names.length);
  const phraseWeight = stems.reduce((sum, term) => sum + weight(term), 0);
  const shared = new Map<number, number>();
  for (const term of stems) {
    for (const position of postings.get(term) ?? []) shared.set(position, (shared.get(position) ?? 0) + weight(term));
  }
  for (const [position, overlap] of shared) {
    const name = names[position]!;
    const nameWeight = name.stems.reduce((sum, term) => sum + weight(term), 0);
    const dice = (2 * overlap) / (phraseWeight + nameWeight);
    // Covering the phrase matters more than the name's extra words ("python" → "Python (computer programming)").
    const score = 0.5 * dice + 0.5 * (overlap / phraseWeight);
    if (score > (best.get(name.id) ?? 0)) best.set(name.id, score);
  }
  return [...best]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id, score]) => ({ id, esco: entries.get(id)!.esco!, score }));
}
