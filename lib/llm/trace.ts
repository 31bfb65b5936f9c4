import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { columnArrays, db, dbDriver, type NamedStatement } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import type { ErrorClass } from "./errors";
import type { ProviderName, TaskName } from "./types";

// Every provider call becomes a Generation row. Tracing is best effort: a failed write is logged and the
// call goes on, because a scoring request must not fail for want of a log line.

export interface GenerationTrace {
  provider: ProviderName;
  model: string;
  task: TaskName | "embed" | null;
  promptName: string | null;
  promptVersionNumber: number | null;
  promptVersionId: string | null;
  inferenceId: string | null;
  /**
   * The scoring request this call served, by the id its inference will be stored under (it is not stored
   * yet while the call runs, so the row is linked afterwards): Langfuse shows the call beneath it.
   */
  traceId: string | null;
  /** The prompt-comparison item this call served; null for production calls. */
  comparisonItemId: string | null;
  status: "success" | "error";
  errorClass: ErrorClass | null;
  /** 1 for the first call to this provider within a request, 2 for its first retry, … */
  attempt: number;
  /** The provider tried just before this one in the same request, when this one is a fallback. */
  fallbackFrom: ProviderName | null;
  inputTokens: number;
  outputTokens: number;
  cachedTokens: number;
  costUsd: number;
  latencyMs: number;
  createdAt: Date;
}

/** One scoring request, the parent of the calls made for it (whose traceId is its inference id). */
export interface InferenceTrace {
  inferenceId: string;
  requestId: string;
  source: string;
  /** `scored`; `replay` when the request id was answered before; `error` when scoring failed. */
  outcome: "scored" | "replay" | "error";
  score: number | null;
  band: string | null;
  startedAt: Date;
  endedAt: Date;
}

export interface Tracer {
  /** Stores the trace and returns its id, or null when it could not be stored. Never throws. */
  record(trace: GenerationTrace): Promise<string | null>;
  /** Exports a scoring request as the parent of its calls (the inference row itself is the stored record). */
  traceInference?(inference: InferenceTrace): void;
  /** Sends what is queued for export; never throws. */
  flush?(): Promise<void>;
}

const rowOf = ({ traceId: _exportedOnly, ...trace }: GenerationTrace) => ({
  ...trace,
  latencyMs: Math.round(trace.latencyMs),
});

async function insert(trace: GenerationTrace, id?: string): Promise<string> {
  const row = await db.generation.create({ data: { ...rowOf(trace), id }, select: { id: true } });
  return row.id;
}

async function insertOrLog(trace: GenerationTrace, id?: string): Promise<string | null> {
  try {
    return await insert(trace, id);
  } catch (error) {
    // An inference id that does not (yet) exist must not cost the trace: keep it without the link.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003" && trace.inferenceId) {
      log.warn("Generation traced without its inference: the inference id is unknown", { provider: trace.provider });
      return insertOrLog({ ...trace, inferenceId: null }, id);
    }
    log.error("Could not record a generation", {
      provider: trace.provider,
      status: trace.status,
      error: error instanceof Error ? error.name : "unknown",
    });
    return null;
  }
}

type HeldTrace = { id: string; trace: GenerationTrace };

// Held traces are written with one `INSERT … SELECT FROM unnest(…)` (lib/db/column-arrays.ts): Prisma's
// createMany spent about half a millisecond of CPU a row compiling its query (a sync batch writes a row
// per résumé). The type map must name every column (TypeScript checks it against the model).
const GENERATION_COLUMNS = columnArrays<Prisma.GenerationCreateManyInput>({
  id: "text",
  provider: "text",
  model: "text",
  task: "text",
  promptName: "text",
  promptVersionNumber: "integer",
  promptVersionId: "text",
  inferenceId: "text",
  comparisonItemId: "text",
  status: "text",
  errorClass: "text",
  attempt: "integer",
  fallbackFrom: "text",
  inputTokens: "integer",
  outputTokens: "integer",
  cachedTokens: "integer",
  costUsd: "double precision",
  latencyMs: "integer",
  createdAt: "timestamp(3)",
});
const INSERT_GENERATIONS: NamedStatement = {
  name: "insert-generations",
  text: GENERATION_COLUMNS.insertInto(`"Generation"`),
};

async function insertHeld(rows: readonly HeldTrace[]): Promise<void> {
  const values = rows.map(({ id, trace }) => ({ ...rowOf(trace), id }));
  await dbDriver().query(INSERT_GENERATIONS, GENERATION_COLUMNS.parameters(values));
}

/** The traces held back by the innermost withTracesInOneWrite, if any. */
const heldTraces = new AsyncLocalStorage<HeldTrace[]>();
const ROWS_PER_INSERT = 1_000;

/**
 * Runs `work` with the calls it makes traced in one multi-row insert when it ends (thrown or not), each
 * row with the id record() answered. Reading a sync batch's hundreds of résumés otherwise writes a row per
 * résumé, one round trip each. Only for work that uses no generation id before it ends.
 */
export async function withTracesInOneWrite<T>(work: () => Promise<T>): Promise<T> {
  const held: HeldTrace[] = [];
  try {
    return await heldTraces.run(held, work);
  } finally {
    for (let start = 0; start < held.length; start += ROWS_PER_INSERT) {
      const rows = held.slice(start, start + ROWS_PER_INSERT);
      try {
        await insertHeld(rows);
      } catch {
        // One bad row (an unknown inference id) must not cost the others: each is stored on its own.
        for (const { id, trace } of rows) await insertOrLog(trace, id);
      }
    }
  }
}

export const databaseTracer: Tracer = {
  async record(trace) {
    const held = heldTraces.getStore();
    if (!held) return insertOrLog(trace);
    const id = randomUUID();
    held.push({ id, trace });
    return id;
  },
};

/** Keeps traces in memory: tests and benchmarks that do not want a database. */
export function memoryTracer(): Tracer & { traces: GenerationTrace[] } {
  const traces: GenerationTrace[] = [];
  return {
    traces,
    async record(trace) {
      traces.push(trace);
      return `mem-${traces.length}`;
    },
  };
}

/** Links the generations that served a scoring call to its inference, once the inference is stored. */
export async function linkGenerationsToInference({
  generationIds,
  inferenceId,
}: {
  generationIds: string[];
  inferenceId: string;
}): Promise<void> {
  if (generationIds.length === 0) return;
  await db.generation.updateMany({ where: { id: { in: generationIds } }, data: { inferenceId } });
}
