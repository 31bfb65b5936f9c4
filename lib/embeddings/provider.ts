/** Turns texts into vectors. Vectors of different models are never compared. */
export interface EmbeddingProvider {
  name: "builtin" | "ollama" | "openai";
  /** Stored with every vector, so vectors from another model are recognised and recomputed. */
  model: string;
  dimensions: number;
  embed(texts: string[]): Promise<number[][]>;
}
