import { words } from "@/lib/util/words";
import { boundedMemo } from "@/lib/util/bounded-memo";
import { fnv1a } from "@/lib/util/fnv1a";
import type { EmbeddingProvider } from "./provider";

// Offline, deterministic text embeddings: hashed word unigrams plus the character 3–5-grams of each word
// (so "kubernetes" and "kubernetes-based" land close), weighted sub-linearly and L2-normalised.
// No model download; quality is well below a neural model, but it is honest about meaning overlap.

export const BUILTIN_EMBEDDING_MODEL = "shortlist-hash-v1";
export const BUILTIN_EMBEDDING_DIMENSIONS = 384;

// A word counts at most this often, and an immediately repeated phrase of up to MAX_PHRASE words
// ("python python", "ci cd ci cd") counts once: repeating a keyword cannot buy similarity.
const MAX_TERM_FREQUENCY = 3;
const MAX_PHRASE = 4;
const CHAR_GRAM_WEIGHT = 0.5;

/** Drops immediate repetitions of phrases: "a b a b a b c" → "a b c". */
export function collapseRepeats(tokens: readonly string[]): string[] {
  const kept: string[] = [];
  for (const token of tokens) {
    kept.push(token);
    for (let period = 1; period <= MAX_PHRASE && kept.length >= 2 * period; period++) {
      const end = kept.length;
      let repeated = true;
      for (let i = 1; i <= period && repeated; i++) repeated = kept[end - i] === kept[end - i - period];
      if (repeated) {
        kept.length = end - period;
        break;
      }
    }
  }
  return kept;
}

function termCounts(tokens: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of collapseRepeats(tokens))
    counts.set(token, Math.min((counts.get(token) ?? 0) + 1, MAX_TERM_FREQUENCY));
  return counts;
}

// Hashing a word's features (the word and its character n-grams) was most of embedding; words recur
// across résumés, so their hashes are kept, bounded like the stemmer's cache.
const FEATURE_CACHE_LIMIT = 50_000;

/** The hashes of a word's features: the word first, then its 3-, 4- and 5-grams in reading order. */
function featureHashes(word: string): number[] {
  const features = [`w:${word}`];
  const padded = `<${word}>`;
  for (let size = 3; size <= 5; size++) {
    for (let start = 0; start + size <= padded.length; start++) features.push(`c:${padded.slice(start, start + size)}`);
  }
  return features.map((feature) => fnv1a(feature));
}

/**
 * Where each feature of a word lands in a vector of `dimensions` (its hash modulo the size) and with which
 * sign (the hash's top bit: collisions then cancel out on average instead of piling up), as slot + 1,
 * negated for minus: kept per word, so embedding a text costs no division.
 */
const slotMemos = new Map<number, (word: string) => Int32Array>();

function slotsOf(dimensions: number): (word: string) => Int32Array {
  let slots = slotMemos.get(dimensions);
  if (!slots) {
    slots = boundedMemo(FEATURE_CACHE_LIMIT, (word: string) =>
      Int32Array.from(featureHashes(word), (hash) =>
        hash & 0x80000000 ? -((hash % dimensions) + 1) : (hash % dimensions) + 1,
      ),
    );
    slotMemos.set(dimensions, slots);
  }
  return slots;
}

function addFeature(vector: Float64Array, slot: number, weight: number): void {
  if (slot > 0) vector[slot - 1]! += weight;
  else vector[-slot - 1]! -= weight;
}

export function embedText(text: string, dimensions = BUILTIN_EMBEDDING_DIMENSIONS): number[] {
  const vector = new Float64Array(dimensions);
  const slotsOfWord = slotsOf(dimensions);
  for (const [word, count] of termCounts(words(text))) {
    const weight = 1 + Math.log(count);
    const slots = slotsOfWord(word);
    addFeature(vector, slots[0]!, weight);
    for (let feature = 1; feature < slots.length; feature++) {
      addFeature(vector, slots[feature]!, weight * CHAR_GRAM_WEIGHT);
    }
  }
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  return Array.from(vector, (value) => (norm === 0 ? 0 : value / norm));
}

export const builtinEmbeddingProvider: EmbeddingProvider = {
  name: "builtin",
  model: BUILTIN_EMBEDDING_MODEL,
  dimensions: BUILTIN_EMBEDDING_DIMENSIONS,
  embed: async (texts) => ({ vectors: texts.map((text) => embedText(text)), generationIds: [] }),
};
