// npm run bench:score — throughput and latency of POST /api/v2/score against a no-op route measured in the
// same run, on PGlite and (when DATABASE_URL is set) PostgreSQL, and what each score writes. Rankings have
// their own benchmark (bench:rank).
// Each database runs in its own child process on a scratch database that is dropped afterwards.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { availableDatabases, isDatabaseKind, onScratchDatabase, runBench, runPerDatabase } from "./lib/bench-process";
import autocannon from "autocannon";
import { z } from "zod";
import { startCpuMeter, type CpuSpent } from "./lib/cpu-meter";
import { ms, perSecond } from "./lib/format";
import { p50 } from "./lib/percentiles";
import { serveRoutes } from "./lib/serve-routes";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
// Seconds of load on each route, in ROUNDS turns each, alternating no-op, score, score, no-op, … so that
// a slow spell of the machine falls on both routes alike: measured one phase after the other (10 s each),
// the same code's ratio ranged 0.39–0.59 in one afternoon (7 Dec 2026) as the no-op's own throughput
// swung by a quarter. Turns of 10 s: in 5 s turns each turn's first connections weighed on its p99.
const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

async function main() {
  const target = process.argv[2];
  if (isDatabaseKind(target)) return runOn(target);
  runPerDatabase(fileURLToPath(import.meta.url), () => [], availableDatabases().reverse());
}

async function runOn(kind: "pglite" | "postgres") {
  return onScratchDatabase(kind, async (database) => {
    const { dbDriver, db } = await import("@/lib/db");
    const { applyPendingMigrations } = await import("@/lib/migrate/apply");
    const { ensureDefaultModel } = await import("@/lib/scoring/model/model-store");
    const { createApiKey } = await import("@/lib/auth/api-keys");
    const { defineContract } = await import("@/lib/http/contract");
    const { defineRoute } = await import("@/lib/http/route");
    const { POST: scoreRoute } = await import("@/app/api/v2/score/route");
    const { benchPayload } = await import("./lib/bench-payload");
    await applyPendingMigrations(dbDriver());
    await ensureDefaultModel();
    const system = { kind: "system", name: "bench" } as const;
    const { key } = await createApiKey({ ctx: system, input: { name: "bench", scopes: ["scoring"] } });

    // The baseline: same server, same authentication and body parsing, no work.
    const noop = defineRoute(
      defineContract({
        method: "POST",
        path: "/noop",
        summary: "baseline",
        tags: [],
        auth: { apiKey: "scoring" },
        body: z.looseObject({}),
      }),
      async () => ({ ok: true }),
    );
    const server = await serveRoutes({ "/api/v2/score": scoreRoute, "/noop": noop });
    const templateFile = path.join(os.tmpdir(), `shortlist-bench-${process.pid}.json`);
    fs.writeFileSync(templateFile, JSON.stringify(await benchPayload()));
    process.env.BENCH_TEMPLATE = templateFile;
    // The load generator runs in a worker thread, so the server has the main thread to itself.
    const load = (routePath: string, uniqueIds: boolean, seconds = DURATION_SECONDS) => {
      process.env.BENCH_UNIQUE_IDS = uniqueIds ? "1" : "0";
      return autocannon({
        url: server.url,
        connections: CONNECTIONS,
        duration: seconds,
        workers: 1,
        requests: [
          {
            method: "POST",
            path: routePath,
            headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
            setupRequest: path.join(path.dirname(fileURLToPath(import.meta.url)), "lib", "setup-request.cjs") as never,
          },
        ],
      });
    };

    await load("/noop", false, 2); // warm-up: JIT, connection pool, caches
    await load("/api/v2/score", true, 2);
    const answered = (routePath: string) => () => server.statuses.get(`${routePath} 200`) ?? 0;
    const turn = (routePath: string) =>
      measured(dbDriver(), answered(routePath), () =>
        load(routePath, routePath !== "/noop", DURATION_SECONDS / ROUNDS),
      );
    const baselineTurns: Turn[] = [];
    const scoredTurns: Turn[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const noopFirst = round % 2 === 0;
      if (noopFirst) baselineTurns.push(await turn("/noop"));
      scoredTurns.push(await turn("/api/v2/score"));
      if (!noopFirst) baselineTurns.push(await turn("/noop"));
    }
    await server.close(); // waits for requests still in flight
    fs.rmSync(templateFile, { force: true });
    const baseline = combined(baselineTurns);
    const scored = combined(scoredTurns);

    const ok = server.statuses.get("/api/v2/score 200") ?? 0;
    const rows = await db.inference.count({ where: { score: { not: null } } });
    const ratio = scored.requests.average / baseline.requests.average;
    const turnRatios = scoredTurns.map((turn, index) => turn.requests.average / baselineTurns[index]!.requests.average);
    const rowBytes = await writtenBytesPerRow(dbDriver());
    console.log(
      `\n== POST /api/v2/score on ${database.label}: ${CONNECTIONS} connections, ${DURATION_SECONDS} s each ` +
        `in ${ROUNDS} alternating turns ==`,
    );
    console.table({
      "no-op route": {
        throughput: perSecond(baseline.requests.average),
        p50: ms(baseline.latency.p50),
        p99: ms(baseline.latency.p99),
        errors: baseline.errors + baseline.non2xx,
        ...cpuPerRequest(baseline.cpu),
      },
      "/api/v2/score": {
        throughput: perSecond(scored.requests.average),
        p50: ms(scored.latency.p50),
        p99: ms(scored.latency.p99),
        errors: scored.errors + scored.non2xx,
        ...cpuPerRequest(scored.cpu),
      },
    });
    console.log(
      `throughput ratio score/no-op: ${ratio.toFixed(2)}   (target on PostgreSQL ≥ 0.50; ` +
        `turn by turn ${turnRatios.map((value) => value.toFixed(2)).join(", ")})`,
    );
    console.log(`p99 latency of /api/v2/score: ${ms(scored.latency.p99)}   (target < 100 ms; the slowest turn's)`);
    console.log(
      `200 responses: ${ok}, Inference rows written: ${rows} → ${rows === ok ? "none lost" : `MISMATCH (${ok - rows})`}`,
    );

    console.log(
      `scoring write per request (target ≤ 8 kB): ${kB(rowBytes.row)} average row (its columns as stored), ` +
        `${kB(rowBytes.total)} with indexes and TOAST (table size / rows)`,
    );

    const results = {
      target: kind,
      connections: CONNECTIONS,
      seconds: DURATION_SECONDS,
      baseline: { ...summary(baseline), cpu: cpuPerRequest(baseline.cpu) },
      score: { ...summary(scored), cpu: cpuPerRequest(scored.cpu) },
      ratio,
      turnRatios,
      ok,
      rows,
      rowBytes,
    };
    fs.mkdirSync(path.join("bench", "results"), { recursive: true });
    fs.writeFileSync(path.join("bench", "results", `score-${kind}.json`), JSON.stringify(results, null, 2));
    if (rows !== ok) process.exitCode = 1;
  });
}

type Turn = autocannon.Result & { cpu: CpuSpent & { requests: number } };

/**
 * A route's turns as one measurement: requests a second over all of them, the median turn's p50 and the
 * slowest turn's p99 (latency histograms are not kept to merge), errors and CPU added up.
 */
function combined(turns: Turn[]) {
  const seconds = turns.reduce((total, turn) => total + turn.duration, 0);
  const add = (value: (turn: Turn) => number | null) =>
    turns.some((turn) => value(turn) === null) ? null : turns.reduce((total, turn) => total + value(turn)!, 0);
  return {
    requests: { average: turns.reduce((total, turn) => total + turn.requests.total, 0) / seconds },
    latency: {
      p50: p50(turns.map((turn) => turn.latency.p50)),
      p99: Math.max(...turns.map((turn) => turn.latency.p99)),
    },
    errors: add((turn) => turn.errors)!,
    non2xx: add((turn) => turn.non2xx)!,
    cpu: {
      process: add((turn) => turn.cpu.process)!,
      mainThread: add((turn) => turn.cpu.mainThread),
      database: add((turn) => turn.cpu.database),
      requests: add((turn) => turn.cpu.requests)!,
    },
  };
}

/** Runs a load phase and adds the CPU it cost and how many requests it answered with 200. */
async function measured<T>(
  driver: Parameters<typeof startCpuMeter>[0],
  answered: () => number,
  phase: () => Promise<T>,
): Promise<T & { cpu: CpuSpent & { requests: number } }> {
  const answeredBefore = answered();
  const stop = await startCpuMeter(driver);
  const result = await phase();
  return { ...result, cpu: { ...(await stop()), requests: answered() - answeredBefore } };
}

// CPU per answered request: this process (app and load generator), its main thread (the app's
// JavaScript: the bound when it is busy all the phase) and the PostgreSQL backends.
function cpuPerRequest({ process, mainThread, database, requests }: CpuSpent & { requests: number }) {
  const per = (micros: number | null) => (micros === null ? "n/a" : `${Math.round(micros / Math.max(requests, 1))} µs`);
  return { "process CPU/req": per(process), "main thread/req": per(mainThread), "PostgreSQL CPU/req": per(database) };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

// What one score leaves in the database: the average of its row's stored column sizes (compressed where
// PostgreSQL compresses), and the whole table with its indexes and TOAST divided by its rows.
async function writtenBytesPerRow(driver: { query<T>(sql: string): Promise<T[]> }) {
  const [sizes] = await driver.query<{ row: number; total: number }>(
    `SELECT avg(${STORED_COLUMNS.map((column) => `coalesce(pg_column_size(i."${column}"), 0)`).join(" + ")})::float8 AS "row",
            (pg_total_relation_size('"Inference"') / greatest(count(*), 1))::float8 AS "total"
       FROM "Inference" i WHERE i."score" IS NOT NULL`,
  );
  return { row: sizes?.row ?? 0, total: sizes?.total ?? 0 };
}

const STORED_COLUMNS = [
  "id",
  "requestId",
  "requestScope",
  "payloadHash",
  "payload",
  "jobId",
  "candidateId",
  "features",
  "score",
  "logit",
  "band",
  "response",
  "modelVersion",
  "embeddingModel",
  "promptVersions",
  "latencyMs",
  "source",
  "apiKeyId",
  "userId",
  "candidateEmbedding",
  "jobEmbedding",
  "createdAt",
];

function summary(result: ReturnType<typeof combined>) {
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

runBench(main);
