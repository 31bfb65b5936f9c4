// npm run bench:rank [-- <candidates>] — a job's ranking over a large pool: the first page (retrieval in the
// database, then exact scoring), a later page, and the first page again once its 50 candidates were saved
// anew (the cached ranking refreshed), p95 over 20 jobs, and the peak RSS of the process that ranks; then the
// baseline measured in the same run, scoring the whole pool exactly for all 20 jobs in one pass, whose first
// 50 rows each job's ranking, computed and refreshed, must equal. PostgreSQL (when DATABASE_URL is set; default
// 1,000,000 candidates) and PGlite (default 100,000), each on a scratch database dropped afterwards.
// The pool is grown in SQL from 500 demo profiles (lib/demo/synthetic-pool.ts), its indexes built once after;
// the baseline scores shares of the pool in as many processes as there are cores (PostgreSQL).
// BENCH_KEEP_POOL=1 keeps the grown pool, its jobs and its baseline in a database (PostgreSQL) or a folder
// in the temporary directory (PGlite) named after the pool's size, and a later run reuses them: for iterating
// on retrieval, whose exact scorer the baseline comes from — a change to scoring needs the pool dropped.
// BENCH_KEEP_POOL=<label> (letters, digits, _) adds the label to the name: code with another schema,
// measured beside, keeps a pool of its own.
// BENCH_HEAP_MB=<n> starts the ranking process with --max-old-space-size=<n> and --max-semi-space-size=8, as an
// instance given a memory limit should be started (README, Deploying: Memory): V8 sizes its heap from the memory
// it sees, which may be the machine's rather than the instance's, and leaves garbage uncollected up to that
// size; and its young generation's two spaces (V8 sizes them from the heap: larger here) stay as large as
// building the readers' indexes grew them (PGlite 100,000: peak 526–549 MB with the default, 459–469 MB with 8
// MB, 7 Dec 2026).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isDatabaseKind, onScratchDatabase, runBench, runPerDatabase } from "./lib/bench-process";
import { ms } from "./lib/format";
import { p50, p95 } from "./lib/percentiles";
import type { RankingEntry } from "@/lib/scoring/rank-entries";

const DEFAULT_CANDIDATES = { postgres: 1_000_000, pglite: 100_000 } as const;
const JOBS = 20;
// The young generation's spaces of a memory-limited ranking process (BENCH_HEAP_MB), as README recommends.
const SEMI_SPACE_MB = 8;
const PAGE = 50;
const SOURCE_PROFILES = 500;
const TAG = "bench";
const now = new Date("2026-12-01T00:00:00Z");

interface Baseline {
  rankings: [string, RankingEntry[]][];
  ms: number;
}

interface Measured {
  jobs: {
    jobId: string;
    firstMs: number;
    laterMs: number;
    /** The first page again once its candidates were saved anew: the cached ranking refreshed. */
    refreshedMs: number;
    scored: number;
    top: string[];
    refreshedTop: string[];
  }[];
  /** Resident memory once the readers are warm, before any ranking: what a started app holds anyway. */
  startedRssMb: number;
  peakRssMb: number;
}

async function main() {
  const [target, argument] = process.argv.slice(2);
  if (target === "measure") return measure(argument!);
  if (target === "exhaustive") return exhaustiveShare(argument!);
  if (isDatabaseKind(target)) return runOn(target, Number(argument) || DEFAULT_CANDIDATES[target]);
  const count = Number(target) || undefined;
  runPerDatabase(fileURLToPath(import.meta.url), (kind) => [String(count ?? DEFAULT_CANDIDATES[kind])]);
}

async function runOn(kind: "pglite" | "postgres", total: number) {
  const keptAs = process.env.BENCH_KEEP_POOL ? keptPoolName(kind, total) : undefined;
  return onScratchDatabase(
    kind,
    async (database) => {
      const { db, dbDriver, disconnectDb } = await import("@/lib/db");
      const { applyPendingMigrations } = await import("@/lib/migrate/apply");
      const { ensureDefaultModel, refreshLexicalCorpus } = await import("@/lib/scoring");
      const { growPool, storeSourceProfiles } = await import("@/lib/demo/synthetic-pool");
      const { generateDemoJobs } = await import("@/lib/demo/generate");
      const { jobRecords } = await import("@/lib/job-postings");
      await applyPendingMigrations(dbDriver());
      await ensureDefaultModel();

      const jobIds = database.reused
        ? (await db.job.findMany({ select: { id: true }, orderBy: { createdAt: "asc" } })).map((job) => job.id)
        : await growPoolAndJobs();
      async function growPoolAndJobs() {
        const growing = performance.now();
        await storeSourceProfiles({ tag: TAG, count: SOURCE_PROFILES, now });
        // Each index is built once over the grown pool rather than updated row by row.
        const indexes = await dbDriver().query<{ name: string; definition: string }>(
          `SELECT indexname AS "name", indexdef AS "definition" FROM pg_indexes
          WHERE tablename = 'Candidate' AND indexname <> 'Candidate_pkey'`,
        );
        for (const { name } of indexes) await dbDriver().query(`DROP INDEX "${name}"`);
        const chunk = kind === "postgres" ? 100_000 : 20_000;
        for (let from = 0; from < total; from += chunk) {
          await growPool({ tag: TAG, from, to: Math.min(total, from + chunk) });
          process.stdout.write(
            `\r${database.label}: generated ${Math.min(total, from + chunk).toLocaleString("en")} of ${total.toLocaleString("en")} candidates`,
          );
        }
        for (const { definition } of indexes) await dbDriver().query(definition);
        await dbDriver().query(`VACUUM ANALYZE "Candidate"`);
        await refreshLexicalCorpus();
        const ctx = { kind: "system", name: "bench" } as const;
        const jobs = await jobRecords({ ctx, inputs: generateDemoJobs(now).slice(0, JOBS) });
        console.log(` in ${ms(performance.now() - growing)}`);
        return Promise.all(jobs.map(async (data) => (await db.job.create({ data, select: { id: true } })).id));
      }

      // Ranking runs in a process of its own, as an app instance would, so its peak RSS is the ranking's.
      await disconnectDb();
      const heapMb = process.env.BENCH_HEAP_MB;
      const measured = await inProcessOfItsOwn<Measured>(
        "measure",
        { BENCH_JOB_IDS: jobIds.join(",") },
        heapMb ? [`--max-old-space-size=${Number(heapMb)}`, `--max-semi-space-size=${SEMI_SPACE_MB}`] : [],
      );

      const baselineFile = path.join(os.tmpdir(), `${keptAs}-baseline.json`);
      const kept =
        keptAs && database.reused && fs.existsSync(baselineFile)
          ? (JSON.parse(fs.readFileSync(baselineFile, "utf8")) as Baseline)
          : null;
      const started = performance.now();
      const baseline: Baseline = kept ?? { rankings: [...(await exhaustiveBaseline(kind, jobIds))], ms: 0 };
      if (!kept) baseline.ms = performance.now() - started;
      if (keptAs && !kept) fs.writeFileSync(baselineFile, JSON.stringify(baseline));
      const exhaustive = new Map(baseline.rankings);
      const exhaustiveMs = baseline.ms;
      const mismatched = measured.jobs.filter((job) => {
        const expected = JSON.stringify(exhaustive.get(job.jobId)!.map(topKey));
        return JSON.stringify(job.top) !== expected || JSON.stringify(job.refreshedTop) !== expected;
      });

      const firstP95 = p95(measured.jobs.map((job) => job.firstMs));
      const laterP95 = p95(measured.jobs.map((job) => job.laterMs));
      console.log(
        `\n== A job's ranking over ${total.toLocaleString("en")} candidates on ${database.label}, ${JOBS} jobs ==`,
      );
      console.table({
        "first page (retrieve + score)": {
          p50: ms(p50(measured.jobs.map((job) => job.firstMs))),
          p95: ms(firstP95),
          target: "< 1 s",
        },
        "later page": { p50: ms(p50(measured.jobs.map((job) => job.laterMs))), p95: ms(laterP95), target: "< 300 ms" },
        [`first page once its ${PAGE} were saved again`]: {
          p50: ms(p50(measured.jobs.map((job) => job.refreshedMs))),
          p95: ms(p95(measured.jobs.map((job) => job.refreshedMs))),
          target: "(refreshed)",
        },
      });
      const scored = measured.jobs.map((job) => job.scored);
      console.log(
        `candidates scored exactly per job: ${Math.min(...scored).toLocaleString("en")}–${Math.max(...scored).toLocaleString("en")}`,
      );
      console.log(
        `peak RSS of the ranking process: ${measured.peakRssMb.toFixed(0)} MB   (target < 512 MB; ` +
          `${measured.startedRssMb.toFixed(0)} MB once started, before any ranking` +
          (heapMb ? `; heap limited to ${Number(heapMb)} MB, young generation's spaces to ${SEMI_SPACE_MB} MB)` : ")"),
      );
      console.log(
        `baseline, every candidate scored exactly for all ${JOBS} jobs in one pass: ${ms(exhaustiveMs)} ` +
          `(${ms(exhaustiveMs / JOBS)} a job, ${exhaustiveProcesses(kind)} process(es) in parallel)` +
          (kept ? ", measured by an earlier run on this kept pool" : ""),
      );
      console.log(
        `first ${PAGE} rows equal to exhaustive exact scoring, computed and refreshed: ${JOBS - mismatched.length} of ${JOBS} jobs` +
          (mismatched.length ? ` — MISMATCH for ${mismatched.map((job) => job.jobId).join(", ")}` : ""),
      );
      fs.mkdirSync(path.join("bench", "results"), { recursive: true });
      fs.writeFileSync(
        path.join("bench", "results", `rank-${kind}.json`),
        JSON.stringify(
          {
            target: kind,
            candidates: total,
            firstP95,
            laterP95,
            exhaustiveMs,
            mismatched: mismatched.length,
            ...measured,
          },
          null,
          2,
        ),
      );
      if (mismatched.length > 0) process.exitCode = 1;
    },
    keptAs,
  );
}

function keptPoolName(kind: "pglite" | "postgres", total: number): string {
  const label = process.env.BENCH_KEEP_POOL!;
  if (!/^\w+$/.test(label)) throw new Error("BENCH_KEEP_POOL takes 1 or a label of letters, digits and _.");
  return `shortlist_bench_rank_${kind === "pglite" ? "pglite_" : ""}${total}${label === "1" ? "" : `_${label.toLowerCase()}`}`;
}

/** Runs this file again as `<command> <result file>` in a process of its own and returns what it wrote. */
async function inProcessOfItsOwn<T>(
  command: string,
  env: Record<string, string>,
  nodeOptions: string[] = [],
): Promise<T> {
  const resultFile = path.join(os.tmpdir(), `shortlist-bench-rank-${command}-${crypto.randomUUID()}.json`);
  const child = spawn(
    process.execPath,
    [...process.execArgv, ...nodeOptions, fileURLToPath(import.meta.url), command, resultFile],
    { stdio: "inherit", env: { ...process.env, ...env } },
  );
  const status = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (status !== 0) throw new Error(`the ${command} process failed`);
  const result = JSON.parse(fs.readFileSync(resultFile, "utf8")) as T;
  fs.rmSync(resultFile);
  return result;
}

// PGlite opens its data directory in one process only.
const exhaustiveProcesses = (kind: "pglite" | "postgres") => (kind === "postgres" ? os.availableParallelism() : 1);

/** Every candidate scored exactly for every job: shares of the pool, one per process, merged. */
async function exhaustiveBaseline(kind: "pglite" | "postgres", jobIds: string[]) {
  const { dbDriver, disconnectDb } = await import("@/lib/db");
  const { mergeRankings } = await import("@/lib/scoring/exhaustive-ranking");
  const processes = exhaustiveProcesses(kind);
  const [pool] = await dbDriver().query<{ count: number }>(`SELECT count(*)::int AS "count" FROM "Candidate"`);
  const bounds = [""];
  for (let share = 1; share < processes; share++) {
    const [row] = await dbDriver().query<{ id: string }>(
      `SELECT "id" FROM "Candidate" ORDER BY "id" OFFSET $1 LIMIT 1`,
      [Math.floor((pool!.count * share) / processes)],
    );
    bounds.push(row!.id);
  }
  await disconnectDb();
  const shares = await Promise.all(
    bounds.map((after, index) =>
      inProcessOfItsOwn<[string, RankingEntry[]][]>("exhaustive", {
        BENCH_JOB_IDS: jobIds.join(","),
        BENCH_SHARE: JSON.stringify({ after, upTo: bounds[index + 1] ?? null }),
      }),
    ),
  );
  return mergeRankings(
    shares.map((share) => new Map(share)),
    PAGE,
  );
}

/** In a baseline process: one share of the pool scored exactly for every job. */
async function exhaustiveShare(resultFile: string) {
  const { exhaustiveRankings } = await import("@/lib/scoring/exhaustive-ranking");
  const share = JSON.parse(process.env.BENCH_SHARE!) as { after: string; upTo: string | null };
  const jobIds = (process.env.BENCH_JOB_IDS ?? "").split(",");
  const rankings = await exhaustiveRankings({ input: { jobIds, limit: PAGE, now, share } });
  fs.writeFileSync(resultFile, JSON.stringify([...rankings]));
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
}

/**
 * In the ranking process: each job's first page (nothing cached), a later page, and the first page again
 * once its candidates were saved anew (unchanged, as a sync does: the cached ranking is refreshed), timed.
 */
async function measure(resultFile: string) {
  const { dbDriver } = await import("@/lib/db");
  const { ensureDefaultModel, warmUpReaders } = await import("@/lib/scoring");
  const { rankCandidates } = await import("@/lib/scoring/rank-candidates");
  // As a started app has done: its database open (PGlite boots in ~0.3 s, which the first job's time held
  // until 7 Dec 2026) and the model ensured, by Prisma as at start; the readers warm.
  await ensureDefaultModel();
  warmUpReaders();
  const startedRssMb = process.memoryUsage.rss() / 1024 / 1024;
  const jobs: Measured["jobs"] = [];
  for (const jobId of (process.env.BENCH_JOB_IDS ?? "").split(",")) {
    const first = await timed(() => rankCandidates({ input: { jobId, limit: PAGE, offset: 0, now } }));
    const later = await timed(() => rankCandidates({ input: { jobId, limit: PAGE, offset: 4 * PAGE, now } }));
    await dbDriver().query(
      `UPDATE "Candidate" SET "updatedAt" = (now() AT TIME ZONE 'UTC')::timestamp(3) WHERE "id" = ANY($1::text[])`,
      [first.value.items.map((item) => item.candidateId)],
    );
    const refreshed = await timed(() => rankCandidates({ input: { jobId, limit: PAGE, offset: 0, now } }));
    jobs.push({
      jobId,
      firstMs: first.ms,
      laterMs: later.ms,
      refreshedMs: refreshed.ms,
      scored: first.value.total,
      top: first.value.items.map(topKey),
      refreshedTop: refreshed.value.items.map(topKey),
    });
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  fs.writeFileSync(resultFile, JSON.stringify({ jobs, startedRssMb, peakRssMb } satisfies Measured));
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
}

const topKey = (entry: { candidateId: string; score: number }) => `${entry.candidateId}:${entry.score}`;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

runBench(main);
