// npm run bench:job-page — how long the job page takes to show its first ranked rows with 10,000
// candidates in the pool, in Chromium against the production build, next to a page without data.
// Uses an existing `.next` build when BENCH_SKIP_BUILD=1; otherwise builds first.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { chromium } from "@playwright/test";
import { runBench } from "./lib/bench-process";
import { ms } from "./lib/format";
import { p50 } from "./lib/percentiles";
import { useScratchDatabase } from "./lib/target-database";

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE = `http://localhost:${PORT}`;
const CANDIDATES = 10_000;
const EMAIL = "bench@shortlist.local";
const PASSWORD = "bench-password-1";
const ROUNDS = 5;

async function seed(): Promise<string> {
  const { dbDriver, disconnectDb } = await import("@/lib/db");
  const { applyPendingMigrations } = await import("@/lib/migrate/apply");
  const { createUser } = await import("@/lib/users");
  const { seedRankingPool } = await import("./lib/ranking-pool");
  await applyPendingMigrations(dbDriver());
  await createUser({ input: { email: EMAIL, name: "Bench Recruiter", role: "RECRUITER", password: PASSWORD } });
  const [jobId] = await seedRankingPool(CANDIDATES);
  await disconnectDb(); // the server opens the database next; PGlite allows one process
  return jobId;
}

async function waitForHealth(): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    const ok = await fetch(`${BASE}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The server did not become healthy.");
}

async function main() {
  const database = await useScratchDatabase("pglite");
  let server: ChildProcess | undefined;
  try {
    const jobId = await seed();
    const next = path.resolve("node_modules", "next", "dist", "bin", "next");
    const env = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      SEED_DEMO: "false",
      APP_URL: BASE,
      PORT: String(PORT),
      LOG_LEVEL: "warn",
    };
    if (process.env.BENCH_SKIP_BUILD !== "1") {
      const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env });
      if (build.status !== 0) throw new Error("next build failed");
    }
    server = spawn(process.execPath, [next, "start", "-p", String(PORT)], { stdio: "inherit", env });
    await waitForHealth();

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu"],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${BASE}/login`);
    await page.getByLabel("Email").fill(EMAIL);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByTestId("signed-in-user").waitFor();

    const firstRow = page
      .getByRole("table", { name: /Candidates ranked/ })
      .getByRole("row")
      .nth(1);
    const time = async (url: string, ready: () => Promise<void>) => {
      const started = performance.now();
      await page.goto(url);
      await ready();
      return performance.now() - started;
    };
    const jobPage = () => time(`${BASE}/jobs/${jobId}`, () => firstRow.waitFor());
    const emptyPage = () => time(`${BASE}/jobs/new`, () => page.getByRole("heading", { name: "New job" }).waitFor());

    const first = await jobPage(); // the first ranking after start: the pool is read and the job ranked
    const job: number[] = [];
    const empty: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      empty.push(await emptyPage());
      job.push(await jobPage());
    }
    await browser.close();
    console.log(`\n== Job page with ${CANDIDATES.toLocaleString("en")} candidates (production build, Chromium) ==`);
    console.table({
      "page without data (/jobs/new)": { median: ms(p50(empty)) },
      "job page, first ranked rows": { median: ms(p50(job)), "first view after start": ms(first) },
    });
    console.log(`ratio job page / empty page: ${(p50(job) / p50(empty)).toFixed(2)}   (target: first rows < 1 s)`);
  } finally {
    // Its database is dropped once the server is gone (it holds the PGlite directory until it exits).
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await database.drop();
  }
}

runBench(main);
