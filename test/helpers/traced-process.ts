// A server process in miniature for the shutdown tests: it traces one LLM call through the real gateway
// runtime (exporting to Langfuse in batches) and waits for a signal. With `--next`, it first registers a
// handler like `next start` does, which exits as soon as its (here empty) server has closed.
// Run: node --conditions=react-server --import tsx test/helpers/traced-process.ts [--next]
import { llmRuntime } from "@/lib/llm/runtime";
import { installShutdownHandlers } from "@/lib/shutdown";

if (process.argv.includes("--next")) {
  process.on("SIGTERM", () => setImmediate(() => process.exit(143)));
}
installShutdownHandlers();

await llmRuntime().gateway.tracer.record({
  provider: "openai",
  model: "gpt-4.1-mini",
  task: "resume-extraction",
  promptName: "resume-extraction",
  promptVersionNumber: 1,
  promptVersionId: null,
  inferenceId: null,
  traceId: null,
  comparisonItemId: null,
  status: "success",
  errorClass: null,
  attempt: 1,
  fallbackFrom: null,
  inputTokens: 100,
  outputTokens: 20,
  cachedTokens: 0,
  costUsd: 0,
  latencyMs: 12,
  createdAt: new Date(),
});
process.stdout.write("ready\n");
setInterval(() => undefined, 60_000); // a server stays up until it is told to stop
