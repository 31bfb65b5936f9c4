// Categorical signals such as the recruiter have a long tail: a handful of rows per rare value would
// make PSI fire on noise. Values rare in both windows are counted together as one category.

export const OTHER_CATEGORY = "other";

export interface CategoryCounts {
  /** Categories in display order: most common in the reference first, the folded `other` last. */
  categories: string[];
  reference: number[];
  current: number[];
}

/**
 * Folds every category whose share is below `minShare` in both windows into `other` (merged with an
 * existing `other` value). A value that is rare in the reference but common now — a new recruiter — is
 * kept, since that is exactly the drift to show.
 */
export function foldRareCategories(
  reference: ReadonlyMap<string, number>,
  current: ReadonlyMap<string, number>,
  minShare = 0.01,
): CategoryCounts {
  const total = (counts: ReadonlyMap<string, number>) => [...counts.values()].reduce((sum, count) => sum + count, 0);
  const referenceTotal = total(reference);
  const currentTotal = total(current);
  const share = (count: number, of: number) => (of === 0 ? 0 : count / of);
  const kept: { category: string; reference: number; current: number }[] = [];
  let otherReference = 0;
  let otherCurrent = 0;
  for (const category of new Set([...reference.keys(), ...current.keys()])) {
    const r = reference.get(category) ?? 0;
    const c = current.get(category) ?? 0;
    const rare = share(r, referenceTotal) < minShare && share(c, currentTotal) < minShare;
    if (rare || category === OTHER_CATEGORY) {
      otherReference += r;
      otherCurrent += c;
    } else {
      kept.push({ category, reference: r, current: c });
    }
  }
  kept.sort((a, b) => b.reference - a.reference || b.current - a.current || a.category.localeCompare(b.category));
  if (otherReference + otherCurrent > 0)
    kept.push({ category: OTHER_CATEGORY, reference: otherReference, current: otherCurrent });
  return {
    categories: kept.map((entry) => entry.category),
    reference: kept.map((entry) => entry.reference),
    current: kept.map((entry) => entry.current),
  };
}
