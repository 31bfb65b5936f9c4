import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as versionsRoute from "@/app/api/prompts/[name]/versions/route";
import { runTask } from "@/lib/llm/run-task";
import { startFakeLlmServer, type FakeLlmServer } from "@/test/fake-llm/server";
import { signedInUser, type TestUser } from "@/test/helpers/actors";
import { callRoute } from "@/test/helpers/http";
import { resumeResponder, testGateway } from "@/test/helpers/llm";
import { taskPrompt, useDatabasePrompts } from "@/test/helpers/prompts";

// A prompt version's model is a setting that does what it says: over real HTTP to the fake LLM, the
// provider the version names runs the version's model; every other provider in the chain runs its own.

let llm: FakeLlmServer;
let admin: TestUser;
let restore: () => void;

beforeAll(async () => {
  [llm, admin] = await Promise.all([startFakeLlmServer({ responder: resumeResponder }), signedInUser("ADMIN")]);
  restore = useDatabasePrompts();
});
afterAll(async () => {
  restore();
  await llm.close();
});
beforeEach(() => llm.reset());

const template = [
  { role: "system", content: "You read résumés." },
  { role: "user", content: "<resume>\n{{resume}}\n</resume>" },
];

async function saveVersion(name: string, config: object) {
  return callRoute(versionsRoute.POST, {
    headers: { cookie: admin.cookie },
    params: { name },
    body: { template, config, message: "Run a bigger model on OpenAI", base_version: 1 },
  });
}

describe("a prompt version's model", () => {
  it("runs on the provider the version names, while the rest of the chain keeps its configured model", async () => {
    const { name } = await taskPrompt("resume-extraction");
    const saved = await saveVersion(name, { provider: "openai", model: "gpt-4.1", temperature: 0 });
    expect(saved.status).toBe(201);
    expect(await saved.json()).toMatchObject({ version: 2, config: { provider: "openai", model: "gpt-4.1" } });

    // Ollama fails, so the chain reaches OpenAI: each provider is asked for the model it should run.
    llm.enqueue({ kind: "status", status: 500, path: "/api/chat" });
    const { gateway, traces } = testGateway({ server: llm, chain: ["ollama", "openai"], policy: { maxRetries: 0 } });
    const answer = await runTask({
      gateway,
      ctx: { kind: "system", name: "test" },
      task: "resume-extraction",
      input: { text: "Senior engineer, Python." },
      prompt: { name, version: 2 },
    });
    const chats = llm.requests.filter((request) => request.endpoint === "chat");
    expect(chats.map((request) => [request.protocol, request.model])).toEqual([
      ["ollama", "fake-chat:latest"],
      ["openai", "gpt-4.1"],
    ]);
    expect(answer).toMatchObject({ provider: "openai", model: "gpt-4.1", prompt: { name, version: 2 } });
    // Traced (and priced) as the model that ran.
    expect(traces.map((trace) => [trace.provider, trace.model, trace.status])).toEqual([
      ["ollama", "fake-chat:latest", "error"],
      ["openai", "gpt-4.1", "success"],
    ]);

    // Version 1 names no model: OpenAI runs the one it is configured with.
    llm.reset();
    const { gateway: plain } = testGateway({ server: llm, chain: ["openai"] });
    await runTask({
      gateway: plain,
      ctx: { kind: "system", name: "test" },
      task: "resume-extraction",
      input: { text: "Senior engineer, Python." },
      prompt: { name, version: 1 },
    });
    expect(llm.requests.filter((request) => request.endpoint === "chat").map((request) => request.model)).toEqual([
      "gpt-4.1-mini",
    ]);
  });

  it("is refused without the provider it belongs to", async () => {
    const { name } = await taskPrompt("resume-extraction");
    const refused = await saveVersion(name, { model: "gpt-4.1" });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: { path: string }[] }).errors).toEqual([
      expect.objectContaining({ path: "config.provider" }),
    ]);
  });
});
