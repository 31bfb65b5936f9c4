import "server-only";
import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { Invalid, NotFound } from "@/lib/errors";
import type { OutcomeKind } from "@/lib/generated/prisma/enums";
import type { Band } from "@/lib/scoring";

export interface OutcomeInput {
  inferenceId: string;
  outcome?: OutcomeKind;
  bandOverride?: Band;
  reason?: string;
}

export const outcomeSelect = {
  id: true,
  inferenceId: true,
  kind: true,
  bandOverride: true,
  reason: true,
  createdAt: true,
  recordedBy: { select: { email: true } },
  apiKey: { select: { name: true } },
} as const;

/**
 * Records what happened to a scored candidate (from a recruiter or the ATS). A band override is kept
 * beside the model's score with its reason and author; the score itself is never changed.
 */
export async function recordOutcome({ ctx, input }: { ctx: Actor; input: OutcomeInput }) {
  const inference = await db.inference.findUnique({
    where: { id: input.inferenceId },
    select: { id: true, score: true },
  });
  if (!inference) throw new NotFound("Inference not found.");
  if (inference.score === null)
    throw new Invalid("This scoring call was refused, so there is no score to give feedback on.");
  return db.outcome.create({
    data: {
      inferenceId: inference.id,
      kind: input.outcome ?? null,
      bandOverride: input.bandOverride ?? null,
      reason: input.reason ?? null,
      recordedById: ctx.kind === "user" ? ctx.userId : null,
      apiKeyId: ctx.kind === "apiKey" ? ctx.apiKeyId : null,
    },
    select: outcomeSelect,
  });
}
