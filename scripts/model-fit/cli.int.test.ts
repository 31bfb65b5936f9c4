import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquirePgliteLock } from "@/lib/db/pglite-lock";

// The command as a user runs it: it refuses an embedded data directory another process (the server) holds,
// before opening anything. (What it does on a database is tested in-process: model-fit.int.test.ts.)

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "model-fit-cli-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function runCli(dataDir: string): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: dataDir, LOG_LEVEL: "error" };
  delete env.DATABASE_URL;
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join("scripts", "model-fit", "main.ts")],
    { env, cwd: process.cwd() },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, output })));
}

describe("npm run model:fit on the embedded database", () => {
  it("refuses to open a data directory the server holds", async () => {
    const dataDir = path.join(scratch, "held");
    const release = acquirePgliteLock(dataDir);
    try {
      const { code, output } = await runCli(dataDir);
      expect(code).toBe(1);
      expect(output).toContain(`is in use by process ${process.pid}`);
      expect(fs.existsSync(dataDir)).toBe(false);
    } finally {
      release();
    }
  }, 120_000);
});
