// npm run bench:batch — memory and time of concurrent 23 MB batches (POST /api/v2/score/batch) with the
// limits on, against one batch alone and against the limits lifted (as before), in the same run. Each
// scenario runs in a fresh process on a scratch database; the load generator is a process of its own.
import { execFile, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { samplePeakRss } from "./lib/peak-rss";
import { serveRoutes } from "./lib/serve-routes";
import { useScratchDatabase } from "./lib/target-database";

const ITEMS = 500;
const TARGET_BODY_BYTES = 23 * 1024 * 1024;
const CONCURRENT = 6;
const MB = 1024 * 1024;
const RESULT_MARK = "BATCH_BENCH_RESULT ";

const SCENARIOS = [
  { label: "one batch", requests: 1, distinctKeys: false, limits: { perCaller: 1, total: 2 } },
  {
    label: `${CONCURRENT} at once, one key`,
    requests: CONCURRENT,
    distinctKeys: false,
    limits: { perCaller: 1, total: 2 },
  },
  {
    label: `${CONCURRENT} at once, ${CONCURRENT} keys`,
    requests: CONCURRENT,
    distinctKeys: true,
    limits: { perCaller: 1, total: 2 },
  },
  {
    label: `${CONCURRENT} at once, one key, limits lifted`,
    requests: CONCURRENT,
    distinctKeys: false,
    limits: { perCaller: CONCURRENT, total: CONCURRENT },
  },
];

interface ClientResult {
  status: number;
  retryAfter: string | null;
  ms: number;
  succeeded: number;
}

interface ScenarioResult {
  label: string;
  bytes: number;
  database: string;
  results: ClientResult[];
  wallMs: number;
  growth: number;
}

async function main() {
  const [target, scenario] = process.argv.slice(2);
  if ((target === "pglite" || target === "postgres") && scenario !== undefined) {
    const result = await runScenario(target, SCENARIOS[Number(scenario)]!);
    console.log(RESULT_MARK + JSON.stringify(result));
    return;
  }
  const targets = process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
  for (const name of targets) {
    const results: ScenarioResult[] = [];
    for (const index of SCENARIOS.keys()) {
      const child = spawnSync(
        process.execPath,
        [...process.execArgv, fileURLToPath(import.meta.url), name, `${index}`],
        {
          encoding: "utf8",
          stdio: ["ignore", "pipe", "inherit"],
          maxBuffer: 16 * MB,
        },
      );
      const line = child.stdout.split("\n").find((text) => text.startsWith(RESULT_MARK));
      if (child.status !== 0 || !line) {
        process.exitCode = child.status ?? 1;
        console.error(child.stdout);
        break;
      }
      results.push(JSON.parse(line.slice(RESULT_MARK.length)) as ScenarioResult);
    }
    report(results);
  }
}

function report(results: ScenarioResult[]) {
  const [one] = results;
  if (!one) return;
  console.log(
    `\n== POST /api/v2/score/batch on ${one.database}: ${ITEMS} items, ${(one.bytes / MB).toFixed(1)} MB per batch ==`,
  );
  console.table(
    Object.fromEntries(
      results.map((scenario) => [
        scenario.label,
        {
          "200": scenario.results.filter((result) => result.status === 200).length,
          "429": scenario.results.filter((result) => result.status === 429).length,
          "Retry-After": [...new Set(scenario.results.map((result) => result.retryAfter).filter(Boolean))].join(","),
          "wall time": `${(scenario.wallMs / 1000).toFixed(1)} s`,
          "memory added": `${Math.round(scenario.growth / MB)} MB`,
          "× one batch": (scenario.growth / one.growth).toFixed(2),
        },
      ]),
    ),
  );
  const failed = results.flatMap((scenario) =>
    scenario.results.filter((result) => result.status !== 200 && result.status !== 429),
  );
  if (failed.length > 0) {
    console.error("unexpected answers:", failed);
    process.exitCode = 1;
  }
}

async function runScenario(kind: "pglite" | "postgres", scenario: (typeof SCENARIOS)[number]): Promise<ScenarioResult> {
  Object.assign(process.env, {
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    BATCH_MAX_CONCURRENT_PER_CALLER: String(scenario.limits.perCaller),
    BATCH_MAX_CONCURRENT: String(scenario.limits.total),
  });
  const database = await useScratchDatabase(kind);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shortlist-bench-batch-"));
  try {
    const { dbDriver } = await import("@/lib/db");
    const { applyPendingMigrations } = await import("@/lib/migrate/apply");
    const { ensureDefaultModel } = await import("@/lib/scoring/model/model-store");
    const { createApiKey } = await import("@/lib/auth/api-keys");
    const { POST: batchRoute } = await import("@/app/api/v2/score/batch/route");
    const { benchPayload } = await import("./lib/bench-payload");
    await applyPendingMigrations(dbDriver());
    await ensureDefaultModel();
    const system = { kind: "system", name: "bench" } as const;
    const keys: string[] = [];
    for (let i = 0; i < (scenario.distinctKeys ? scenario.requests : 1); i++) {
      keys.push((await createApiKey({ ctx: system, input: { name: `bench-${i}`, scopes: ["scoring"] } })).key);
    }
    const templateFile = path.join(dir, "batch.json");
    const bytes = writeBatchTemplate(templateFile, await benchPayload());
    const server = await serveRoutes({ "/api/v2/score/batch": batchRoute }, { streamBodies: true });
    const callers = Array.from({ length: scenario.requests }, (_, index) => keys[index % keys.length]!);

    await new Promise((resolve) => setTimeout(resolve, 500)); // let start-up garbage settle
    const settled = process.memoryUsage.rss();
    const sampler = samplePeakRss();
    const started = performance.now();
    const results = await client(server.url, templateFile, `bench-${Date.now()}`, callers);
    const wallMs = performance.now() - started;
    const peak = await sampler.stop();
    await server.close();
    return {
      label: scenario.label,
      bytes,
      database: database.label,
      results,
      wallMs,
      growth: Math.max(0, peak - settled),
    };
  } finally {
    const { disconnectDb } = await import("@/lib/db");
    await disconnectDb();
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** One batch of full payloads padded to about 23 MB, with REQUEST_PREFIX where each request_id begins. */
function writeBatchTemplate(file: string, payload: object & { candidate: { profile: { resume_text?: string } } }) {
  const baseItem = JSON.stringify({ ...payload, request_id: "REQUEST_PREFIX-0" });
  const resume = payload.candidate.profile.resume_text ?? "";
  const length = resume.length + Math.max(0, Math.floor(TARGET_BODY_BYTES / ITEMS) - baseItem.length);
  const longResume = `${resume}\n`.repeat(Math.ceil(length / (resume.length + 1))).slice(0, length);
  const items = Array.from({ length: ITEMS }, (_, index) => ({
    ...payload,
    request_id: `REQUEST_PREFIX-${index}`,
    candidate: { ...payload.candidate, profile: { ...payload.candidate.profile, resume_text: longResume } },
  }));
  const body = JSON.stringify({ items });
  fs.writeFileSync(file, body);
  return Buffer.byteLength(body);
}

function client(url: string, templateFile: string, prefix: string, keys: string[]): Promise<ClientResult[]> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "lib", "batch-client.mjs");
  return new Promise((resolve, reject) =>
    execFile(process.execPath, [script, url, templateFile, prefix, ...keys], { maxBuffer: 16 * MB }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout) as ClientResult[]),
    ),
  );
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
