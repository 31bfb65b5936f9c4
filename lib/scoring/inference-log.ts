import "server-only";
import { columnArrays, dbDriver, JSON_TEXT, type NamedStatement } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { serialiseOnce } from "@/lib/util/json-text";

export interface InferenceRow {
  id: string;
  requestId: string;
  /** Whose request_id it is (`key:<id>`, `user:<id>`, `system:<name>`): unique per scope, not globally. */
  requestScope: string;
  payloadHash: string;
  /** The payload as JSON text: verbatim as the caller sent it, when it came over HTTP. */
  payloadJson: string;
  jobId: string | null;
  candidateId: string | null;
  features: unknown;
  score: number;
  logit: number;
  band: string;
  response: object;
  modelVersion: string;
  embeddingModel: string;
  promptVersions: unknown;
  latencyMs: number;
  source: string;
  apiKeyId: string | null;
  userId: string | null;
  /** The compared vectors as little-endian float32 (lib/embeddings/vector.ts), for embedding drift. */
  candidateEmbedding: Uint8Array | null;
  jobEmbedding: Uint8Array | null;
  /** Only for backfills (the demo history): when the inference happened. Default: the time of the insert. */
  createdAt?: Date;
}

// Group commit. Scoring requests arriving together share one multi-row INSERT (one round trip, one
// commit) instead of one each: while a write is in flight, new rows queue for the next one. Every caller
// still waits until its own row is committed, so a 200 is never sent for a row that was not stored.
// Plain SQL, because Prisma's per-field serialisation of large JSON cost more than the score itself;
// ON CONFLICT makes the request_id check and the write one step.

const MAX_BATCH = 200;

// The type map must name every column written (TypeScript checks it against the model); `error` is only
// for refused calls (record-refusal.ts).
type InferenceColumns = Omit<Required<Prisma.InferenceCreateManyInput>, "error">;
const INFERENCE_COLUMNS = columnArrays<InferenceColumns>(
  {
    id: "text",
    requestId: "text",
    requestScope: "text",
    payloadHash: "text",
    payload: JSON_TEXT,
    jobId: "text",
    candidateId: "text",
    features: "jsonb",
    score: "float8",
    logit: "float8",
    band: "text",
    response: JSON_TEXT,
    modelVersion: "text",
    embeddingModel: "text",
    promptVersions: "jsonb",
    latencyMs: "integer",
    source: "text",
    apiKeyId: "text",
    userId: "text",
    candidateEmbedding: "bytea",
    jobEmbedding: "bytea",
    createdAt: "timestamp(3)",
  },
  { defaults: { createdAt: "CURRENT_TIMESTAMP" } },
);

// The same text for every batch: prepared once per connection.
const INSERT_INFERENCES: NamedStatement = {
  name: "insert-inferences",
  text: `${INFERENCE_COLUMNS.insertInto(`"Inference"`)}
    ON CONFLICT ("requestScope", "requestId") DO NOTHING
    RETURNING "id"`,
};

interface Pending {
  row: InferenceRow;
  settle: (inserted: boolean) => void;
  fail: (error: unknown) => void;
}

let queue: Pending[] = [];
let writing = false;

/** Stores an inference; false when its caller already used its request_id (then it replays or refuses). */
export function insertInference(row: InferenceRow): Promise<boolean> {
  return new Promise((settle, fail) => {
    queue.push({ row, settle, fail });
    if (!writing) void writeQueued();
  });
}

async function writeQueued(): Promise<void> {
  writing = true;
  while (queue.length > 0) {
    const batch = queue.slice(0, MAX_BATCH);
    queue = queue.slice(batch.length);
    try {
      const inserted = await insertBatch(batch.map((pending) => pending.row));
      for (const pending of batch) pending.settle(inserted.has(pending.row.id));
    } catch (error) {
      log.error("Writing inferences failed", { rows: batch.length, error });
      for (const pending of batch) pending.fail(error);
    }
  }
  writing = false;
}

async function insertBatch(rows: InferenceRow[]): Promise<Set<string>> {
  // Field by field: a leading `...row` takes V8's slow path for spreads, per row of every batch.
  const columns = rows.map((row): Record<keyof InferenceColumns, unknown> => ({
    id: row.id,
    requestId: row.requestId,
    requestScope: row.requestScope,
    payloadHash: row.payloadHash,
    payload: row.payloadJson,
    jobId: row.jobId,
    candidateId: row.candidateId,
    features: JSON.stringify(row.features),
    score: row.score,
    logit: row.logit,
    band: row.band,
    response: serialiseOnce(row.response), // kept with the object: the route sends this same text
    modelVersion: row.modelVersion,
    embeddingModel: row.embeddingModel,
    promptVersions: JSON.stringify(row.promptVersions),
    latencyMs: Math.round(row.latencyMs),
    source: row.source,
    apiKeyId: row.apiKeyId,
    userId: row.userId,
    candidateEmbedding: row.candidateEmbedding,
    jobEmbedding: row.jobEmbedding,
    createdAt: row.createdAt ?? null,
  }));
  const inserted = await dbDriver().query<{ id: string }>(INSERT_INFERENCES, INFERENCE_COLUMNS.parameters(columns));
  return new Set(inserted.map((row) => row.id));
}
