import "server-only";
import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { Conflict, NotFound } from "@/lib/errors";
import { scoringModelDefinition, type ScoringModelDefinition } from "@/lib/vocabulary/scoring-model";
import { cachedActiveModel, sharedActiveModelRead } from "./active-model-cache";
import { DEFAULT_MODEL, DEFAULT_MODEL_FIT } from "./default-model";
import { fitNotes } from "./fit/notes";
import type { FitReport } from "./fit/report";
import type { ScoringModel } from "./model";
import { activateModelVersion } from "./model-activation";
import { summarySelect, toSummary, type ModelVersionSummary } from "./model-summary";

export type { ModelVersionSummary } from "./model-summary";

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
      notes: DEFAULT_MODEL_FIT
        ? `Default weights. ${fitNotes(DEFAULT_MODEL_FIT, { by: "npm run model:derive-default" })}`
        : "Default weights",
      fit: DEFAULT_MODEL_FIT ?? undefined,
    },
    update: {},
    select: { id: true },
  });
}

export async function activeModel({ now = Date.now() }: { now?: number } = {}): Promise<ScoringModel> {
  return cachedActiveModel(now) ?? sharedActiveModelRead(now, readActiveModel);
}

async function readActiveModel(): Promise<ScoringModel> {
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
  return toModel(row);
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

export async function listModelVersions(): Promise<ModelVersionSummary[]> {
  const rows = await db.scoringModelVersion.findMany({ select: summarySelect, orderBy: { createdAt: "desc" } });
  return rows.map(toSummary);
}

export async function getModelVersion({ input }: { input: { version: string } }): Promise<ModelVersionSummary> {
  const row = await db.scoringModelVersion.findUnique({ where: { version: input.version }, select: summarySelect });
  if (!row) throw new NotFound(`Model version ${input.version} does not exist.`);
  return toSummary(row);
}

/** Stores new weights as a new version (immutable); `activate` makes it the active model at once, audited. */
export async function createModelVersion({
  ctx,
  input,
}: {
  ctx: Actor;
  input: {
    version: string;
    definition: ScoringModelDefinition;
    notes?: string;
    /** How a fitted version measured (npm run model:fit). */
    fit?: FitReport;
    activate?: boolean;
  };
}): Promise<ModelVersionSummary> {
  const exists = await db.scoringModelVersion.findUnique({ where: { version: input.version }, select: { id: true } });
  if (exists) throw new Conflict(`Model version ${input.version} already exists; versions are immutable.`);
  const row = await db.scoringModelVersion.create({
    data: {
      version: input.version,
      definition: input.definition,
      notes: input.notes ?? "",
      fit: input.fit,
      createdById: ctx.kind === "user" ? ctx.userId : null,
    },
    select: summarySelect,
  });
  if (!input.activate) return toSummary(row);
  return (await activateModelVersion({ ctx, input: { version: input.version, note: "Activated on creation." } })).model;
}
