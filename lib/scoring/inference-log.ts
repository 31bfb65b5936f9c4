import "server-only";
import { dbDriver } from "@/lib/db";
import { log } from "@/lib/log";

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
  response: unknown;
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

const COLUMNS = 22;
const MAX_BATCH = 200;
const CASTS = [
  "",
  "",
  "",
  "",
  "::json",
  "",
  "",
  "::jsonb",
  "",
  "",
  "",
  "::json",
  "",
  "",
  "::jsonb",
  "",
  "",
  "",
  "",
  "",
  "",
  "::timestamp",
];
// Vectors travel as hex text decoded by the database: PGlite's own bytea serialiser formats byte by byte
// in JavaScript, which made the vectors the slowest part of a bulk insert.
const HEX_COLUMNS = new Set([19, 20]);

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
  const values = rows.map((_, row) => {
    const placeholders = CASTS.map((cast, column) => `$${row * COLUMNS + column + 1}${cast}`);
    for (const column of HEX_COLUMNS) placeholders[column] = `decode(${placeholders[column]}, 'hex')`;
    placeholders[COLUMNS - 1] = `COALESCE(${placeholders[COLUMNS - 1]}, CURRENT_TIMESTAMP)`;
    return `(${placeholders.join(", ")})`;
  });
  const params = rows.flatMap((row) => [
    row.id,
    row.requestId,
    row.requestScope,
    row.payloadHash,
    row.payloadJson,
    row.jobId,
    row.candidateId,
    JSON.stringify(row.features),
    row.score,
    row.logit,
    row.band,
    JSON.stringify(row.response),
    row.modelVersion,
    row.embeddingModel,
    JSON.stringify(row.promptVersions),
    Math.round(row.latencyMs),
    row.source,
    row.apiKeyId,
    row.userId,
    hex(row.candidateEmbedding),
    hex(row.jobEmbedding),
    // An ISO string in UTC: the column is a timestamp without time zone holding UTC, as Prisma writes it.
    row.createdAt?.toISOString() ?? null,
  ]);
  const inserted = await dbDriver().query<{ id: string }>(
    `INSERT INTO "Inference" ("id", "requestId", "requestScope", "payloadHash", "payload", "jobId", "candidateId", "features", "score",
       "logit", "band", "response", "modelVersion", "embeddingModel", "promptVersions", "latencyMs", "source", "apiKeyId", "userId",
       "candidateEmbedding", "jobEmbedding", "createdAt")
     VALUES ${values.join(", ")}
     ON CONFLICT ("requestScope", "requestId") DO NOTHING
     RETURNING "id"`,
    params,
  );
  return new Set(inserted.map((row) => row.id));
}

function hex(bytes: Uint8Array | null): string | null {
  return bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex") : null;
}
