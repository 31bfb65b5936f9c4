import "server-only";
import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { Conflict, NotFound } from "@/lib/errors";
import { DEFAULT_MODEL } from "./default-model";
import type { ScoringModel } from "./model";
import { scoringModelDefinition, type ScoringModelDefinition } from "@/lib/vocabulary/scoring-model";

// The active model is read from the database and kept for a few seconds per process: every instance
// picks up a newly activated version within CACHE_MS, and rankings are keyed by the version they used.
const CACHE_MS = 5_000;

let cached: { model: ScoringModel; at: number } | null = null;

function toModel(row: { version: string; definition: unknown }): ScoringModel {
  return { version: row.version, ...scoringModelDefinition.parse(row.definition) };
}

/** Stores the default model as the active one when no model exists yet (first start, fresh test database). */
export async function ensureDefaultModel(): Promise<void> {
  const { version, ...definition } = DEFAULT_MODEL;
  await db.scoringModelVersion.upsert({
    where: { version },
    create: {
      version,
      definition,
      active: (await db.scoringModelVersion.count({ where: { active: true } })) === 0,
      notes: "Default weights",
    },
    update: {},
    select: { id: true },
  });
}

export async function activeModel({ now = Date.now() }: { now?: number } = {}): Promise<ScoringModel> {
  if (cached && now - cached.at < CACHE_MS) return cached.model;
  let row = await db.scoringModelVersion.findFirst({
    where: { active: true },
    select: { version: true, definition: true },
  });
  if (!row) {
    await ensureDefaultModel();
    row = await db.scoringModelVersion.findFirstOrThrow({
      where: { active: true },
      select: { version: true, definition: true },
    });
  }
  cached = { model: toModel(row), at: now };
  return cached.model;
}

/** A stored model version, active or not (to preview its rankings before activating it). */
export async function modelVersion(version: string): Promise<ScoringModel> {
  const row = await db.scoringModelVersion.findUnique({
    where: { version },
    select: { version: true, definition: true },
  });
  if (!row) throw new NotFound(`Model version ${version} does not exist.`);
  return toModel(row);
}

export interface ModelVersionSummary {
  version: string;
  active: boolean;
  notes: string;
  createdAt: Date;
  definition: ScoringModelDefinition;
}

const summarySelect = { version: true, active: true, notes: true, createdAt: true, definition: true } as const;

export async function listModelVersions(): Promise<ModelVersionSummary[]> {
  const rows = await db.scoringModelVersion.findMany({ select: summarySelect, orderBy: { createdAt: "desc" } });
  return rows.map((row) => ({ ...row, definition: scoringModelDefinition.parse(row.definition) }));
}

/** Stores new weights as a new version; optionally makes it the active model at once. */
export async function createModelVersion({
  ctx,
  input,
}: {
  ctx: Actor;
  input: { version: string; definition: ScoringModelDefinition; notes?: string; activate?: boolean };
}): Promise<ModelVersionSummary> {
  const exists = await db.scoringModelVersion.findUnique({ where: { version: input.version }, select: { id: true } });
  if (exists) throw new Conflict(`Model version ${input.version} already exists; versions are immutable.`);
  const row = await db.scoringModelVersion.create({
    data: {
      version: input.version,
      definition: input.definition,
      notes: input.notes ?? "",
      createdById: ctx.kind === "user" ? ctx.userId : null,
    },
    select: summarySelect,
  });
  if (input.activate) return activateModelVersion({ input: { version: input.version } });
  return { ...row, definition: input.definition };
}

export async function activateModelVersion({ input }: { input: { version: string } }): Promise<ModelVersionSummary> {
  const row = await db.$transaction(async (tx) => {
    const target = await tx.scoringModelVersion.findUnique({ where: { version: input.version }, select: { id: true } });
    if (!target) throw new NotFound(`Model version ${input.version} does not exist.`);
    await tx.scoringModelVersion.updateMany({ where: { active: true }, data: { active: false } });
    return tx.scoringModelVersion.update({ where: { id: target.id }, data: { active: true }, select: summarySelect });
  });
  cached = null;
  return { ...row, definition: scoringModelDefinition.parse(row.definition) };
}
