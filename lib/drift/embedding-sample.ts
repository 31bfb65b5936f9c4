import "server-only";
import { dbDriver } from "@/lib/db";
import type { SessionQuery } from "@/lib/db/driver";
import { decodeVector } from "@/lib/embeddings";
import { windowDays } from "./windows";
import type { TimeWindow } from "./types";

// Vector samples for the embedding tests, kept per day ("DriftDayEmbedding") so a window never reads the
// raw log. Every row gets a seeded hash of its inference id as key; a day keeps, per embedding model, its
// DAY_SAMPLE rows of lowest key (a bottom-k sample), and a window takes the `size` lowest keys among its
// days' samples. Those are the window's `size` lowest keys overall (each is among its own day's lowest, as
// size ≤ DAY_SAMPLE), so the window's sample is a uniform draw without replacement from all its rows,
// each day weighted by its traffic, and the same on every run.

/** Rows kept per day and model: the largest window sample the check allows (settings.embeddingSample). */
export const DAY_SAMPLE = 2_000;
// Changing the seed changes every future day's sample; days already stored keep theirs.
const KEY = `hashtextextended("inferenceId", 16)`;

export interface EmbeddingSample {
  candidate: number[][];
  job: number[][];
}

/** (Re)writes one day's samples, inside the transaction that rewrites its summary. */
export async function writeDaySample(query: SessionQuery, day: string, next: string, models: string[]): Promise<void> {
  await query(`DELETE FROM "DriftDayEmbedding" WHERE day = $1::date`, [day]);
  if (models.length === 0) return;
  // The keys are computed on the narrow signal table; only the chosen rows are read from the inference log.
  await query(
    `INSERT INTO "DriftDayEmbedding" (day, "embeddingModel", key, "inferenceId", candidate, job)
     SELECT $1::date, m.model, s.key, s."inferenceId", i."candidateEmbedding", i."jobEmbedding"
       FROM jsonb_array_elements_text($3::jsonb) AS m(model)
      CROSS JOIN LATERAL (
            SELECT "inferenceId", ${KEY} AS key FROM "InferenceSignals"
             WHERE "createdAt" >= $1::date AND "createdAt" < $2::date AND "embeddingModel" = m.model
             ORDER BY 2, 1 LIMIT ${DAY_SAMPLE}) s
       JOIN "Inference" i ON i.id = s."inferenceId"`,
    [day, next, JSON.stringify(models)],
  );
}

// Read as base64 text and decoded by Buffer: PGlite parses bytea results byte by byte in JavaScript.
interface VectorRow {
  candidate: string | null;
  job: string | null;
}

/** The window's `size` rows of lowest key for the model, from its days' samples (summarise them first). */
export async function readWindowEmbeddings(
  window: TimeWindow,
  model: string,
  size: number,
  /** Days left out, as the window's summaries leave them out (drifted days of a trailing reference). */
  leftOut: readonly string[] = [],
): Promise<EmbeddingSample> {
  const { first, end } = windowDays(window);
  // The inner query walks the model's keys in order (index on model, key, day), skipping other days, and
  // stops at `size`: a year's window reads about as few as a week's. Only the chosen vectors are detoasted.
  const rows = await dbDriver().query<VectorRow>(
    `SELECT encode(candidate, 'base64') AS candidate, encode(job, 'base64') AS job
       FROM (SELECT candidate, job, key, "inferenceId" FROM "DriftDayEmbedding"
              WHERE "embeddingModel" = $1 AND day >= $2::date AND day < $3::date AND NOT day = ANY($5::date[])
              ORDER BY key, "inferenceId" LIMIT $4) s
      ORDER BY key, "inferenceId"`,
    [model, first, end, Math.min(size, DAY_SAMPLE), `{${leftOut.join(",")}}`],
  );
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
