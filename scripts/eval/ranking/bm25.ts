import { countTerms, termsOf } from "@/lib/text/terms";

// The baseline: plain Okapi BM25 (k1 1.2, b 0.75, idf log(1 + (N − df + 0.5) / (df + 0.5))) of the whole
// posting (title, text and any stated requirements) against each résumé's raw text, with document
// frequencies and average length from all résumés of the collection. Same terms as the scorer's search
// (lowercase, function words dropped, stemmed), query terms weighted by how often the posting uses them,
// no caps, no screening, no skills or occupations: what keyword search alone gives.

const K1 = 1.2;
const B = 0.75;

export interface Bm25Index {
  /** The BM25 score of each document for the query. */
  scorer(query: string): (documentId: string) => number;
}

export function bm25Index(documents: ReadonlyMap<string, string>): Bm25Index {
  const counts = new Map<string, Map<string, number>>();
  const lengths = new Map<string, number>();
  const frequency = new Map<string, number>();
  for (const [id, text] of documents) {
    const terms = termsOf(text);
    const termCounts = countTerms(terms);
    counts.set(id, termCounts);
    lengths.set(id, terms.length);
    for (const term of termCounts.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  }
  const total = documents.size;
  const averageLength = [...lengths.values()].reduce((sum, length) => sum + length, 0) / Math.max(1, total);
  const idf = (term: string) => {
    const df = frequency.get(term) ?? 0;
    return Math.log(1 + (total - df + 0.5) / (df + 0.5));
  };
  return {
    scorer(query) {
      const queryTerms = [...countTerms(termsOf(query))].map(([term, weight]) => ({
        term,
        weight: weight * idf(term),
      }));
      return (documentId) => {
        const termCounts = counts.get(documentId);
        if (!termCounts) throw new Error(`Unknown document ${documentId}.`);
        const norm = 1 - B + (B * lengths.get(documentId)!) / Math.max(1, averageLength);
        let score = 0;
        for (const { term, weight } of queryTerms) {
          const count = termCounts.get(term) ?? 0;
          if (count > 0) score += (weight * count * (K1 + 1)) / (count + K1 * norm);
        }
        return score;
      };
    },
  };
}
