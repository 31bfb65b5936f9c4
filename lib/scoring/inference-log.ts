import "server-only";
import { dbDriver } from "@/lib/db";
import { log } from "@/lib/log";
import { boundedMemo } from "@/lib/util/bounded-memo";
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
const VECTOR_COLUMNS = new Set([19, 20]);
const CREATED_AT = COLUMNS - 1;

// Vectors travel as bytes to PostgreSQL (a binary parameter) and as hex text decoded by the database to
// PGlite, whose own bytea serialiser formats byte by byte in JavaScript (the slowest part of a bulk insert).
type VectorParameter = (bytes: Uint8Array | null) => Buffer | string | null;
const asBytes: VectorParameter = (bytes) =>
  bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : null;
const asHex: VectorParameter = (bytes) => asBytes(bytes)?.toString("hex") ?? null;

/** The INSERT of `rows` rows: the same for every batch of that size, so built once per size that recurs. */
const insertStatement = boundedMemo(
  64,
  ({ rows, hexVectors }: { rows: number; hexVectors: boolean }) => {
    const values = Array.from({ length: rows }, (_, row) => {
      const placeholders = CASTS.map((cast, column) => `$${row * COLUMNS + column + 1}${cast}`);
      if (hexVectors)
        for (const column of VECTOR_COLUMNS) placeholders[column] = `decode(${placeholders[column]}, 'hex')`;
      placeholders[CREATED_AT] = `COALESCE(${placeholders[CREATED_AT]}, CURRENT_TIMESTAMP)`;
      return `(${placeholders.join(", ")})`;
    });
    return `INSERT INTO "Inference" ("id", "requestId", "requestScope", "payloadHash", "payload", "jobId", "candidateId", "features", "score",
       "logit", "band", "response", "modelVersion", "embeddingModel", "promptVersions", "latencyMs", "source", "apiKeyId", "userId",
       "candidateEmbedding", "jobEmbedding", "createdAt")
     VALUES ${values.join(", ")}
     ON CONFLICT ("requestScope", "requestId") DO NOTHING
     RETURNING "id"`;
  },
  ({ rows, hexVectors }) => `${rows}:${hexVectors}`,
);

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
  const driver = dbDriver();
  const hexVectors = driver.target.kind === "pglite";
  const vector = hexVectors ? asHex : asBytes;
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
    serialiseOnce(row.response), // kept with the object: the route sends this same text
    row.modelVersion,
    row.embeddingModel,
    JSON.stringify(row.promptVersions),
    Math.round(row.latencyMs),
    row.source,
    row.apiKeyId,
    row.userId,
    vector(row.candidateEmbedding),
    vector(row.jobEmbedding),
    // An ISO string in UTC: the column is a timestamp without time zone holding UTC, as Prisma writes it.
    row.createdAt?.toISOString() ?? null,
  ]);
  const inserted = await driver.query<{ id: string }>(insertStatement({ rows: rows.length, hexVectors }), params);
  return new Set(inserted.map((row) => row.id));
}
