// npm run job:drift [-- --current-end 2026-11-23 --current-days 7 --reference-days 28 --numeric-test psi|jensen_shannon|wasserstein
//                      --categorical-test psi|jensen_shannon --no-baseline]
// npm run job:embeddings [-- --max-candidates 5000]
// Runs a background job once against the configured database (DATABASE_URL, or the embedded PGlite, which
// refuses while the server has it open) and prints its summary.
import { parseArgs } from "node:util";
import { driftJob } from "@/jobs/drift";
import { embeddingRefreshJob } from "@/jobs/embedding-refresh";
import { runJob } from "@/jobs/define-job";
import type { Actor } from "@/lib/auth";
import { dbDriver, disconnectDb } from "@/lib/db";
import { applyPendingMigrations } from "@/lib/migrate/apply";
import { installShutdownHandlers, runShutdownTasks } from "@/lib/shutdown";

const ctx: Actor = { kind: "system", name: "cli" };
const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
const day = (date: Date) => date.toISOString().slice(0, 10);

async function drift(args: string[]): Promise<string> {
  const { values } = parseArgs({
    args,
    options: {
      "current-end": { type: "string" },
      "current-days": { type: "string" },
      "reference-days": { type: "string" },
      "numeric-test": { type: "string" },
      "categorical-test": { type: "string" },
      "no-baseline": { type: "boolean", default: false },
    },
  });
  const summary = await runJob(driftJob, {
    ctx,
    input: {
      currentEnd: values["current-end"] ? new Date(values["current-end"]) : undefined,
      currentDays: number(values["current-days"]),
      referenceDays: number(values["reference-days"]),
      numericTest: values["numeric-test"] as never,
      categoricalTest: values["categorical-test"] as never,
      useBaseline: !values["no-baseline"],
    },
  });
  const score = summary.driftScore === null ? "—" : `${(summary.driftScore * 100).toFixed(1)}%`;
  return [
    `Drift report ${summary.reportId}: ${summary.status}`,
    `  current ${day(summary.current.start)} → ${day(summary.current.end)} (${summary.currentRows} rows), ` +
      `${summary.referenceKind} reference ${day(summary.reference.start)} → ${day(summary.reference.end)} (${summary.referenceRows} rows), minimum ${summary.minRows}`,
    `  drift score ${score} (threshold ${(summary.threshold * 100).toFixed(0)}%): ${summary.driftedSignals} of ${summary.monitoredSignals} signals drifted` +
      (summary.topDrifted.length
        ? ` — ${summary.topDrifted.map((item) => `${item.signal} ${item.value.toFixed(2)}`).join(", ")}`
        : ""),
    `  alert: ${summary.alertStatus}; alerts sent this run ${summary.alertsSent.length}, failed ${summary.alertsFailed.length}; ${summary.durationMs} ms`,
  ].join("\n");
}

async function embeddings(args: string[]): Promise<string> {
  const { values } = parseArgs({ args, options: { "max-candidates": { type: "string" } } });
  const summary = await runJob(embeddingRefreshJob, {
    ctx,
    input: { maxCandidates: number(values["max-candidates"]) },
  });
  return (
    `Re-embedding towards ${summary.model}: ${summary.status} — ${summary.embedded} embedded, ` +
    `${summary.failed} refused, ${summary.remaining} still stale` +
    (summary.error ? ` (stopped: ${summary.error})` : "")
  );
}

const JOBS: Record<string, (args: string[]) => Promise<string>> = { drift, embeddings };

async function main(jobId: string | undefined, args: string[]): Promise<void> {
  const job = jobId ? JOBS[jobId] : undefined;
  if (!job) throw new Error(`Usage: run-job.ts <${Object.keys(JOBS).join("|")}> [options]`);
  // Ctrl-C stops a long run between batches; what is done is kept.
  installShutdownHandlers();
  await applyPendingMigrations(dbDriver());
  console.log(await job(args));
  // Traces queued for Langfuse go out before the process does.
  await runShutdownTasks();
  await disconnectDb();
}

main(process.argv[2], process.argv.slice(3)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
