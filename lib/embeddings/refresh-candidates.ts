import "server-only";
import { z } from "zod";
import { actorName, type Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { shuttingDown } from "@/lib/shutdown";
import { embeddedResumeText, screenResume } from "@/lib/skills";
import { countStaleCandidates, staleCandidates, type RefreshStatus } from "./candidate-vectors";
import { embeddingProvider } from "./configured";
import { embedBatch } from "./embed-or-nothing";
import { rateLimiter, unlimited, type RateLimiter } from "./rate-limiter";
import { encodeVector } from "./vector";

// One pass of re-embedding: the stale candidates in id order, a batch at a time, paced against the
// provider. Each batch's vectors are stored as it finishes, so a pass stopped anywhere (a restart, a
// provider outage, its budget) loses nothing: the next pass starts from whatever is still stale.

/** Runs of it (background, cron, command line) take turns under this name and lock. */
export const EMBEDDING_REFRESH_JOB = { id: "embedding-refresh", lockKey: 72707373 } as const;

const BATCH = 32;

export const refreshInput = z
  .object({
    /** Stop after this many candidates (a bounded run from cron or the command line); unset: all. */
    maxCandidates: z.number().int().min(1).max(10_000_000).optional(),
    /** Start no batch after this many seconds (a cron run inside a platform's time limit); unset: no limit. */
    maxSeconds: z.number().int().min(1).max(86_400).optional(),
  })
  .strict();

export interface RefreshSummary {
  model: string;
  status: RefreshStatus;
  embedded: number;
  failed: number;
  remaining: number;
  error: string | null;
}

export async function refreshCandidateVectors({
  ctx,
  input = {},
  limiter,
  batchSize = BATCH,
}: {
  ctx: Actor;
  input?: z.input<typeof refreshInput>;
  /** How the pass is paced; by default EMBEDDING_REFRESH_PER_MINUTE texts a minute (remote models only). */
  limiter?: RateLimiter;
  batchSize?: number;
}): Promise<RefreshSummary> {
  const { maxCandidates, maxSeconds } = refreshInput.parse(input);
  const deadline = maxSeconds === undefined ? Number.POSITIVE_INFINITY : Date.now() + maxSeconds * 1000;
  const provider = embeddingProvider();
  const { model } = provider;
  const pace =
    limiter ??
    (provider.name === "builtin" ? unlimited : rateLimiter({ perMinute: env().EMBEDDING_REFRESH_PER_MINUTE }));
  await begin(model, actorName(ctx));
  let cursor = "";
  let embedded = 0;
  let failed = 0;
  let error: string | null = null;
  let exhausted = false;
  while (!shuttingDown() && Date.now() < deadline) {
    const budget = maxCandidates === undefined ? batchSize : Math.min(batchSize, maxCandidates - embedded - failed);
    if (budget <= 0) break;
    const batch = await db.candidate.findMany({
      where: { ...staleCandidates(model), id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: budget,
      select: { id: true, resumeText: true },
    });
    if (batch.length === 0) {
      exhausted = true;
      break;
    }
    cursor = batch.at(-1)!.id;
    // What saving a candidate embeds; a résumé with nothing left to embed (only skill lists) has no vector.
    const texts = batch.map((candidate) => embeddedResumeText(screenResume(candidate.resumeText).text));
    const toEmbed = texts.filter((text) => text !== null);
    await pace.take(toEmbed.length);
    const outcome = toEmbed.length > 0 ? await embedBatch(provider, toEmbed) : { vectors: [], error: null };
    if (outcome.error) {
      error = outcome.error;
      break;
    }
    // Each candidate's new vector: null when it has nothing to embed (it keeps no vector), undefined when
    // the provider refused its text (it stays stale, counted as failed).
    let next = 0;
    const replaced = batch.map((candidate, index) => ({
      candidate,
      vector: texts[index] === null ? null : (outcome.vectors[next++] ?? undefined),
    }));
    const writes = replaced.filter(({ vector }) => vector !== undefined);
    // Only a candidate whose résumé is unchanged takes the vector; an edit meanwhile embedded its new text.
    const results = await db.$transaction(
      writes.map(({ candidate, vector }) =>
        db.candidate.updateMany({
          where: { id: candidate.id, resumeText: candidate.resumeText },
          data: vector
            ? { embedding: encodeVector(vector), embeddingModel: model }
            : { embedding: null, embeddingModel: null },
        }),
      ),
    );
    const storedCount = results.reduce((sum, { count }, index) => sum + (writes[index]!.vector ? count : 0), 0);
    const refused = outcome.vectors.filter((vector) => vector === null).length;
    embedded += storedCount;
    failed += refused;
    await db.embeddingRefresh.update({
      where: { model },
      data: {
        done: { increment: storedCount },
        failed: { increment: refused },
        heartbeatAt: new Date(),
        ...(refused > 0 ? { lastError: `The provider refused ${refused} résumé(s) (bad_request).` } : {}),
      },
    });
  }
  const remaining = await countStaleCandidates(model);
  // Done once every stale candidate was tried (refused ones stay counted); otherwise the next pass goes on.
  const status: RefreshStatus = exhausted || remaining === 0 ? "done" : "waiting";
  await finish(model, status, error);
  log.info("Candidate re-embedding pass finished", { model, status, embedded, failed, remaining, error });
  return { model, status, embedded, failed, remaining, error };
}

async function begin(model: string, runBy: string): Promise<void> {
  const now = new Date();
  const fresh = { status: "running", done: 0, failed: 0, lastError: null, runBy, startedAt: now, finishedAt: null };
  const existing = await db.embeddingRefresh.findUnique({ where: { model }, select: { status: true } });
  // A finished refresh that finds stale candidates again (the model changed back) starts over; an
  // unfinished one continues, counts and all, under whoever resumed it, its last error cleared.
  await db.embeddingRefresh.upsert({
    where: { model },
    create: { model, ...fresh, heartbeatAt: now },
    update:
      existing?.status === "done"
        ? { ...fresh, heartbeatAt: now }
        : { status: "running", runBy, lastError: null, heartbeatAt: now },
  });
}

async function finish(model: string, status: RefreshStatus, error: string | null): Promise<void> {
  await db.embeddingRefresh.update({
    where: { model },
    data: {
      status,
      heartbeatAt: new Date(),
      finishedAt: status === "done" ? new Date() : null,
      ...(error ? { lastError: error } : {}),
    },
  });
}
