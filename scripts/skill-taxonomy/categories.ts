import type { TaxonomyEntry } from "@/lib/skills/types";
import { entryKeys } from "@/lib/skills/taxonomy";
import { normalizeSkillText } from "@/lib/skills/text";
import type { CsvRecord } from "@/lib/util/csv";
import { splitList } from "./build";

// Rule C1. O*NET files every technology under commodity categories; those it names with an acronym
// ("Enterprise resource planning ERP software", "Computer aided design CAD software") are kinds of software
// the taxonomy knows as entries (erp, cad, crm, pos…). A technology's entry takes the categories of its
// O*NET rows, so that a résumé naming SAP, NetSuite or Microsoft Dynamics states ERP: a product is an
// instance of its category (never the other way round). Categories without an acronym ("Medical software",
// "Project management software") name no such entry reliably and are left out.

const ACRONYM_CATEGORY = /^(.*?)\s+([A-Z][A-Z0-9]{1,5})(?:\s+software)?$/;

/** The entry a commodity title names by its acronym or its long form, if any. */
function categoryEntry(title: string, byKey: ReadonlyMap<string, TaxonomyEntry>): TaxonomyEntry | undefined {
  const match = ACRONYM_CATEGORY.exec(title.trim());
  if (!match) return undefined;
  const [, longForm, acronym] = match;
  return byKey.get(normalizeSkillText(acronym!)) ?? byKey.get(normalizeSkillText(longForm!));
}

/** Sets `categories` on the entries of O*NET technologies (rule C1); returns how many entries got one. */
export function addCategories(entries: readonly TaxonomyEntry[], onetRows: readonly CsvRecord[]): number {
  const byKey = new Map<string, TaxonomyEntry>();
  for (const entry of entries) for (const key of entryKeys(entry)) byKey.set(key, entry);
  const found = new Map<TaxonomyEntry, Set<string>>();
  for (const row of onetRows) {
    const product = byKey.get(normalizeSkillText(row.example ?? ""));
    if (!product) continue;
    for (const title of splitList(row.commodityTitles)) {
      const category = categoryEntry(title, byKey);
      if (!category || category === product) continue;
      const ids = found.get(product) ?? new Set<string>();
      ids.add(category.id);
      found.set(product, ids);
    }
  }
  for (const [product, ids] of found) product.categories = [...ids].sort();
  return found.size;
}
