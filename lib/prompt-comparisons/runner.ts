import "server-only";
import crypto from "node:crypto";
import { db, dbDriver } from "@/lib/db";
import { log } from "@/lib/log";
import { llmRuntime } from "@/lib/llm";
import { resolvePromptVersion } from "@/lib/prompts";
import { isPromptTask } from "@/lib/vocabulary/prompt-tasks";
import { scoringContext } from "./downstream";
import { runItem, type RunPlan } from "./run-item";
import { storeSummary } from "./summary-store";

// Comparisons run in the background inside the server process (PGlite admits one process, so there is no
// separate worker). All state is in the database: a claimed run holds `workerId` and refreshes
// `heartbeatAt` after every batch; each finished item is stored at once. A run is claimed by at most one
// process: another may take it over only when its heartbeat is older than STALE_MS (a dead instance on
// PostgreSQL). On start, unfinished runs resume where they stopped (see resumeComparisons).

const STALE_MS = 60_000;
const SWEEP_MS = 30_000;
/** Heartbeats go on while a batch waits on a slow provider, well inside STALE_MS. */
const HEARTBEAT_MS = 15_000;
/** Items run at once. Two keeps a local model busy without making each call wait on the others. */
const CONCURRENCY = 2;

interface RunnerState {
  workerId: string;
  runs: Map<string, Promise<void>>;
  sweeper?: NodeJS.Timeout;
}

// On globalThis: runs started from a route handler and resumed from the start-up hook share one registry.
const holder = globalThis as typeof globalThis & { __shortlistComparisonRunner?: RunnerState };

function runner(): RunnerState {
  holder.__shortlistComparisonRunner ??= { workerId: crypto.randomUUID(), runs: new Map() };
  return holder.__shortlistComparisonRunner;
}

async function claim(id: string, takeOver: boolean): Promise<boolean> {
  const { workerId } = runner();
  const staleBefore = new Date(Date.now() - (takeOver ? 0 : STALE_MS));
  const { count } = await db.promptComparison.updateMany({
    where: {
      id,
      OR: [
        { status: "queued" },
        { status: "running", OR: [{ workerId }, { heartbeatAt: null }, { heartbeatAt: { lt: staleBefore } }] },
      ],
    },
    data: { status: "running", workerId, heartbeatAt: new Date() },
  });
  if (count === 1)
    await db.promptComparison.updateMany({ where: { id, startedAt: null }, data: { startedAt: new Date() } });
  return count === 1;
}

async function stillOurs(id: string): Promise<boolean> {
  const row = await db.promptComparison.findUnique({ where: { id }, select: { status: true, workerId: true } });
  return row?.status === "running" && row.workerId === runner().workerId;
}

async function plan(id: string): Promise<{ plan: RunPlan } | { error: string }> {
  const comparison = await db.promptComparison.findUniqueOrThrow({
    where: { id },
    select: {
      task: true,
      versionA: true,
      versionB: true,
      jobId: true,
      createdByName: true,
      prompt: { select: { name: true } },
    },
  });
  if (!isPromptTask(comparison.task)) return { error: `No gateway task ${comparison.task}.` };
  const name = comparison.prompt.name;
  try {
    const [a, b] = await Promise.all([
      resolvePromptVersion(name, comparison.versionA),
      resolvePromptVersion(name, comparison.versionB),
    ]);
    const { gateway } = llmRuntime();
    return {
      plan: {
        ctx: { kind: "system", name: `prompt-comparison:${comparison.createdByName}` },
        gateway,
        task: comparison.task,
        promptName: name,
        versions: { a: { number: a.version, id: a.versionId }, b: { number: b.version, id: b.versionId } },
        allowBuiltin: !gateway.providers.some((provider) => provider.usesPrompt && provider.configured.ok),
        scoring:
          comparison.task === "resume-extraction" && comparison.jobId ? await scoringContext(comparison.jobId) : null,
      },
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : "The versions could not be loaded." };
  }
}

async function execute(id: string, takeOver: boolean): Promise<void> {
  if (!(await claim(id, takeOver))) return;
  const { workerId } = runner();
  const heartbeat = setInterval(() => {
    db.promptComparison
      .updateMany({ where: { id, workerId, status: "running" }, data: { heartbeatAt: new Date() } })
      .catch(() => undefined);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    await work(id);
  } finally {
    clearInterval(heartbeat);
  }
}

async function work(id: string): Promise<void> {
  const prepared = await plan(id);
  if ("error" in prepared) {
    await db.promptComparison.updateMany({
      where: { id, status: "running" },
      data: { status: "failed", error: prepared.error, finishedAt: new Date() },
    });
    return;
  }
  for (;;) {
    if (!(await stillOurs(id))) return; // cancelled, or taken over by another instance
    const batch = await db.promptComparisonItem.findMany({
      where: { comparisonId: id, status: "pending" },
      orderBy: { position: "asc" },
      take: CONCURRENCY,
      select: { id: true, position: true, candidateId: true, input: true },
    });
    if (batch.length === 0) break;
    await Promise.all(batch.map((item) => runItem(prepared.plan, item)));
    const completed = await db.promptComparisonItem.count({ where: { comparisonId: id, status: "done" } });
    await db.promptComparison.update({ where: { id }, data: { completed, heartbeatAt: new Date() } });
  }
  await storeSummary(id);
}

/** Runs (or joins the run of) a comparison in this process. Resolves when it stops; never rejects. */
export function driveComparison(id: string, options: { takeOver?: boolean } = {}): Promise<void> {
  const state = runner();
  const existing = state.runs.get(id);
  if (existing) return existing;
  const run = execute(id, options.takeOver ?? false)
    .catch(async (error: unknown) => {
      log.error("Prompt comparison failed", { comparisonId: id, error });
      await db.promptComparison
        .updateMany({
          where: { id, status: "running", workerId: state.workerId },
          data: {
            status: "failed",
            error: "The run stopped on an unexpected error; see the server log.",
            finishedAt: new Date(),
          },
        })
        .catch(() => undefined);
    })
    .finally(() => state.runs.delete(id));
  state.runs.set(id, run);
  return run;
}

/** Waits for every run this process is driving (tests; graceful shutdown). */
export async function settleComparisons(): Promise<void> {
  while (runner().runs.size > 0) await Promise.all([...runner().runs.values()]);
}

async function sweep(takeOver: boolean): Promise<string[]> {
  const rows = await db.promptComparison.findMany({
    where: { status: { in: ["queued", "running"] } },
    select: { id: true },
  });
  for (const row of rows) void driveComparison(row.id, { takeOver });
  return rows.map((row) => row.id);
}

/**
 * Called once at start: resumes unfinished runs. With PGlite no other process can hold a run, so every
 * `running` one was interrupted and is taken over at once; on PostgreSQL only runs whose heartbeat went
 * stale are, and a periodic sweep picks up runs a stopped instance leaves behind later.
 */
export async function resumeComparisons(): Promise<string[]> {
  const state = runner();
  if (!state.sweeper) {
    state.sweeper = setInterval(
      () => void sweep(false).catch((error: unknown) => log.warn("Comparison sweep failed", { error })),
      SWEEP_MS,
    );
    state.sweeper.unref();
  }
  const resumed = await sweep(dbDriver().target.kind === "pglite");
  if (resumed.length > 0) log.info("Resuming prompt comparisons", { comparisons: resumed });
  return resumed;
}
