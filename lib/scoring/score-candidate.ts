import "server-only";
import { type Actor, callerKey } from "@/lib/auth";
import type { ScoreResult } from "@/lib/vocabulary/score-response";
import type { ScorePayload } from "@/lib/vocabulary/score-payload";
import { db } from "@/lib/db";
import { encodeVector } from "@/lib/embeddings";
import { Conflict } from "@/lib/errors";
import { linkGenerationsToInference, traceInference } from "@/lib/llm";
import { log } from "@/lib/log";
import { computeFeatures } from "./features";
import { insertInference } from "./inference-log";
import { lexicalCorpus } from "./lexical-corpus";
import { applyModel } from "./model/model";
import { activeModel } from "./model/model-store";
import { payloadSnapshot } from "./payload-hash";
import { preparePayload } from "./prepare-payload";
import type { Embedding } from "./prepared";
import { inferenceRowOf, scoreResultOf } from "./score-result";
import { unavailableSignals } from "./vector-gaps";

export type InferenceSource = "api_v2" | "api_v1" | "batch" | "ui";

export interface ScoreInput {
  payload: ScorePayload;
  source: InferenceSource;
  /** Stored records the payload was built from (v1 and the app); links the inference to their history. */
  jobId?: string;
  candidateId?: string;
  /** False when the payload was built from stored records, which already hold everything derivable. */
  deriveMissing?: boolean;
  /** For a payload built from a stored candidate: the model of its stored vector (null: it has none). */
  storedCandidateVectorModel?: string | null;
}

/**
 * Scores a payload and logs the inference. `request_id` is the caller's idempotency key: the same caller
 * sending the same id with the same payload gets the stored result (marked as a replay); with a different
 * payload, a conflict. Another caller's ids are invisible: each caller has a scope of its own.
 * The inference id is chosen first, so every LLM and embedding call made for it is traced under it.
 */
export async function scoreCandidate({ ctx, input }: { ctx: Actor; input: ScoreInput }): Promise<ScoreResult> {
  const inferenceId = crypto.randomUUID();
  const startedAt = new Date();
  let result: ScoreResult | null = null;
  try {
    result = await scoreAs(inferenceId, { ctx, input });
    return result;
  } finally {
    traceInference({
      inferenceId,
      requestId: input.payload.request_id,
      source: input.source,
      outcome: !result ? "error" : result.replay ? "replay" : "scored",
      score: result?.score ?? null,
      band: result?.band ?? null,
      startedAt,
      endedAt: new Date(),
    });
  }
}

async function scoreAs(inferenceId: string, { ctx, input }: { ctx: Actor; input: ScoreInput }): Promise<ScoreResult> {
  const started = performance.now();
  const { payload } = input;
  // One canonical serialisation is both the snapshot stored with the inference and its idempotency digest;
  // the vectors themselves are stored once, as bytes (candidateEmbedding, jobEmbedding).
  const snapshot = payloadSnapshot(payload);
  const hash = snapshot.hash;
  const requestScope = callerKey(ctx);
  const prepared = await preparePayload({
    ctx,
    payload,
    deriveMissing: input.deriveMissing,
    traceId: inferenceId,
    storedCandidateVectorModel: input.storedCandidateVectorModel,
  });
  const model = await activeModel();
  const corpus = await lexicalCorpus(prepared.job.query.keys());
  const computed = computeFeatures(prepared.candidate, prepared.job, corpus);
  const result = scoreResultOf({
    requestId: payload.request_id,
    inferenceId,
    computed,
    output: applyModel(model, computed.features),
    warnings: [...prepared.warnings, ...computed.warnings],
    modelVersion: model.version,
    embeddingModel: prepared.embeddingModel,
    promptVersions: prepared.enrichment?.prompt ? [prepared.enrichment.prompt] : [],
    enrichment: { provider: prepared.enrichment?.provider ?? null, derived: prepared.derived },
    unavailableSignals: await unavailableSignals(prepared.vectorGaps, prepared.embeddingModel),
    latencyMs: Math.round((performance.now() - started) * 100) / 100,
  });
  const inserted = await insertInference(
    inferenceRowOf(result, {
      requestScope,
      payloadHash: hash,
      payloadJson: snapshot.text,
      jobId: input.jobId ?? null,
      candidateId: input.candidateId ?? null,
      source: input.source,
      ...callerColumns(ctx),
      candidateEmbedding: vectorBytes(prepared.candidate.embedding),
      jobEmbedding: vectorBytes(prepared.job.embedding),
    }),
  );
  if (inserted) {
    await linkTracedCalls(prepared.generationIds, inferenceId);
    return result;
  }
  // The request_id was used before (a retry, or a concurrent duplicate): replay it, or refuse a new payload.
  const earlier = await replayOf(requestScope, payload.request_id, hash);
  if (!earlier) throw new Error(`request_id ${payload.request_id} conflicted but no stored inference was found.`);
  return earlier;
}

async function replayOf(requestScope: string, requestId: string, hash: string): Promise<ScoreResult | null> {
  const stored = await db.inference.findUnique({
    where: { requestScope_requestId: { requestScope, requestId } },
    select: { payloadHash: true, response: true },
  });
  if (!stored) return null;
  if (stored.payloadHash !== hash) {
    throw new Conflict(`request_id ${requestId} was already used with a different payload.`, { request_id: requestId });
  }
  return { ...(JSON.parse(stored.response ?? "null") as ScoreResult), replay: true };
}

// The score is committed: from here the request has succeeded and says so. Linking the LLM calls that
// enriched it is bookkeeping; should it fail (a connection lost), the calls stay traced, only unlinked.
async function linkTracedCalls(generationIds: string[], inferenceId: string): Promise<void> {
  await linkGenerationsToInference({ generationIds, inferenceId }).catch((error: unknown) =>
    log.warn("Linking LLM calls to a stored score failed; the score stands", { inferenceId, error }),
  );
}

/** A compared vector as stored bytes; vectors of another model than the comparison's are not compared, so not kept. */
function vectorBytes(embedding: Embedding | null): Uint8Array | null {
  return embedding ? encodeVector(embedding.vector) : null;
}

/** Who asked, for the inference log. */
export function callerColumns(ctx: Actor): { apiKeyId: string | null; userId: string | null } {
  return {
    apiKeyId: ctx.kind === "apiKey" ? ctx.apiKeyId : null,
    userId: ctx.kind === "user" ? ctx.userId : null,
  };
}
