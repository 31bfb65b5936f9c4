import "server-only";
import { actorName, actorUserId, type Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { Conflict, NotFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { forgetActiveModel } from "./active-model-cache";
import { summarySelect, toSummary, type ModelVersionSummary } from "./model-summary";

// Making a version the active model, and the audit trail of every such change: who, when, from which
// version to which, and why. Activations take turns (a transaction-scoped advisory lock), so the trail
// always chains; `expectedActive` turns an activation decided on stale information into a 409.

const ACTIVATION_LOCK = 7_311_001;

export interface ModelActivation {
  id: string;
  version: string;
  previous: string | null;
  activatedBy: string;
  note: string;
  createdAt: Date;
}

const activationSelect = {
  id: true,
  version: true,
  previous: true,
  activatedBy: true,
  note: true,
  createdAt: true,
} as const;

export async function activateModelVersion({
  ctx,
  input,
}: {
  ctx: Actor;
  input: { version: string; note?: string; expectedActive?: string | null };
}): Promise<{ model: ModelVersionSummary; activation: ModelActivation | null }> {
  const result = await db.$transaction(async (tx) => {
    await tx.$queryRaw(
      Prisma.sql`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(${Prisma.raw(String(ACTIVATION_LOCK))})) AS l`,
    );
    const target = await tx.scoringModelVersion.findUnique({ where: { version: input.version }, select: { id: true } });
    if (!target) throw new NotFound(`Model version ${input.version} does not exist.`);
    const current = await tx.scoringModelVersion.findFirst({ where: { active: true }, select: { version: true } });
    const previous = current?.version ?? null;
    if (input.expectedActive !== undefined && input.expectedActive !== previous) {
      throw new Conflict(
        `The active model is now ${previous ?? "none"}, not ${input.expectedActive ?? "none"}: reload and try again.`,
      );
    }
    if (previous === input.version) {
      const model = await tx.scoringModelVersion.findUniqueOrThrow({ where: { id: target.id }, select: summarySelect });
      return { model, activation: null };
    }
    await tx.scoringModelVersion.updateMany({ where: { active: true }, data: { active: false } });
    const model = await tx.scoringModelVersion.update({
      where: { id: target.id },
      data: { active: true },
      select: summarySelect,
    });
    const activation = await tx.scoringModelActivation.create({
      data: {
        version: input.version,
        previous,
        activatedById: actorUserId(ctx),
        activatedBy: actorName(ctx),
        note: input.note ?? "",
      },
      select: activationSelect,
    });
    return { model, activation };
  });
  forgetActiveModel();
  return { model: toSummary(result.model), activation: result.activation };
}

/** The audit trail, newest first. */
export async function listModelActivations({ input }: { input: { limit: number } }): Promise<ModelActivation[]> {
  return db.scoringModelActivation.findMany({
    select: activationSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit,
  });
}
