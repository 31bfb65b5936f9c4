import { z } from "zod";
import { defineContract } from "@/lib/http/contract";
import type { CandidateVectorStatus } from "@/lib/embeddings";
import { isoDateTime } from "./common";

// The embedding model and the stored candidates' vectors: how many are current, and the background
// re-embedding that brings the rest up to date after a model change.

export const embeddingStatusJson = z.object({
  provider: z.enum(["builtin", "ollama", "openai"]),
  model: z.string(),
  dimensions: z.number().int(),
  candidates_with_text: z.number().int().min(0),
  candidates_current: z.number().int().min(0),
  /** With a vector from another model or older text: re-embedding owes them one. The rest of candidates_with_text have none. */
  candidates_stale: z.number().int().min(0),
  per_minute: z.number().int().nullable(),
  refresh: z
    .object({
      status: z.enum(["running", "waiting", "done"]),
      done: z.number().int().min(0),
      failed: z.number().int().min(0),
      last_error: z.string().nullable(),
      run_by: z.string(),
      started_at: isoDateTime,
      heartbeat_at: isoDateTime,
      finished_at: isoDateTime.nullable(),
    })
    .nullable(),
});
export type EmbeddingStatusJson = z.infer<typeof embeddingStatusJson>;

export const getEmbeddingStatus = defineContract({
  method: "GET",
  path: "/api/admin/embeddings",
  summary: "The embedding model, how many stored candidate vectors come from it, and the re-embedding's progress",
  tags: ["admin"],
  auth: { session: "ADMIN", apiKey: "admin" },
  response: embeddingStatusJson,
});

export const startEmbeddingRefreshBody = z.object({
  /** The model the caller expects to re-embed towards; a different configured model is a 409. */
  model: z.string().trim().min(1).max(200),
});

export const startEmbeddingRefreshResponse = z.object({ started: z.boolean(), status: embeddingStatusJson });

export const startEmbeddingRefresh = defineContract({
  method: "POST",
  path: "/api/admin/embeddings/refresh",
  summary: "Start re-embedding the stored candidates whose vectors come from another model (in the background)",
  tags: ["admin"],
  auth: { session: "ADMIN", apiKey: "admin" },
  body: startEmbeddingRefreshBody,
  response: startEmbeddingRefreshResponse,
  successStatus: 202,
});

export const refreshSummaryJson = z.object({
  model: z.string(),
  status: z.enum(["running", "waiting", "done"]),
  embedded: z.number().int(),
  failed: z.number().int(),
  remaining: z.number().int(),
  error: z.string().nullable(),
});

export const runEmbeddingRefreshCron = defineContract({
  method: "GET",
  path: "/api/cron/embeddings",
  summary:
    "Scheduler: re-embed stale candidate vectors for up to four minutes (where no server runs in the background)",
  tags: ["admin"],
  auth: "cron",
  response: refreshSummaryJson,
});

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function presentEmbeddingStatus(status: CandidateVectorStatus): EmbeddingStatusJson {
  const { refresh } = status;
  return {
    provider: status.provider,
    model: status.model,
    dimensions: status.dimensions,
    candidates_with_text: status.withText,
    candidates_current: status.current,
    candidates_stale: status.stale,
    per_minute: status.perMinute,
    refresh: refresh && {
      status: refresh.status,
      done: refresh.done,
      failed: refresh.failed,
      last_error: refresh.lastError,
      run_by: refresh.runBy,
      started_at: refresh.startedAt.toISOString(),
      heartbeat_at: refresh.heartbeatAt.toISOString(),
      finished_at: iso(refresh.finishedAt),
    },
  };
}
