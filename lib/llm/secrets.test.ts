import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { startFakeLlmServer, type FakeLlmServer } from "@/test/fake-llm/server";
import { TEST_KEY, testGateway } from "@/test/helpers/llm";
import { taskSchema } from "./tasks";

// Provider keys never reach logs or results, even when every call fails and logging is at debug.

let server: FakeLlmServer;
const previousLevel = process.env.LOG_LEVEL;

beforeAll(async () => {
  server = await startFakeLlmServer();
  process.env.LOG_LEVEL = "debug";
  resetEnvCache();
});
afterAll(async () => {
  process.env.LOG_LEVEL = previousLevel;
  resetEnvCache();
  await server.close();
});

async function captureOutput(run: () => Promise<unknown>): Promise<string> {
  const chunks: string[] = [];
  const original = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };
  const capture = (chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  try {
    await run().catch((error: unknown) =>
      chunks.push(JSON.stringify(error), String(error), (error as Error).stack ?? ""),
    );
  } finally {
    process.stdout.write = original.out;
    process.stderr.write = original.err;
  }
  return chunks.join("");
}

describe("provider keys", () => {
  it("appear in no log line, error or result when calls fail", async () => {
    const { gateway, traces } = testGateway({
      server,
      chain: ["openai", "deepseek"],
      policy: { maxRetries: 1, timeoutMs: 300 },
    });
    server.enqueue(
      { kind: "status", status: 401 },
      { kind: "status", status: 500, message: `echo ${TEST_KEY}` },
      { kind: "hang" },
    );
    const output = await captureOutput(() =>
      gateway.generate({
        task: "resume-extraction",
        messages: [{ role: "user", content: "<resume>x</resume>" }],
        prompt: null,
        schema: taskSchema("resume-extraction"),
      }),
    );
    expect(output).toContain("LLM provider failed"); // the failures were logged…
    expect(output).not.toContain(TEST_KEY); // …without the key
    expect(JSON.stringify(traces)).not.toContain(TEST_KEY);
    expect(server.requests.every((request) => request.hasAuthorization)).toBe(true);
  });
});
