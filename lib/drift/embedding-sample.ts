import "server-only";
import { dbDriver } from "@/lib/db";
import type { SessionQuery } from "@/lib/db/driver";
import { windowDays } from "./windows";
import type { TimeWindow } from "./types";
import { decodeVectorMatrix, type VectorMatrix } from "./vector-matrix";

// Vector samples for the embedding tests, kept per day ("DriftDayEmbedding") so a window never reads the
// raw log. Every row gets a seeded hash of its inference id as key; a day keeps, per embedding model, its
// DAY_SAMPLE rows of lowest key (a bottom-k sample), and a window takes the `size` lowest keys among its
// days' samples. Those are the window's `size` lowest keys overall (each is among its own day's lowest, as
// size ≤ DAY_SAMPLE), so the window's sample is a uniform draw without replacement from all its rows,
// each day weighted by its traffic, and the same on every run.

/** Rows kept per day and model: the largest window sample the check allows (settings.embeddingSample). */
export const DAY_SAMPLE = 2_000;
// Changing the seed changes every future day's sample (days already stored keep theirs) and needs a new
// index: "InferenceSignals_day_sample_idx" walks a day's rows by this key.
const KEY = `hashtextextended("inferenceId", 16)`;

/** (Re)writes one day's samples, inside the transaction that rewrites its summary. */
export async function writeDaySample(query: SessionQuery, day: string, models: string[]): Promise<void> {
  await query(`DELETE FROM "DriftDayEmbedding" WHERE day = $1::date`, [day]);
  if (models.length === 0) return;
  // The day's lowest keys come in order from an index on (day, model, key); only the chosen rows are read
  // from the inference log.
  await query(
    `INSERT INTO "DriftDayEmbedding" (day, "embeddingModel", key, "inferenceId", candidate, job)
     SELECT $1::date, m.model, s.key, s."inferenceId", i."candidateEmbedding", i."jobEmbedding"
       FROM jsonb_array_elements_text($2::jsonb) AS m(model)
      CROSS JOIN LATERAL (
            SELECT "inferenceId", ${KEY} AS key FROM "InferenceSignals"
             WHERE "createdAt"::date = $1::date AND "embeddingModel" = m.model
             ORDER BY 2, 1 LIMIT ${DAY_SAMPLE}) s
       JOIN "Inference" i ON i.id = s."inferenceId"`,
    [day, JSON.stringify(models)],
  );
}

/** Which of an inference's two vectors. */
export type VectorKind = "candidate" | "job";

/**
 * One kind of vector of the window's `size` rows of lowest key for the model, from its days' samples
 * (summarise them first). One kind per query, so that the drift test of one kind runs while the other is read.
 */
export async function readWindowVectors(
  window: TimeWindow,
  model: string,
  kind: VectorKind,
  size: number,
  /** Days left out, as the window's summaries leave them out (drifted days of a trailing reference). */
  leftOut: readonly string[] = [],
): Promise<VectorMatrix> {
  const { first, end } = windowDays(window);
  // The inner query walks the model's keys in order (index on model, key, day), skipping other days, and
  // stops at `size`: a year's window reads about as few as a week's. Only the chosen vectors are read, as
  // base64 text decoded by Buffer (PGlite parses bytea results byte by byte in JavaScript).
  const rows = await dbDriver().query<{ vector: string | null }>(
    `SELECT encode(${kind}, 'base64') AS vector
       FROM (SELECT ${kind}, key, "inferenceId" FROM "DriftDayEmbedding"
              WHERE "embeddingModel" = $1 AND day >= $2::date AND day < $3::date AND NOT day = ANY($5::date[])
              ORDER BY key, "inferenceId" LIMIT $4) s
      ORDER BY key, "inferenceId"`,
    [model, first, end, Math.min(size, DAY_SAMPLE), `{${leftOut.join(",")}}`],
  );
  // PostgreSQL's base64 output wraps lines every 76 characters; Buffer skips the newlines.
  return decodeVectorMatrix(rows.flatMap((row) => (row.vector === null ? [] : [Buffer.from(row.vector, "base64")])));
}
