import "server-only";
import { dbDriver } from "@/lib/db";
import { decodeVector } from "@/lib/embeddings/vector";
import type { TimeWindow } from "./types";

// Vectors of one embedding model from a window of the inference log, bounded like the signal samples:
// every row when the window has few, otherwise the first row at or after evenly spaced instants.

export interface EmbeddingSample {
  candidate: number[][];
  job: number[][];
}

interface VectorRow {
  candidateEmbedding: Uint8Array | null;
  jobEmbedding: Uint8Array | null;
}

const FILTER = `"embeddingModel" = $3 AND "score" IS NOT NULL AND ("candidateEmbedding" IS NOT NULL OR "jobEmbedding" IS NOT NULL)`;

export async function sampleEmbeddings(window: TimeWindow, model: string, size: number, modelRows: number): Promise<EmbeddingSample> {
  const params = [window.start.toISOString(), window.end.toISOString(), model];
  const rows =
    modelRows <= size
      ? await dbDriver().query<VectorRow>(
          `SELECT "candidateEmbedding", "jobEmbedding" FROM "Inference"
            WHERE "createdAt" >= $1::timestamp AND "createdAt" < $2::timestamp AND ${FILTER}`,
          params,
        )
      : await dbDriver().query<VectorRow>(
          `SELECT DISTINCT ON (p.id) p."candidateEmbedding", p."jobEmbedding"
             FROM generate_series(0, $4::int - 1) AS g(i)
            CROSS JOIN LATERAL (
                  SELECT id, "candidateEmbedding", "jobEmbedding" FROM "Inference"
                   WHERE "createdAt" >= $1::timestamp + (g.i * $5::float8) * interval '1 millisecond'
                     AND "createdAt" < $2::timestamp AND ${FILTER}
                   ORDER BY "createdAt"
                   LIMIT 1) p
            ORDER BY p.id`,
          [...params, size, (window.end.getTime() - window.start.getTime()) / size],
        );
  return {
    candidate: sameDimension(rows.flatMap((row) => (row.candidateEmbedding ? [decodeVector(row.candidateEmbedding)] : []))),
    job: sameDimension(rows.flatMap((row) => (row.jobEmbedding ? [decodeVector(row.jobEmbedding)] : []))),
  };
}

/** Vectors of the most common dimension: client-supplied vectors of one model name may still differ. */
function sameDimension(vectors: number[][]): number[][] {
  const byDimension = new Map<number, number>();
  for (const vector of vectors) byDimension.set(vector.length, (byDimension.get(vector.length) ?? 0) + 1);
  const [dimension] = [...byDimension.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0];
  return vectors.filter((vector) => vector.length === dimension && vector.every(Number.isFinite));
}
