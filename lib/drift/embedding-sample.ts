import "server-only";
import { dbDriver } from "@/lib/db";
import { decodeVector } from "@/lib/embeddings";
import { evenly } from "./sampling";
import type { TimeWindow } from "./types";

// Vectors of one embedding model from a window of the inference log, bounded like the signal samples:
// a small window read whole and thinned evenly, a large one probed at evenly spaced instants.

export interface EmbeddingSample {
  candidate: number[][];
  job: number[][];
}

// Read as base64 text and decoded by Buffer: PGlite parses bytea results byte by byte in JavaScript.
interface VectorRow {
  candidate: string | null;
  job: string | null;
}

const VECTORS = `encode("candidateEmbedding", 'base64') AS candidate, encode("jobEmbedding", 'base64') AS job`;

export async function sampleEmbeddings(
  window: TimeWindow,
  model: string,
  size: number,
  modelRows: number,
): Promise<EmbeddingSample> {
  const params = [window.start.toISOString(), window.end.toISOString(), model];
  if (modelRows <= 2 * size) {
    const rows = await dbDriver().query<VectorRow>(
      `SELECT ${VECTORS} FROM "Inference"
        WHERE "createdAt" >= $1::timestamp AND "createdAt" < $2::timestamp AND "embeddingModel" = $3 AND "score" IS NOT NULL
        ORDER BY "createdAt", id`,
      params,
    );
    return vectorsOf(evenly(rows, size));
  }
  // The instants are probed on the narrow signal table (which knows each row's model); only the chosen
  // rows are then read from the wide inference log.
  const rows = await dbDriver().query<VectorRow>(
    `SELECT ${VECTORS} FROM "Inference"
      WHERE id IN (
            SELECT p."inferenceId"
              FROM generate_series(0, $4::int - 1) AS g(i)
             CROSS JOIN LATERAL (
                   SELECT s."inferenceId" FROM "InferenceSignals" s
                    WHERE s."createdAt" >= $1::timestamp + (g.i * $5::float8) * interval '1 millisecond'
                      AND s."createdAt" < $2::timestamp AND s."embeddingModel" = $3
                    ORDER BY s."createdAt"
                    LIMIT 1) p)
      ORDER BY id`,
    [...params, size, (window.end.getTime() - window.start.getTime()) / size],
  );
  return vectorsOf(rows);
}

function vectorsOf(rows: VectorRow[]): EmbeddingSample {
  return {
    candidate: sameDimension(rows.flatMap((row) => (row.candidate ? [decodeBase64Vector(row.candidate)] : []))),
    job: sameDimension(rows.flatMap((row) => (row.job ? [decodeBase64Vector(row.job)] : []))),
  };
}

function decodeBase64Vector(text: string): number[] {
  // PostgreSQL's base64 output wraps lines every 76 characters; Buffer skips the newlines.
  return decodeVector(Buffer.from(text, "base64"));
}

/** Vectors of the most common dimension: client-supplied vectors of one model name may still differ. */
function sameDimension(vectors: number[][]): number[][] {
  const byDimension = new Map<number, number>();
  for (const vector of vectors) byDimension.set(vector.length, (byDimension.get(vector.length) ?? 0) + 1);
  const [dimension] = [...byDimension.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0];
  return vectors.filter((vector) => vector.length === dimension && vector.every(Number.isFinite));
}
