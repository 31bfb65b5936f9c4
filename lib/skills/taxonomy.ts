import type { TaxonomyEntry } from "./types";
import { processWide } from "@/lib/util/process-wide";
import { readShippedJson } from "@/lib/util/shipped-json";
import { normalizeSkillText } from "./text";

// The generated taxonomy (taxonomy.json, built by scripts/skill-taxonomy) loaded once, lazily, into the
// lookups every skill function shares.

export interface Taxonomy {
  entries: ReadonlyMap<string, TaxonomyEntry>;
  /** Every name (id, label, alias) as a normalised key → the entry it names. */
  byKey: ReadonlyMap<string, string>;
  /** Keys that are an entry's own id or label (not an alias). */
  ownKeys: ReadonlySet<string>;
}

let loaded: Taxonomy | undefined;

/** The normalised names of an entry: its id, label and aliases. */
export function entryKeys(entry: TaxonomyEntry): string[] {
  return [...new Set([normalizeSkillText(entry.id), normalizeSkillText(entry.label), ...entry.aliases])].filter(
    Boolean,
  );
}

function load(): Taxonomy {
  const entries = new Map<string, TaxonomyEntry>();
  const byKey = new Map<string, string>();
  const ownKeys = new Set<string>();
  for (const entry of readShippedJson<readonly TaxonomyEntry[]>("lib/skills/taxonomy.json")) {
    entries.set(entry.id, entry);
    ownKeys.add(normalizeSkillText(entry.id));
    ownKeys.add(normalizeSkillText(entry.label));
    for (const key of entryKeys(entry)) {
      const existing = byKey.get(key);
      if (existing !== undefined && existing !== entry.id) {
        throw new Error(`Skill taxonomy: "${key}" names both ${existing} and ${entry.id}; rebuild taxonomy.json`);
      }
      byKey.set(key, entry.id);
    }
  }
  return { entries, byKey, ownKeys };
}

export function taxonomy(): Taxonomy {
  loaded ??= processWide("skills/taxonomy", load);
  return loaded;
}
