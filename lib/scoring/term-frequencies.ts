// A pool snapshot's document frequencies are read from the database a term at a time as jobs ask for them,
// and kept per snapshot up to TERM_CACHE_LIMIT terms.

const TERM_CACHE_LIMIT = 100_000;

/**
 * The frequencies of `terms`: from the snapshot's cache, the rest fetched and cached (the cache cleared when
 * it would pass `limit`). A copy: a corpus keeps the frequencies it was made with whatever later lookups do
 * to the cache, so a ranking scores every candidate alike.
 */
export async function termFrequencies(
  cache: Map<string, number>,
  terms: Iterable<string>,
  fetch: (missing: string[]) => Promise<{ term: string; documents: number }[]>,
  limit: number = TERM_CACHE_LIMIT,
): Promise<ReadonlyMap<string, number>> {
  const frequencies = new Map<string, number>();
  const missing: string[] = [];
  for (const term of new Set(terms)) {
    const known = cache.get(term);
    if (known === undefined) missing.push(term);
    else frequencies.set(term, known);
  }
  if (missing.length === 0) return frequencies;
  const rows = await fetch(missing);
  for (const term of missing) frequencies.set(term, 0);
  for (const row of rows) frequencies.set(row.term, row.documents);
  if (cache.size + missing.length > limit) cache.clear();
  for (const term of missing) cache.set(term, frequencies.get(term)!);
  return frequencies;
}
