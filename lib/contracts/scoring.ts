import { z } from "zod";
import { defineContract } from "@/lib/http/contract";
import { idParams } from "./common";
import { requestIdSchema, scorePayload } from "@/lib/vocabulary/score-payload";
import { bandSchema, batchItemResult, scoreResult } from "@/lib/vocabulary/score-response";

export const scoreV2 = defineContract({
  method: "POST",
  path: "/api/v2/score",
  summary: "Score a candidate against a job from an immutable payload (idempotent on request_id)",
  tags: ["scoring"],
  auth: { session: "any", apiKey: "scoring" },
  body: scorePayload,
  response: scoreResult,
});

export const MAX_BATCH_ITEMS = 500;
export const BATCH_BODY_BYTES = 24 * 1024 * 1024;

export const batchBody = z
  .object({
    items: z
      .array(z.unknown())
      .min(1, "send at least one payload")
      .max(MAX_BATCH_ITEMS, `at most ${MAX_BATCH_ITEMS} payloads`),
  })
  .strict();

export const scoreBatch = defineContract({
  method: "POST",
  path: "/api/v2/score/batch",
  summary: `Score up to ${MAX_BATCH_ITEMS} payloads; each item succeeds or fails on its own`,
  tags: ["scoring"],
  auth: { session: "any", apiKey: "scoring" },
  body: batchBody,
  maxBodyBytes: BATCH_BODY_BYTES,
  response: z.object({ succeeded: z.number().int(), failed: z.number().int(), results: z.array(batchItemResult) }),
});

export const scoreV1 = defineContract({
  method: "POST",
  path: "/api/v1/score",
  summary: "Score a stored candidate against a stored job (legacy; the ids are looked up, never used as features)",
  tags: ["scoring"],
  auth: { session: "any", apiKey: "scoring" },
  body: z
    .object({
      job_id: z.string().min(1).max(64),
      candidate_id: z.string().min(1).max(64),
      request_id: requestIdSchema.optional(),
    })
    .strict(),
  response: scoreResult,
});

export const outcomeKind = z.enum(["advanced", "interviewed", "hired", "rejected", "withdrawn"]);

export const outcomeBody = z
  .object({
    outcome: outcomeKind.optional(),
    band_override: bandSchema.optional(),
    reason: z.string().trim().max(1000).optional(),
  })
  .strict()
  .refine((body) => body.outcome || body.band_override, { message: "Choose an outcome, a band override, or both." })
  .refine((body) => !body.band_override || body.reason, {
    message: "a band override needs a reason",
    path: ["reason"],
  });

export const outcomeJson = z.object({
  id: z.string(),
  inference_id: z.string(),
  outcome: outcomeKind.nullable(),
  band_override: bandSchema.nullable(),
  reason: z.string().nullable(),
  recorded_by: z.string().nullable(),
  created_at: z.iso.datetime({ offset: true }),
});

export const recordOutcome = defineContract({
  method: "POST",
  path: "/api/inferences/{id}/outcome",
  summary: "Record what happened to a scored candidate, or override the band with a reason (the score stays)",
  tags: ["scoring"],
  auth: { session: "any", apiKey: "outcomes" },
  params: idParams,
  body: outcomeBody,
  response: outcomeJson,
  successStatus: 201,
});

export function presentOutcome(outcome: {
  id: string;
  inferenceId: string;
  kind: z.infer<typeof outcomeKind> | null;
  bandOverride: string | null;
  reason: string | null;
  createdAt: Date;
  recordedBy: { email: string } | null;
  apiKey: { name: string } | null;
}): z.infer<typeof outcomeJson> {
  return {
    id: outcome.id,
    inference_id: outcome.inferenceId,
    outcome: outcome.kind,
    band_override: bandSchema.nullable().parse(outcome.bandOverride),
    reason: outcome.reason,
    recorded_by: outcome.recordedBy?.email ?? (outcome.apiKey ? `API key: ${outcome.apiKey.name}` : null),
    created_at: outcome.createdAt.toISOString(),
  };
}

export const getInferenceExplanation = defineContract({
  method: "GET",
  path: "/api/inferences/{id}/explanation",
  summary: "A stored score's explanation as it was answered: every signal in words, model and prompt versions",
  tags: ["scoring"],
  auth: { session: "any", apiKey: "scoring" },
  params: idParams,
  response: scoreResult,
});
