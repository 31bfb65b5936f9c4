// npm run bench:drift [-- <rows>] — the weekly drift check over a large inference log: wall time and peak RSS
// of the job next to one plain `SELECT count(*)` over the same table, measured in the same run. PostgreSQL
// (when DATABASE_URL is set; default 1,000,000 rows) and PGlite (default 100,000 rows), each in its own
// child process on a scratch database that is dropped afterwards. Rows are generated in SQL.
// The first run summarises the 35 days; the second reads the daily summaries (the steady state: each week
// adds 7 new days). Then: summarising one day of 150,000 rows, and checks over a simulated history of 700
// days of ~143,000 inferences each (100,000,000 in all), whose summaries are generated directly in SQL.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isDatabaseKind, onScratchDatabase, runBench, runPerDatabase } from "./lib/bench-process";
import { ms } from "./lib/format";

const DEFAULT_ROWS = { postgres: 1_000_000, pglite: 100_000 } as const;

async function main() {
  const [target, argument] = process.argv.slice(2);
  if (isDatabaseKind(target)) return runOn(target, Number(argument) || DEFAULT_ROWS[target]);
  const rows = Number(target) || undefined;
  runPerDatabase(fileURLToPath(import.meta.url), (kind) => [String(rows ?? DEFAULT_ROWS[kind])]);
}

async function runOn(kind: "pglite" | "postgres", total: number) {
  return onScratchDatabase(kind, async (database) => {
    const { dbDriver } = await import("@/lib/db");
    const { applyPendingMigrations } = await import("@/lib/migrate/apply");
    const { runDriftCheck } = await import("@/lib/drift");
    const { startOfUtcDay } = await import("@/lib/drift/windows");
    const { createVectorPool, insertBenchRows } = await import("./lib/drift-rows");
    const { benchHistory, benchOneDay } = await import("./lib/drift-history");
    const driver = dbDriver();
    await applyPendingMigrations(driver);

    const end = startOfUtcDay(new Date());
    const chunk = kind === "postgres" ? 100_000 : 10_000;
    const generating = performance.now();
    await createVectorPool((sql, params) => driver.query(sql, params));
    for (let from = 0; from < total; from += chunk) {
      await insertBenchRows((sql, params) => driver.query(sql, params), {
        from,
        to: Math.min(total, from + chunk),
        total,
        end,
      });
      process.stdout.write(
        `\r${database.label}: generated ${Math.min(total, from + chunk).toLocaleString("en")} of ${total.toLocaleString("en")} rows`,
      );
    }
    // As autovacuum would have done for rows a week old: statistics and the visibility map.
    await driver.query(`VACUUM ANALYZE "Inference"`);
    await driver.query(`VACUUM ANALYZE "InferenceSignals"`);
    console.log(` in ${ms(performance.now() - generating)}`);

    const timed = async <T>(work: () => Promise<T>) => {
      const started = performance.now();
      const value = await work();
      return { value, ms: performance.now() - started };
    };
    // The baseline, warmed up once and then taken as the median of three.
    await driver.query(`SELECT count(*) FROM "Inference"`);
    const counts = [];
    for (let i = 0; i < 3; i++)
      counts.push((await timed(() => driver.query<{ count: string }>(`SELECT count(*) FROM "Inference"`))).ms);
    const countMs = counts.sort((a, b) => a - b)[1]!;
    const [size] = await driver.query<{ heap: string; signals: string }>(
      `SELECT pg_size_pretty(pg_relation_size('"Inference"')) AS heap, pg_size_pretty(pg_total_relation_size('"InferenceSignals"')) AS signals`,
    );

    const rssBefore = process.resourceUsage().maxRSS;
    const ctx = { kind: "system", name: "bench" } as const;
    const first = await timed(() => runDriftCheck({ ctx, input: {} }));
    const second = await timed(() => runDriftCheck({ ctx, input: {} }));
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const jobMs = Math.min(first.ms, second.ms);
    const run = second.value;

    console.log(
      `\n== drift check on ${database.label}: ${total.toLocaleString("en")} inferences over 35 days (Inference heap ${size?.heap}, InferenceSignals ${size?.signals}) ==`,
    );
    console.table({
      'SELECT count(*) FROM "Inference"': { time: ms(countMs) },
      "drift job (first run)": { time: ms(first.ms) },
      "drift job (second run)": { time: ms(second.ms) },
    });
    console.log(
      `job/count ratio: ${(jobMs / countMs).toFixed(1)}×   (target on PostgreSQL ≤ 10×)\n` +
        `peak RSS: ${peakRssMb.toFixed(0)} MB (before the job ${(rssBefore / 1024).toFixed(0)} MB)   (target < 512 MB${kind === "pglite" ? "; PGlite runs inside this process" : ""})\n` +
        `report: ${run.status}, drift score ${run.driftScore === null ? "—" : (run.driftScore * 100).toFixed(1) + "%"}, ` +
        `${run.currentRows.toLocaleString("en")} current / ${run.referenceRows.toLocaleString("en")} reference rows, ` +
        `top: ${run.topDrifted.map((item) => item.signal).join(", ")}\n` +
        `phases of the second run: ${Object.entries(run.phases)
          .map(([phase, value]) => `${phase} ${ms(value)}`)
          .join(", ")}`,
    );
    const day = await benchOneDay(driver, end);
    const history = await benchHistory(driver, end);
    console.log(
      `summarising one day of ${day.rows.toLocaleString("en")} rows: ${ms(day.ms)} (first ${ms(day.firstMs)})   (target ≤ 1 s)\n` +
        `${history.rows.toLocaleString("en")} inferences over 700 summarised days: weekly check ${ms(history.weeklyMs)} ` +
        `(${history.weekly}), against 365 days of reference ${ms(history.yearMs)} (${history.year})   (target ≤ 2 s)`,
    );
    const results = {
      target: kind,
      day,
      history,
      rows: total,
      countMs,
      counts,
      jobMs: { first: first.ms, second: second.ms },
      ratio: jobMs / countMs,
      peakRssMb,
      rssBeforeMb: rssBefore / 1024,
      report: run,
    };
    fs.mkdirSync(path.join("bench", "results"), { recursive: true });
    fs.writeFileSync(path.join("bench", "results", `drift-${kind}.json`), JSON.stringify(results, null, 2));
  });
}

runBench(main);
