/** Vectors, one per text, and the traced calls that made them (none for the built-in model). */
export interface Embedded {
  vectors: number[][];
  /** Generation rows of the remote calls, failed attempts included, so an inference can link them. */
  generationIds: string[];
}

export interface EmbedOptions {
  /** The scoring request the vectors serve (the id its inference will have): traced calls are grouped under it. */
  traceId?: string;
}

/** Turns texts into vectors. Vectors of different models are never compared. */
export interface EmbeddingProvider {
  name: "builtin" | "ollama" | "openai";
  /** Stored with every vector, so vectors from another model are recognised and recomputed. */
  model: string;
  dimensions: number;
  embed(texts: string[], options?: EmbedOptions): Promise<Embedded>;
}

/** A remote embedding request that failed after its retries; it still names the calls it made. */
export class EmbeddingFailed extends Error {
  constructor(
    /** The error class of the last attempt (`timeout`, `rate_limit`, …) or `dimension_mismatch`. */
    readonly reason: string,
    readonly generationIds: string[],
    message: string,
  ) {
    super(message);
    this.name = "EmbeddingFailed";
  }
}
