import { z } from "zod";

// The answer to a score request: what the API returns and what an inference stores for byte-identical
// replays. Shared by scoring (which builds it), the API contracts and the score page.

export const bandSchema = z.enum(["strong", "possible", "weak"]);

export const contributionJson = z.object({
  signal: z.string(),
  value: z.union([z.number(), z.string(), z.null()]),
  weight: z.number(),
  contribution: z.number(),
  /** The contribution in words ("3 of 5 required skills met"); answers before December 2026 lack it. */
  description: z.string().optional(),
});

export const reasonJson = z.object({
  signal: z.string(),
  text: z.string(),
  direction: z.enum(["up", "down"]),
});

/** Something in the input that was set aside before scoring (hidden or injected text, keyword lists…). */
export const scoringWarningJson = z.object({
  code: z.string(),
  message: z.string(),
  excerpt: z.string().optional(),
});

/** A signal the score went without, and why: the explanation says so instead of scoring it as unknown silently. */
export const unavailableSignalJson = z.object({
  signal: z.string(),
  reason: z.enum(["no_resume_text", "embedding_failed", "stale_candidate_vector", "no_candidate_vector"]),
  /** One sentence for people, e.g. "candidate vector out of date (m1), re-embedding in progress". */
  detail: z.string(),
});
export type UnavailableSignal = z.infer<typeof unavailableSignalJson>;

export const scoreResult = z.object({
  request_id: z.string(),
  inference_id: z.string(),
  replay: z.boolean(),
  score: z.number().min(0).max(100),
  band: bandSchema,
  logit: z.number(),
  baseline: z.number(),
  contributions: z.array(contributionJson),
  /** The (at most three) contributions that moved the score most, in words. */
  reasons: z.array(reasonJson).optional(),
  warnings: z.array(scoringWarningJson).optional(),
  matched_skills: z.array(z.string()),
  missing_skills: z.array(z.string()),
  features: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  model_version: z.string(),
  embedding_model: z.string(),
  prompt_versions: z.array(z.object({ name: z.string(), version: z.number().int() })),
  enrichment: z.object({ provider: z.string().nullable(), derived: z.array(z.string()) }),
  /** Absent from answers stored before it existed (replays answer byte for byte). */
  unavailable_signals: z.array(unavailableSignalJson).optional(),
  latency_ms: z.number(),
});
export type ScoreResult = z.infer<typeof scoreResult>;

export const batchItemResult = z.discriminatedUnion("ok", [
  z.object({ index: z.number().int(), ok: z.literal(true), status: z.number().int(), result: scoreResult }),
  z.object({
    index: z.number().int(),
    ok: z.literal(false),
    status: z.number().int(),
    request_id: z.string().nullable(),
    problem: z.object({
      title: z.string(),
      detail: z.string(),
      errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  }),
]);
