// npm run bench:gateway [-- <calls>]
// The gateway's own cost per structured call: N sequential calls through the gateway's provider path
// versus the raw `openai` / `ollama` clients against the same in-process fake server, measured in one run.
// The raw baseline parses the JSON answer; the gateway adds zod validation, retry bookkeeping, the
// circuit breaker, cost lookup and a trace (in memory, then in an in-memory PGlite).
import { Ollama } from "ollama";
import OpenAI from "openai";
import { p50, p95 } from "./lib/percentiles";

// The database must be chosen before lib/db is first imported (it reads the environment once).
process.env.PGLITE_DATA_DIR = "memory://";
process.env.LOG_LEVEL = "error";

const N = Number(process.argv[2] ?? 2000);
const WARMUP = Math.min(200, Math.ceil(N / 10));

const { startFakeLlmServer } = await import("@/test/fake-llm/server");
const { testGateway, VALID_RESUME, TEST_KEY } = await import("@/test/helpers/llm");
const { taskSchema } = await import("@/lib/llm/tasks");
const { databaseTracer } = await import("@/lib/llm/trace");
const { dbDriver, disconnectDb } = await import("@/lib/db");
const { applyPendingMigrations } = await import("@/lib/migrate/apply");

const server = await startFakeLlmServer({ responder: () => VALID_RESUME });
await applyPendingMigrations(dbDriver());

const schema = taskSchema("resume-extraction");
const messages = [
  { role: "system" as const, content: "Read the résumé and answer with JSON." },
  { role: "user" as const, content: "<resume>\nJane Doe, senior Python engineer, 7 years, Kubernetes.\n</resume>" },
];
const spec = {
  task: "resume-extraction" as const,
  messages,
  prompt: { name: "resume-extraction", version: 1, versionId: null },
  schema,
};

interface Path {
  label: string;
  call: () => Promise<unknown>;
}

/** Runs the paths interleaved (one call of each per round), so warm-up, GC and machine noise hit all alike. */
async function measure(paths: Path[]): Promise<{ label: string; median: number; p95: number }[]> {
  for (let i = 0; i < WARMUP; i++) for (const path of paths) await path.call();
  const samples = paths.map(() => new Float64Array(N));
  for (let i = 0; i < N; i++) {
    for (const [index, path] of paths.entries()) {
      const started = performance.now();
      await path.call();
      samples[index]![i] = performance.now() - started;
    }
  }
  return paths.map((path, index) => {
    const taken = [...samples[index]!];
    return { label: path.label, median: p50(taken), p95: p95(taken) };
  });
}

const openai = new OpenAI({ apiKey: TEST_KEY, baseURL: server.openaiBaseUrl, maxRetries: 0, timeout: 10_000 });
const ollama = new Ollama({ host: server.url });
const responseFormat = {
  type: "json_schema" as const,
  json_schema: { name: schema.name, schema: schema.jsonSchema, strict: true },
};
const gatewayOpenai = testGateway({ server, chain: ["openai"] }).gateway;
const gatewayOllama = testGateway({ server, chain: ["ollama"] }).gateway;
const gatewayDb = testGateway({ server, chain: ["openai"], tracer: databaseTracer }).gateway;

const [rawOpenai, viaOpenai, viaOpenaiDb, rawOllama, viaOllama] = await measure([
  {
    label: "raw openai client",
    call: async () => {
      const completion = await openai.chat.completions.create({
        model: "gpt-4.1-mini",
        messages,
        response_format: responseFormat,
      });
      JSON.parse(completion.choices[0]?.message.content ?? "");
    },
  },
  { label: "gateway → openai adapter (trace in memory)", call: () => gatewayOpenai.generate(spec) },
  { label: "gateway → openai adapter (trace to PGlite)", call: () => gatewayDb.generate(spec) },
  {
    label: "raw ollama client",
    call: async () => {
      const response = await ollama.chat({
        model: "fake-chat:latest",
        messages,
        format: schema.jsonSchema,
        stream: false,
      });
      JSON.parse(response.message.content);
    },
  },
  { label: "gateway → ollama adapter (trace in memory)", call: () => gatewayOllama.generate(spec) },
]);

const fmt = (ms: number) => `${ms.toFixed(3).padStart(8)} ms`;
console.log(
  `\nGateway benchmark: ${N} sequential structured calls each (interleaved, after ${WARMUP} warm-up rounds), fake server in-process\n`,
);
console.log(`${"path".padEnd(50)} ${"median".padStart(11)} ${"p95".padStart(11)}`);
for (const row of [rawOpenai!, viaOpenai!, viaOpenaiDb!, rawOllama!, viaOllama!]) {
  console.log(`${row.label.padEnd(50)} ${fmt(row.median)} ${fmt(row.p95)}`);
}
const overhead = (gateway: { median: number }, raw: { median: number }) =>
  `${(gateway.median - raw.median).toFixed(3)} ms per call (×${(gateway.median / raw.median).toFixed(2)})`;
console.log("\nGateway overhead at the median (target < 2 ms):");
console.log(`  openai, trace in memory:  ${overhead(viaOpenai!, rawOpenai!)}`);
console.log(`  ollama, trace in memory:  ${overhead(viaOllama!, rawOllama!)}`);
console.log(`  openai, trace to PGlite:  ${overhead(viaOpenaiDb!, rawOpenai!)}`);
console.log(`  the PGlite trace write:   ${(viaOpenaiDb!.median - viaOpenai!.median).toFixed(3)} ms per call`);

await server.close();
await disconnectDb();
process.exit(0);
