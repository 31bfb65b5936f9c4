import { spawn } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LANGFUSE_TEST_KEYS, otlpReceiver, type OtlpReceiver } from "@/test/helpers/otlp-receiver";

// Spans queued for Langfuse are sent when the process is told to stop, not lost with it: a real process
// (test/helpers/traced-process.ts) traces a call, gets SIGTERM, and the local OTLP receiver must have the
// span once the process has exited. The batch interval is an hour, so only the shutdown flush can send it.

let langfuse: OtlpReceiver;
beforeAll(async () => {
  langfuse = await otlpReceiver();
});
afterAll(() => langfuse.close());
beforeEach(() => {
  langfuse.received.length = 0;
  langfuse.hang = false;
});

async function tracedProcessStopped(args: string[], graceMs = 5_000): Promise<number | null> {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "test/helpers/traced-process.ts", ...args],
    {
      env: {
        ...process.env,
        LOG_LEVEL: "silent",
        // No database: the Generation row cannot be written (logged), and the export still goes out.
        DATABASE_URL: "postgresql://127.0.0.1:1/none",
        LANGFUSE_PUBLIC_KEY: LANGFUSE_TEST_KEYS.publicKey,
        LANGFUSE_SECRET_KEY: LANGFUSE_TEST_KEYS.secretKey,
        LANGFUSE_BASE_URL: langfuse.url,
        // Read by @langfuse/otel itself: no background send while the test runs.
        LANGFUSE_FLUSH_INTERVAL: "3600",
        SHUTDOWN_GRACE_MS: String(graceMs),
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const exited = once(child, "exit");
  try {
    let output = "";
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString("utf8");
        if (output.includes("ready")) resolve();
      });
      child.once("exit", (code) => reject(new Error(`The traced process exited early (${code}).`)));
    });
    expect(langfuse.received).toHaveLength(0); // nothing was sent while it ran
    child.kill("SIGTERM");
    const [code] = (await exited) as [number | null];
    return code;
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
}

// Starting a process with the TypeScript loader takes seconds on a busy machine; the wait is on events.
const STARTUP = 120_000;

describe("Langfuse export at shutdown", () => {
  it(
    "sends the queued spans after the server has drained, before the process exits",
    async () => {
      const code = await tracedProcessStopped(["--next"]);
      expect(code).toBe(143);
      expect(langfuse.spans().map((span) => span.name)).toEqual(["resume-extraction"]);
    },
    STARTUP,
  );

  it(
    "exits by itself after the flush when nothing else handles the signal (a script)",
    async () => {
      const code = await tracedProcessStopped([]);
      expect(code).toBe(143);
      expect(langfuse.spans().map((span) => span.name)).toEqual(["resume-extraction"]);
    },
    STARTUP,
  );

  it(
    "still exits when Langfuse never answers, once the grace period has run out",
    async () => {
      langfuse.hang = true;
      const code = await tracedProcessStopped(["--next"], 300);
      expect(code).toBe(143);
      expect(langfuse.received).toHaveLength(1); // it was tried
    },
    STARTUP,
  );
});
