// npm run job:drift [-- --current-end 2026-11-23 --current-days 7 --reference-days 28 --numeric-test psi|jensen_shannon|wasserstein
//                      --categorical-test psi|jensen_shannon --no-baseline]
// Runs a background job once against the configured database (DATABASE_URL, or the embedded PGlite, which
// refuses while the server has it open) and prints its summary.
import { parseArgs } from "node:util";
import { driftJob } from "@/jobs/drift";
import { runJob } from "@/jobs/define-job";
import { dbDriver, disconnectDb } from "@/lib/db";
import { applyPendingMigrations } from "@/lib/migrate/apply";

async function main(jobId: string | undefined, args: string[]): Promise<void> {
  if (jobId !== "drift") throw new Error("Usage: run-job.ts drift [options]  (the only job is `drift`)");
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
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  await applyPendingMigrations(dbDriver());
  const summary = await runJob(driftJob, {
    ctx: { kind: "system", name: "cli" },
    input: {
      currentEnd: values["current-end"] ? new Date(values["current-end"]) : undefined,
      currentDays: number(values["current-days"]),
      referenceDays: number(values["reference-days"]),
      numericTest: values["numeric-test"] as never,
      categoricalTest: values["categorical-test"] as never,
      useBaseline: !values["no-baseline"],
    },
  });
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const score = summary.driftScore === null ? "—" : `${(summary.driftScore * 100).toFixed(1)}%`;
  console.log(
    [
      `Drift report ${summary.reportId}: ${summary.status}`,
      `  current ${day(summary.current.start)} → ${day(summary.current.end)} (${summary.currentRows} rows), ` +
        `${summary.referenceKind} reference ${day(summary.reference.start)} → ${day(summary.reference.end)} (${summary.referenceRows} rows), minimum ${summary.minRows}`,
      `  drift score ${score} (threshold ${(summary.threshold * 100).toFixed(0)}%): ${summary.driftedSignals} of ${summary.monitoredSignals} signals drifted` +
        (summary.topDrifted.length
          ? ` — ${summary.topDrifted.map((item) => `${item.signal} ${item.value.toFixed(2)}`).join(", ")}`
          : ""),
      `  alert: ${summary.alertStatus}; alerts sent this run ${summary.alertsSent.length}, failed ${summary.alertsFailed.length}; ${summary.durationMs} ms`,
    ].join("\n"),
  );
  await disconnectDb();
}

main(process.argv[2], process.argv.slice(3)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
