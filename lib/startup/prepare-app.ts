import "server-only";
import { dbDriver } from "@/lib/db";
import { DEMO_ADMIN_EMAIL, DEMO_RECRUITER_EMAIL, seedDemoData } from "@/lib/demo";
import { resumeCandidateVectorRefresh, settleCandidateVectorRefresh } from "@/lib/embeddings";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { applyPendingMigrations } from "@/lib/migrate/apply";
import { resumeComparisons } from "@/lib/prompt-comparisons";
import { databasePromptSource, ensureCodePrompts, usePromptSource } from "@/lib/prompts";
import { rereadProfiles } from "@/lib/candidates";
import { ensureLexicalCorpus, refreshLexicalCorpusOnce, warmUpReaders } from "@/lib/scoring";
import { ensureDefaultModel } from "@/lib/scoring";
import { installShutdownHandlers } from "@/lib/shutdown";

export interface PreparedApp {
  /**
   * What start leaves running in the background, settled: the readers warm, profiles of older reading
   * rules read again, the pool's word statistics current, and the re-embedding of vectors they left stale
   * started. Never rejects (failures are logged).
   */
  background: Promise<void>;
}

/** Run once when the server starts: bring the schema up to date, then seed an empty database. */
export async function prepareApp(): Promise<PreparedApp> {
  const { SEED_DEMO, DEMO_PASSWORD } = env();
  // SIGTERM/SIGINT: queued traces and a running re-embedding batch finish before the process exits.
  installShutdownHandlers();
  const applied = await applyPendingMigrations(dbDriver());
  if (applied.length > 0) log.info("Applied database migrations", { migrations: applied });
  await ensureDefaultModel();
  // Every database gets the gateway's prompts as version 1 (demo or not), and their revisions in code as
  // new versions; from here on the gateway resolves prompts from the registry.
  const prompts = await ensureCodePrompts();
  if (prompts.created.length > 0) log.info("Stored the prompts from code as version 1", { prompts: prompts.created });
  // A revision in production only where production still ran the code's version (an admin's choice stays).
  for (const revision of prompts.revised) log.info("Stored a revision of a prompt from code", { ...revision });
  usePromptSource(databasePromptSource());
  if (SEED_DEMO) await seedDemo(DEMO_PASSWORD);
  // Comparisons a previous process left unfinished continue where they stopped.
  void resumeComparisons().catch((error: unknown) => log.error("Resuming prompt comparisons failed", { error }));
  // A changed embedding model leaves stored candidate vectors behind: re-embed them in the background.
  const reembedding = reembedStaleVectors();
  // In the background: the skill and occupation lookups, profiles saved under older reading rules, the
  // pool's word statistics, and the candidate pool, so the first score or ranking does not wait for them.
  const ready = readyForScoring().catch((error: unknown) => log.warn("Preparing for scoring failed", { error }));
  return { background: Promise.all([reembedding, ready]).then(() => undefined) };
}

/**
 * prepareApp for a server process. A process that cannot prepare (a configuration it cannot serve with, a
 * database it cannot migrate) stops, saying why, rather than answering requests with 500s and passing
 * health checks.
 */
export async function prepareServerOrExit(): Promise<void> {
  try {
    await prepareApp();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`Shortlist cannot start. ${reason}`);
    process.exit(1);
  }
}

async function seedDemo(password: string): Promise<void> {
  const summary = await seedDemoData({ password });
  if (!summary.seeded) return;
  log.info("Seeded demo data", { jobs: summary.jobs, candidates: summary.candidates });
  // Printed on purpose: the demo accounts exist only to be signed into on a fresh install.
  console.log(
    `\n  Demo accounts ready — sign in as ${DEMO_ADMIN_EMAIL} or ${DEMO_RECRUITER_EMAIL}` +
      ` with the password "${password}" (set DEMO_PASSWORD to change it).\n`,
  );
}

function reembedStaleVectors(after: Promise<void> = Promise.resolve()): Promise<void> {
  return after
    .then(resumeCandidateVectorRefresh)
    .catch((error: unknown) => log.error("Resuming candidate re-embedding failed", { error }));
}

async function readyForScoring(): Promise<void> {
  warmUpReaders();
  const reread = await rereadProfiles();
  if (reread.profiles > 0) log.info("Read saved résumés again with the current rules", { ...reread });
  // Vectors of text no longer embedded were marked stale: re-embed them once a pass already running ends.
  const reembedding = reread.outdatedVectors > 0 ? reembedStaleVectors(settleCandidateVectorRefresh()) : undefined;
  // Résumés read again may hold other terms (a new stemming rule): their frequencies are counted again.
  await (reread.profiles > 0 ? refreshLexicalCorpusOnce() : ensureLexicalCorpus());
  await reembedding;
}
