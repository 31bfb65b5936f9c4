import "server-only";
import { env } from "@/lib/env";
import { embed } from "@/lib/llm";
import { log } from "@/lib/log";
import { builtinEmbeddingProvider } from "./builtin";
import type { EmbeddingProvider } from "./provider";

export type { EmbeddingProvider } from "./provider";
export { encodeVector, decodeVector, cosineSimilarity } from "./vector";
export { embedText } from "./builtin";

// The remote servers take at most this many texts per call.
const REMOTE_BATCH = 256;

/** The configured embedding provider. Every stored and compared vector comes from it. */
export function embeddingProvider(): EmbeddingProvider {
  const { EMBEDDING_PROVIDER, EMBEDDING_MODEL, EMBEDDING_DIMENSIONS } = env();
  if (EMBEDDING_PROVIDER === "builtin" || !EMBEDDING_MODEL || !EMBEDDING_DIMENSIONS) return builtinEmbeddingProvider;
  return {
    name: EMBEDDING_PROVIDER,
    model: EMBEDDING_MODEL,
    dimensions: EMBEDDING_DIMENSIONS,
    async embed(texts) {
      const vectors: number[][] = [];
      for (let start = 0; start < texts.length; start += REMOTE_BATCH) {
        const result = await embed({
          ctx: { kind: "system", name: "embeddings" },
          input: {
            provider: EMBEDDING_PROVIDER,
            model: EMBEDDING_MODEL,
            texts: texts.slice(start, start + REMOTE_BATCH),
          },
        });
        const wrong = result.vectors.find((vector) => vector.length !== EMBEDDING_DIMENSIONS);
        if (wrong)
          throw new Error(
            `${EMBEDDING_MODEL} returned ${wrong.length}-dimension vectors; EMBEDDING_DIMENSIONS is ${EMBEDDING_DIMENSIONS}.`,
          );
        vectors.push(...result.vectors);
      }
      return vectors;
    },
  };
}

/**
 * Vectors for a list where each entry is already a vector or a text still to embed (null stays null).
 * When the embedding server fails, the texts get no vector: scores then go without semantic similarity
 * rather than fail, and vectors of another model are never substituted.
 */
export async function embedMissing(
  provider: EmbeddingProvider,
  entries: readonly (number[] | string | null)[],
): Promise<(number[] | null)[]> {
  const texts = entries.filter((entry): entry is string => typeof entry === "string");
  const vectors = texts.length > 0 ? await embedOrNothing(provider, texts) : [];
  let next = 0;
  return entries.map((entry) => (typeof entry === "string" ? (vectors[next++] ?? null) : entry));
}

export async function embedOrNothing(provider: EmbeddingProvider, texts: string[]): Promise<(number[] | null)[]> {
  try {
    return await provider.embed(texts);
  } catch (error) {
    log.warn("Embedding failed; continuing without vectors", { provider: provider.name, model: provider.model, error });
    return texts.map(() => null);
  }
}
