// Skill names to canonical taxonomy ids, facts about an id, and suggestions as a recruiter types.
// Pure; the lookups are built once from taxonomy.json (see README.md for provenance and rebuilding).
import { termsOf } from "@/lib/text/terms";
import { boundedMemo } from "@/lib/util/bounded-memo";
import { taxonomy } from "./taxonomy";
import { normalizeSkillText } from "./text";
import type { SkillKind, SkillSource } from "./types";

export { normalizeSkillText } from "./text";
export type { SkillKind, TaxonomyEntry } from "./types";

export interface SkillInfo {
  id: string;
  label: string;
  kind: SkillKind;
  /** From the broad stage (every ESCO skill, every O*NET technology) rather than the curated core. */
  broad: boolean;
}

export interface CanonicalSkill {
  id: string;
  known: boolean;
}

/**
 * Maps a skill name (alias, label or id, in any case/spacing) to its canonical id. A trailing qualifier in
 * brackets is ignored when the full name is unknown ("Python (computer programming)", "SQL (5 years)").
 * Unknown names keep their normalised text with spaces → "_" and known=false.
 */
export function canonicalSkill(raw: string): Readonly<CanonicalSkill> {
  return canonicalOnce(raw);
}

// The same names come back with every payload of a job and every profile listing them; the taxonomy is fixed.
const canonicalOnce = boundedMemo(10_000, lookUpSkill);

function lookUpSkill(raw: string): CanonicalSkill {
  const { byKey } = taxonomy();
  const key = normalizeSkillText(raw);
  const id = byKey.get(key) ?? byKey.get(normalizeSkillText(raw.replace(/\s*\([^()]*\)\s*$/, "")));
  if (id !== undefined) return { id, known: true };
  return { id: key.replace(/ /g, "_"), known: false };
}

/** Canonical ids of the given names, deduplicated and sorted (empty names dropped). */
export function canonicalSkills(raws: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const raw of raws) {
    const { id } = canonicalSkill(raw);
    if (id) ids.add(id);
  }
  return [...ids].sort();
}

export function skillInfo(id: string): SkillInfo | undefined {
  const entry = taxonomy().entries.get(id);
  return entry && { id: entry.id, label: entry.label, kind: entry.kind, broad: entry.broad === true };
}

/** Words a restating label may say beyond the name it restates: the verb ("use", "handle", "operate"). */
const RESTATING_EXTRA_WORDS = 1;

/**
 * Whether an entry's label restates a name of another entry: says every word of it, in any order and
 * form, and at most one word more. "use a warehouse management system" restates WMS (its alias
 * "warehouse management system"), "handle complaints" complaint handling; "teach English as a foreign
 * language" does not restate English. The broad lists restate the core this way.
 */
export function labelNamesSkill(id: string, other: string): boolean {
  const { entries } = taxonomy();
  const entry = entries.get(id);
  const named = entries.get(other);
  if (!entry || !named || id === other) return false;
  const label = new Set(termsOf(entry.label));
  return [named.label, ...named.aliases].some((name) => {
    const stems = new Set(termsOf(name));
    return (
      stems.size > 0 && [...stems].every((stem) => label.has(stem)) && label.size - stems.size <= RESTATING_EXTRA_WORDS
    );
  });
}

/** Which dataset (or Shortlist) a known skill comes from. */
export function skillSource(id: string): SkillSource | undefined {
  return taxonomy().entries.get(id)?.source;
}

/** How a skill id reads to a person: its label when known, else the id with spaces ("ci_cd" → "ci cd"). */
export function skillLabel(id: string): string {
  return taxonomy().entries.get(id)?.label ?? id.replace(/_/g, " ");
}

export function taxonomySize(): number {
  return taxonomy().entries.size;
}

/**
 * Known skills whose name starts with (or else contains) the typed text, for suggestions as a recruiter
 * types: labels before aliases, prefixes before inner matches, the curated core before the broad
 * stage, then shorter labels.
 */
export function suggestSkills(query: string, limit = 10): SkillInfo[] {
  const typed = normalizeSkillText(query);
  if (!typed) return [];
  const { byKey, ownKeys, entries } = taxonomy();
  const ranked = new Map<string, number>();
  for (const [key, id] of byKey) {
    const position = key.startsWith(typed) ? 0 : key.includes(typed) ? 2 : -1;
    if (position < 0) continue;
    const rank = position + (ownKeys.has(key) ? 0 : 1) + (entries.get(id)?.broad ? 4 : 0);
    ranked.set(id, Math.min(ranked.get(id) ?? rank, rank));
  }
  return [...ranked]
    .map(([id, rank]) => ({ rank, skill: skillInfo(id)! }))
    .sort(
      (a, b) =>
        a.rank - b.rank || a.skill.label.length - b.skill.label.length || a.skill.label.localeCompare(b.skill.label),
    )
    .slice(0, limit)
    .map(({ skill }) => skill);
}
