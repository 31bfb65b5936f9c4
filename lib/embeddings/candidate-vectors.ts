import "server-only";
import { db, dbDriver } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmbeddingProvider } from "./provider";

// Which stored candidates need a vector from the configured model: those whose vector comes from another
// model. (A candidate without any vector — no résumé, or the server was down when it was saved — is left
// as it is, as before a model change.) The EmbeddingRefresh row of the model reports the re-embedding.

export type RefreshStatus = "running" | "waiting" | "done";

export interface RefreshProgress {
  status: RefreshStatus;
  done: number;
  failed: number;
  lastError: string | null;
  runBy: string;
  startedAt: Date;
  heartbeatAt: Date;
  finishedAt: Date | null;
}

export interface CandidateVectorStatus {
  provider: EmbeddingProvider["name"];
  model: string;
  dimensions: number;
  /** Candidates with résumé text, how many have a vector from this model, and how many one from another. */
  withText: number;
  current: number;
  stale: number;
  /** Texts a minute the re-embedding may send (EMBEDDING_REFRESH_PER_MINUTE; unpaced for the built-in model). */
  perMinute: number | null;
  refresh: RefreshProgress | null;
}

/**
 * A stored vector of a text no longer embedded (reading versions 8 and 9 left a résumé's skill lists and
 * claims out of what is embedded) is marked as another model's: scoring then leaves it aside and says so, and the refresh replaces it.
 */
export function outdatedVectorModel(model: string): string {
  return `${model} (older text)`;
}

export function staleCandidates(model: string): Prisma.CandidateWhereInput {
  return { resumeText: { not: "" }, AND: [{ embeddingModel: { not: null } }, { embeddingModel: { not: model } }] };
}

export function countStaleCandidates(model: string): Promise<number> {
  return db.candidate.count({ where: staleCandidates(model) });
}

const progressSelect = {
  status: true,
  done: true,
  failed: true,
  lastError: true,
  runBy: true,
  startedAt: true,
  heartbeatAt: true,
  finishedAt: true,
} satisfies Prisma.EmbeddingRefreshSelect;

/** The re-embedding towards `model`, or null when none ever ran. */
export async function refreshProgress(model: string): Promise<RefreshProgress | null> {
  const row = await db.embeddingRefresh.findUnique({ where: { model }, select: progressSelect });
  return row ? { ...row, status: row.status as RefreshStatus } : null;
}

export async function candidateVectorStatus(provider: EmbeddingProvider): Promise<CandidateVectorStatus> {
  const [counts] = await dbDriver().query<{
    withText: number | string;
    current: number | string;
    stale: number | string;
  }>(
    `SELECT count(*) AS "withText", count(*) FILTER (WHERE "embeddingModel" = $1) AS "current",
            count(*) FILTER (WHERE "embeddingModel" <> $1) AS "stale"
       FROM "Candidate" WHERE "resumeText" <> ''`,
    [provider.model],
  );
  return {
    provider: provider.name,
    model: provider.model,
    dimensions: provider.dimensions,
    withText: Number(counts?.withText ?? 0),
    current: Number(counts?.current ?? 0),
    stale: Number(counts?.stale ?? 0),
    perMinute: provider.name === "builtin" ? null : env().EMBEDDING_REFRESH_PER_MINUTE,
    refresh: await refreshProgress(provider.model),
  };
}
