// Categorical signals such as the recruiter have a long tail: a handful of rows per rare value would
// make PSI fire on noise. Values rare in both windows are counted together as one category.

export const OTHER_CATEGORY = "other";
/**
 * A category needs this many rows in both windows together to be kept (5 expected a side, the χ² rule of
 * thumb). Fewer, and an empty bin on one side makes PSI jump far beyond its chance threshold: at 200 rows a
 * side a 120-recruiter tail was flagged in nearly every unchanged week (lib/drift/calibration.test.ts).
 * The rule reads the pooled count, which says nothing about how the rows split between the windows, so it
 * does not pick the categories that happen to differ.
 */
export const MIN_CATEGORY_ROWS = 10;

export interface CategoryCounts {
  /** Categories in display order: most common in the reference first, the folded `other` last. */
  categories: string[];
  reference: number[];
  current: number[];
}

/**
 * Folds every category whose share is below `minShare` in both windows, or which has fewer than
 * MIN_CATEGORY_ROWS rows in the two together, into `other` (merged with an existing `other` value). A value that is rare in the reference but common now — a new recruiter — is
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
    const rare =
      r + c < MIN_CATEGORY_ROWS || (share(r, referenceTotal) < minShare && share(c, currentTotal) < minShare);
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
