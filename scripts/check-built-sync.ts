// npm run check:built-sync [-- <port>] — the production build syncs a batch on its reading worker threads.
// Serves the existing build (run `npm run build` first) with `next start` on a scratch database (PostgreSQL
// when DATABASE_URL is set, else PGlite), creates an API key, sends PUT /api/candidates/batch with 200
// candidates and their résumés, and checks that all were created, that the server's thread count grew by
// its reading workers, that it never fell back to reading inline, and that it shuts down on SIGTERM.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { runBench } from "../bench/lib/bench-process";
import { NEXT_BIN, processStatus, requireProductionBuild, until } from "../bench/lib/next-server";
import { useScratchDatabase } from "../bench/lib/target-database";

const PORT = Number(process.argv[2] ?? process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const COUNT = 200;
const FALLBACK_WARNING = "Reading worker threads could not start";

async function main() {
  requireProductionBuild();
  const database = await useScratchDatabase(process.env.DATABASE_URL ? "postgres" : "pglite");
  try {
    const { applyPendingMigrations } = await import("@/lib/migrate/apply");
    const { createApiKey } = await import("@/lib/auth/api-keys");
    const { dbDriver, disconnectDb } = await import("@/lib/db");
    const { generateDemoCandidates } = await import("@/lib/demo/generate");
    await applyPendingMigrations(dbDriver());
    const ctx = { kind: "system", name: "check" } as const;
    const { key } = await createApiKey({ ctx, input: { name: "check", scopes: ["sync"] } });
    await disconnectDb();

    const env = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", SEED_DEMO: "false" };
    const server = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(PORT)], { env, stdio: "pipe" });
    const state = { exited: false, output: "" };
    server.on("exit", () => (state.exited = true));
    for (const stream of [server.stdout, server.stderr]) stream.on("data", (chunk) => (state.output += chunk));
    try {
      await until(
        async () => (await fetch(`${BASE_URL}/api/health`)).ok,
        () => state.exited,
      );
      const before = processStatus(server.pid!, "Threads");
      const rssBefore = processStatus(server.pid!, "VmRSS");
      const items = generateDemoCandidates(new Date("2026-12-01T00:00:00Z"), COUNT, 5).map((candidate, index) => ({
        external_id: `built-${index}`,
        full_name: candidate.fullName,
        resume_text: `${candidate.resumeText}\nATS record built-${index}`,
      }));
      const response = await fetch(`${BASE_URL}/api/candidates/batch`, {
        method: "PUT",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ items }),
      });
      const { created, updated, failed } = (await response.json()) as Record<string, number | undefined>;
      const after = processStatus(server.pid!, "Threads");
      const rssAfter = processStatus(server.pid!, "VmRSS");
      console.log(`PUT /api/candidates/batch → ${response.status}`, { created, updated, failed });
      console.log(`server threads: ${before} before the batch, ${after} after`);
      console.log(`server memory: ${Math.round(rssBefore / 1024)} MB before, ${Math.round(rssAfter / 1024)} MB after`);
      const fellBack = state.output.includes(FALLBACK_WARNING);
      if (response.status !== 200 || created !== COUNT) throw new Error("The batch was not created whole.");
      if (fellBack || after <= before)
        throw new Error(`The batch was read inline, not on worker threads.\n${state.output}`);
      server.kill("SIGTERM");
      const [code, signal] = await once(server, "exit");
      console.log(`SIGTERM → the server exited (${signal ?? `code ${code}`})`);
      console.log("OK: the built app read the batch on its worker threads.");
    } finally {
      if (!state.exited) server.kill("SIGKILL");
    }
  } finally {
    await database.drop();
  }
}

runBench(main);
