import "server-only";
import type { Actor } from "@/lib/auth";
import { Conflict } from "@/lib/errors";
import { runExclusive } from "@/lib/db/exclusive";
import { log } from "@/lib/log";
import { onShutdown } from "@/lib/shutdown";
import {
  candidateVectorStatus,
  countStaleCandidates,
  refreshProgress,
  type CandidateVectorStatus,
} from "./candidate-vectors";
import { embeddingProvider } from "./configured";
import { EMBEDDING_REFRESH_JOB, refreshCandidateVectors, type RefreshSummary } from "./refresh-candidates";

// Re-embedding in the background of the server process (PGlite admits one process, so there is no
// separate worker). A model change needs a restart, so every start looks for stale candidates; a sweep
// then resumes a refresh left `waiting` (a provider outage) or `running` by an instance that died. Runs
// take turns with the cron route and the command line under one lock (an advisory lock on PostgreSQL,
// released by a dead instance's connection), so no two ever embed at once.

const SWEEP_MS = 60_000;
const SYSTEM: Actor = { kind: "system", name: "embedding-refresh" };

interface RunnerState {
  running: Promise<RefreshSummary | null> | null;
  sweeper?: NodeJS.Timeout;
}

const holder = globalThis as typeof globalThis & { __shortlistEmbeddingRefresh?: RunnerState };
const runner = (): RunnerState => (holder.__shortlistEmbeddingRefresh ??= { running: null });

/** Starts a pass in the background unless this process runs one already; false when it does. */
export function startCandidateVectorRefresh(ctx: Actor = SYSTEM): boolean {
  const state = runner();
  if (state.running) return false;
  state.running = runExclusive(EMBEDDING_REFRESH_JOB.id, EMBEDDING_REFRESH_JOB.lockKey, () =>
    refreshCandidateVectors({ ctx }),
  )
    .then((outcome) => (outcome.ran ? outcome.value : null))
    .catch((error: unknown) => {
      log.error("Candidate re-embedding failed", { error });
      return null;
    })
    .finally(() => {
      state.running = null;
    });
  // A stopping server lets the current batch finish (the pass checks between batches) and stores it.
  onShutdown("embedding-refresh", () => settleCandidateVectorRefresh());
  return true;
}

/** Waits for this process's pass, if any (tests; shutdown). */
export async function settleCandidateVectorRefresh(): Promise<void> {
  await runner().running;
}

/** Called once at start: re-embeds stale candidates (the model changed), then sweeps every minute. */
export async function resumeCandidateVectorRefresh(): Promise<void> {
  const state = runner();
  if (!state.sweeper) {
    state.sweeper = setInterval(
      () => void sweep().catch((error: unknown) => log.warn("Re-embedding sweep failed", { error })),
      SWEEP_MS,
    );
    state.sweeper.unref();
  }
  const stale = await countStaleCandidates(embeddingProvider().model);
  if (stale > 0 && startCandidateVectorRefresh())
    log.info("Re-embedding candidates for the embedding model", { stale });
}

/** Resumes a refresh left waiting (a provider outage, a stop) or running by an instance that died. */
async function sweep(): Promise<void> {
  const progress = await refreshProgress(embeddingProvider().model);
  if (progress && progress.status !== "done") startCandidateVectorRefresh();
}

/** The stored candidates' vectors against the configured model, and the refresh bringing them up to date. */
export function getCandidateVectorStatus(): Promise<CandidateVectorStatus> {
  return candidateVectorStatus(embeddingProvider());
}

/**
 * An admin starts re-embedding now (it also retries résumés the provider refused before). The admin names
 * the model they saw: if the configuration changed meanwhile, nothing starts (409).
 */
export async function startEmbeddingRefresh({
  ctx,
  input,
}: {
  ctx: Actor;
  input: { model: string };
}): Promise<{ started: boolean; status: CandidateVectorStatus }> {
  const provider = embeddingProvider();
  if (input.model !== provider.model)
    throw new Conflict(`The embedding model is ${provider.model}, not ${input.model}; reload and try again.`);
  const started = startCandidateVectorRefresh(ctx);
  return { started, status: await candidateVectorStatus(provider) };
}
