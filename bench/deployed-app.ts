// npm run bench:deployed-app — the app as deployed: `next start` on an existing production build (run
// `npm run build` first), a scratch database with the demo data, PostgreSQL when DATABASE_URL is set (else
// PGlite). Prints the server's RSS once started (after the reading workers of the demo seeding have idled
// out), the time of the first ranking and of a second job's, the RSS after ranking every demo job and a
// minute later, and the peak. What the readers' memory and their warm-up at start cost where it counts.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { ms, table } from "./lib/format";
import { runBench } from "./lib/bench-process";
import { NEXT_BIN, processStatus, requireProductionBuild, until } from "./lib/next-server";
import { useScratchDatabase } from "./lib/target-database";

const PORT = Number(process.env.BENCH_PORT ?? 3989);
const BASE = `http://localhost:${PORT}`;
/** The reading workers leave after a minute idle (lib/scoring/reading-pool.ts); measured once they have. */
const WORKERS_IDLE_MS = 75_000;

/** Resident memory of the server and its child processes, and the sum of their peaks (a bound on the peak), MB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const mb = (kb: number) => Math.round(kb / 1024);
  return { rss: mb(processStatus(pid, "VmRSS")), peak: mb(processStatus(pid, "VmHWM")) };
}

/** An API key with the scoring scope, made by the demo admin. */
async function scoringKey(): Promise<string> {
  const headers = { origin: BASE, "content-type": "application/json" };
  const signIn = await fetch(`${BASE}/api/auth/sign-in/email`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email: "admin@shortlist.local", password: process.env.DEMO_PASSWORD }),
  });
  if (!signIn.ok) throw new Error(`sign-in failed: ${signIn.status}`);
  const cookie = signIn.headers
    .getSetCookie()
    .map((value) => value.split(";")[0])
    .join("; ");
  const created = await fetch(`${BASE}/api/admin/api-keys`, {
    method: "POST",
    headers: { ...headers, cookie },
    body: JSON.stringify({ name: "bench-deployed-app", scopes: ["scoring", "sync"] }),
  });
  if (!created.ok) throw new Error(`creating an API key failed: ${created.status}`);
  return ((await created.json()) as { key: string }).key;
}

async function timedGet(url: string, key: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${key}` } });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  await response.arrayBuffer();
  return performance.now() - started;
}

async function main() {
  requireProductionBuild();
  const kind = process.env.DATABASE_URL ? "postgres" : "pglite";
  const database = await useScratchDatabase(kind);
  process.env.DEMO_PASSWORD ??= crypto.randomBytes(12).toString("base64url");
  const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(PORT)], {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      SEED_DEMO: "true",
      APP_URL: BASE,
      CRON_SECRET: crypto.randomBytes(24).toString("base64url"),
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await until(
      async () => (await fetch(`${BASE}/api/health`)).ok,
      () => server.exitCode !== null,
    );
    await sleep(WORKERS_IDLE_MS);
    const started = memoryOf(server.pid!);
    const key = await scoringKey();
    const jobs = (await (
      await fetch(`${BASE}/api/jobs?limit=100`, { headers: { authorization: `Bearer ${key}` } })
    ).json()) as { items: { id: string }[] };
    const ranking = (id: string) => `${BASE}/api/jobs/${id}/rankings?limit=50`;
    const [first, second, ...rest] = jobs.items.map((job) => job.id);
    const firstMs = await timedGet(ranking(first!), key);
    const secondMs = await timedGet(ranking(second!), key);
    for (const id of rest) await timedGet(ranking(id), key);
    const ranked = memoryOf(server.pid!);
    await sleep(WORKERS_IDLE_MS);
    const later = memoryOf(server.pid!);
    console.log(`\n== next start on ${database.label}, demo data: ${jobs.items.length} jobs ranked ==`);
    table([
      {
        "RSS started": `${started.rss} MB`,
        "first ranking": ms(firstMs),
        "second job": ms(secondMs),
        "RSS after ranking": `${ranked.rss} MB`,
        "a minute later": `${later.rss} MB`,
        "peak (with the seeding's workers)": `${later.peak} MB`,
      },
    ]);
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    await database.drop();
  }
}

runBench(main);
