import { processWide } from "@/lib/util/process-wide";
import { readShippedJson } from "@/lib/util/shipped-json";
import type { BackgroundTerms } from "./types";

// How common each word stem is in the language of work (O*NET task statements and occupation
// descriptions): the fallback document frequencies of lexical relevance while the candidate pool is small.

export interface BackgroundFrequencies {
  documents: number;
  frequency: ReadonlyMap<string, number>;
}

let loaded: BackgroundFrequencies | undefined;

export function backgroundFrequencies(): BackgroundFrequencies {
  loaded ??= processWide("occupations/background", () => {
    const { documents, terms } = readShippedJson<BackgroundTerms>("lib/occupations/background-terms.json");
    return { documents, frequency: new Map(terms) };
  });
  return loaded;
}
