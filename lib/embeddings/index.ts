import "server-only";
import { builtinEmbeddingProvider } from "./builtin";
import type { EmbeddingProvider } from "./provider";

export type { EmbeddingProvider } from "./provider";

/** The configured embedding provider. Every stored and compared vector comes from it. */
export function embeddingProvider(): EmbeddingProvider {
  return builtinEmbeddingProvider;
}

/** Vectors for a list where each entry is already a vector or a text still to embed (null stays null). */
export async function embedMissing(
  provider: EmbeddingProvider,
  entries: readonly (number[] | string | null)[],
): Promise<(number[] | null)[]> {
  const texts = entries.filter((entry): entry is string => typeof entry === "string");
  const vectors = texts.length > 0 ? await provider.embed(texts) : [];
  let next = 0;
  return entries.map((entry) => (typeof entry === "string" ? (vectors[next++] ?? null) : entry));
}
