// Serves the fake LLM for the e2e run on a fixed local port (started by playwright.config.ts before the
// app, which scripts/e2e-server.mjs points at it as an OpenAI-compatible provider). It answers like the
// builtin rules and follows "at most N technical skills" — see test/fake-llm/scripted-responder.ts.
import { startFakeLlmServer } from "../test/fake-llm/server";
import { scriptedResponder } from "../test/fake-llm/scripted-responder";

const port = Number(process.argv[2] ?? "3101");
const server = await startFakeLlmServer({ port, responder: scriptedResponder, models: ["gpt-4.1-mini"] });
console.log(`Fake LLM (OpenAI-compatible) listening on ${server.openaiBaseUrl}`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0)));
}
