import "server-only";
import { log } from "@/lib/log";
import { EmbeddingFailed, type EmbedOptions, type EmbeddingProvider } from "./provider";

// Embedding where a failure is an answer, not an exception: scores go without semantic similarity rather
// than fail, and vectors of another model are never substituted.

/** Vectors where the provider answered (null where it failed), the calls made, and why it failed if it did. */
export interface EmbeddedOrNot {
  vectors: (number[] | null)[];
  generationIds: string[];
  /** Why there are no vectors (an error class such as `timeout`), or null when the provider answered. */
  failure: string | null;
}

export async function embedOrNothing(
  provider: EmbeddingProvider,
  texts: string[],
  options: EmbedOptions = {},
): Promise<EmbeddedOrNot> {
  try {
    return { ...(await provider.embed(texts, options)), failure: null };
  } catch (error) {
    log.warn("Embedding failed; continuing without vectors", { provider: provider.name, model: provider.model, error });
    const failed = error instanceof EmbeddingFailed ? error : null;
    return {
      vectors: texts.map(() => null),
      generationIds: failed?.generationIds ?? [],
      failure: failed?.reason ?? "unknown",
    };
  }
}

/** Vectors for a list where each entry is already a vector or a text still to embed (null stays null). */
export async function embedMissing(
  provider: EmbeddingProvider,
  entries: readonly (number[] | string | null)[],
  options: EmbedOptions = {},
): Promise<EmbeddedOrNot> {
  const texts = entries.filter((entry): entry is string => typeof entry === "string");
  const embedded =
    texts.length > 0
      ? await embedOrNothing(provider, texts, options)
      : { vectors: [], generationIds: [], failure: null };
  let next = 0;
  return {
    ...embedded,
    vectors: entries.map((entry) => (typeof entry === "string" ? (embedded.vectors[next++] ?? null) : entry)),
  };
}

/**
 * A batch for re-embedding. A text the provider refuses (400) must not hold back the rest, so a refused
 * batch is sent again one text at a time and only the refused texts get null. Any other failure (outage,
 * rate limit) stops the batch: `error` says why and the caller tries again later.
 */
export async function embedBatch(
  provider: EmbeddingProvider,
  texts: string[],
): Promise<{ vectors: (number[] | null)[]; error: string | null }> {
  const outcome = await embedOrNothing(provider, texts);
  if (!outcome.failure) return { vectors: outcome.vectors, error: null };
  if (outcome.failure !== "bad_request") return { vectors: [], error: outcome.failure };
  if (texts.length === 1) return { vectors: [null], error: null };
  const vectors: (number[] | null)[] = [];
  for (const text of texts) {
    const single = await embedBatch(provider, [text]);
    if (single.error) return single;
    vectors.push(single.vectors[0] ?? null);
  }
  return { vectors, error: null };
}
