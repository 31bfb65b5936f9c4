// Builds the app and serves it for the Playwright suite on a fresh embedded database, removed on exit.
// Usage: node scripts/e2e-server.mjs <port> <fake LLM url>   (E2E_SKIP_BUILD=1 reuses an existing .next build)
// The app uses the fake LLM (playwright.config.ts starts it) as its OpenAI-compatible provider, with the
// builtin rules behind it as always.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const [port, fakeLlm] = process.argv.slice(2);
if (!port || !fakeLlm) {
  console.error("Usage: node scripts/e2e-server.mjs <port> <fake LLM url>");
  process.exit(2);
}
const dataRoot = path.resolve(".data", `e2e-${Date.now()}`);
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  PGLITE_DATA_DIR: path.join(dataRoot, "pglite"),
  APP_URL: `http://localhost:${port}`,
  PORT: port,
  SEED_DEMO: "true",
  CRON_SECRET: process.env.CRON_SECRET ?? "e2e-cron-secret-0123456789",
  LLM_PROVIDER: "openai",
  OPENAI_BASE_URL: `${fakeLlm}/v1`,
  OPENAI_API_KEY: "sk-e2e-fake-llm-0123456789",
  // The fake server answers as this model, so costs come from the price table like a real run.
  OPENAI_MODEL: "gpt-4.1-mini",
  LLM_FALLBACKS: "builtin",
};
const next = path.resolve("node_modules", "next", "dist", "bin", "next");

if (process.env.E2E_SKIP_BUILD !== "1") {
  const build = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, [next, "start", "-p", port], { stdio: "inherit", env });
const cleanUp = () => fs.rmSync(dataRoot, { recursive: true, force: true });
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code) => {
  cleanUp();
  process.exit(code ?? 0);
});
