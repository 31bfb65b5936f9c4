import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { ScoreResult } from "@/lib/contracts/scoring";
import type { ScorePayload } from "@/lib/contracts/score-payload";
import { db } from "@/lib/db";
import { Conflict } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { computeFeatures } from "./features";
import { applyModel } from "./model/model";
import { activeModel } from "./model/model-store";
import { payloadHash } from "./payload-hash";
import { preparePayload } from "./prepare-payload";

export type InferenceSource = "api_v2" | "api_v1" | "batch" | "ui";

export interface ScoreInput {
  payload: ScorePayload;
  source: InferenceSource;
  /** Stored records the payload was built from (v1 and the app); links the inference to their history. */
  jobId?: string;
  candidateId?: string;
  /** False when the payload was built from stored records, which already hold everything derivable. */
  deriveMissing?: boolean;
}

/**
 * Scores a payload and logs the inference. `request_id` is an idempotency key: the same id with the same
 * payload returns the stored result (marked as a replay); with a different payload it is a conflict.
 */
export async function scoreCandidate({ ctx, input }: { ctx: Actor; input: ScoreInput }): Promise<ScoreResult> {
  const started = performance.now();
  const { payload } = input;
  const hash = payloadHash(payload);
  const earlier = await replayOf(payload.request_id, hash);
  if (earlier) return earlier;

  const prepared = await preparePayload({ ctx, payload, deriveMissing: input.deriveMissing });
  const model = await activeModel();
  const { features, matchedSkills, missingSkills } = computeFeatures(prepared.candidate, prepared.job);
  const output = applyModel(model, features);
  const promptVersions = prepared.enrichment?.prompt ? [prepared.enrichment.prompt] : [];
  const latencyMs = Math.round((performance.now() - started) * 100) / 100;
  const inferenceId = crypto.randomUUID();
  const result: ScoreResult = {
    request_id: payload.request_id,
    inference_id: inferenceId,
    replay: false,
    score: output.score,
    band: output.band,
    logit: output.logit,
    baseline: output.baseline,
    contributions: output.contributions,
    matched_skills: matchedSkills,
    missing_skills: missingSkills,
    features,
    model_version: model.version,
    embedding_model: prepared.embeddingModel,
    prompt_versions: promptVersions,
    enrichment: { provider: prepared.enrichment?.provider ?? null, derived: prepared.derived },
    latency_ms: latencyMs,
  };

  try {
    await db.inference.create({
      data: {
        id: inferenceId,
        requestId: payload.request_id,
        payloadHash: hash,
        payload,
        jobId: input.jobId,
        candidateId: input.candidateId,
        features,
        score: output.score,
        logit: output.logit,
        band: output.band,
        response: result,
        modelVersion: model.version,
        embeddingModel: prepared.embeddingModel,
        promptVersions,
        latencyMs: Math.round(latencyMs),
        source: input.source,
        ...callerColumns(ctx),
      },
      select: { id: true },
    });
  } catch (error) {
    // Two requests with one request_id raced: the first one stored wins, the other replays or conflicts.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await replayOf(payload.request_id, hash);
      if (winner) return winner;
    }
    throw error;
  }
  return result;
}

async function replayOf(requestId: string, hash: string): Promise<ScoreResult | null> {
  const stored = await db.inference.findUnique({ where: { requestId }, select: { payloadHash: true, response: true } });
  if (!stored) return null;
  if (stored.payloadHash !== hash) {
    throw new Conflict(`request_id ${requestId} was already used with a different payload.`, { request_id: requestId });
  }
  return { ...(stored.response as ScoreResult), replay: true };
}

/** Who asked, for the inference log. */
export function callerColumns(ctx: Actor): { apiKeyId: string | null; userId: string | null } {
  return {
    apiKeyId: ctx.kind === "apiKey" ? ctx.apiKeyId : null,
    userId: ctx.kind === "user" ? ctx.userId : null,
  };
}
