import type { LexicalCorpus } from "./signals/lexical";
import { readableResume, readingColumns } from "./resume-reading";

// Document frequencies of a given set of résumé texts, counted as the candidate pool's snapshot counts
// them (lexical-corpus.ts) from the columns a saved candidate keeps: each résumé screened and read once,
// a term kept only when at least two résumés contain it, the average length over résumés with any terms.
// For evaluations and tests, which have texts but no database.

const MIN_DOCUMENTS_PER_TERM = 2;

export function lexicalCorpusOfTexts(texts: readonly string[]): LexicalCorpus {
  const frequency = new Map<string, number>();
  let documents = 0;
  let totalLength = 0;
  for (const text of texts) {
    const { resumeStems, resumeStemCounts, resumeLength } = readingColumns(readableResume(text).text);
    if (resumeLength === 0) continue;
    documents++;
    totalLength += resumeLength;
    resumeStems.forEach((term, index) => {
      // A stem only a skill list holds (count 0) is not in the text relevance reads.
      if (resumeStemCounts[index]! > 0) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    });
  }
  return {
    version: `texts:${documents}:${totalLength}`,
    documents,
    averageLength: documents === 0 ? 0 : totalLength / documents,
    documentFrequency: (term) => {
      const count = frequency.get(term) ?? 0;
      return count >= MIN_DOCUMENTS_PER_TERM ? count : 0;
    },
  };
}
