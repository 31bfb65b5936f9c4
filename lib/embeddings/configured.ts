import "server-only";
import { env } from "@/lib/env";
import { embed } from "@/lib/llm";
import { builtinEmbeddingProvider } from "./builtin";
import { EmbeddingFailed, type EmbedOptions, type EmbeddingProvider } from "./provider";

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
    async embed(texts, options: EmbedOptions = {}) {
      const vectors: number[][] = [];
      const generationIds: string[] = [];
      for (let start = 0; start < texts.length; start += REMOTE_BATCH) {
        const outcome = await embed({
          ctx: { kind: "system", name: "embeddings" },
          input: {
            provider: EMBEDDING_PROVIDER,
            model: EMBEDDING_MODEL,
            texts: texts.slice(start, start + REMOTE_BATCH),
            traceId: options.traceId,
          },
        });
        generationIds.push(...outcome.generationIds);
        if (!outcome.ok) throw new EmbeddingFailed(outcome.error.errorClass, generationIds, outcome.error.message);
        const wrong = outcome.vectors.find((vector) => vector.length !== EMBEDDING_DIMENSIONS);
        if (wrong)
          throw new EmbeddingFailed(
            "dimension_mismatch",
            generationIds,
            `${EMBEDDING_MODEL} returned ${wrong.length}-dimension vectors; EMBEDDING_DIMENSIONS is ${EMBEDDING_DIMENSIONS}.`,
          );
        vectors.push(...outcome.vectors);
      }
      return { vectors, generationIds };
    },
  };
}
