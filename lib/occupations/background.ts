import { processWide } from "@/lib/util/process-wide";
import type { BackgroundTerms } from "./types";
import data from "./background-terms.json";

// How common each word stem is in the language of work (O*NET task statements and occupation
// descriptions): the fallback document frequencies of lexical relevance while the candidate pool is small.

export interface BackgroundFrequencies {
  documents: number;
  frequency: ReadonlyMap<string, number>;
}

let loaded: BackgroundFrequencies | undefined;

export function backgroundFrequencies(): BackgroundFrequencies {
  const { documents, terms } = data as BackgroundTerms;
  loaded ??= processWide("occupations/background", () => ({ documents, frequency: new Map(terms) }));
  return loaded;
}
