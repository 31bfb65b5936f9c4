import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET as healthRoute } from "@/app/api/health/route";
import { callRoute } from "@/test/helpers/http";
import { withEnv } from "@/test/helpers/env";

// On PostgreSQL in production without AUTH_SECRET the server used to start, pass its health check and
// answer every API call with 500. Such a configuration now stops the process at start, naming the variable.

const UNSERVABLE = {
  NODE_ENV: "production",
  // Nothing listens here: the process must stop on its configuration before it tries the database.
  DATABASE_URL: "postgresql://postgres@127.0.0.1:1/never",
  AUTH_SECRET: undefined,
};

/** Runs the server's start hook (instrumentation.ts) in a process of its own, as `next start` would. */
function startHook(env: Record<string, string | undefined>): Promise<{ code: number | null; stderr: string }> {
  const script = `import(${JSON.stringify(path.join(process.cwd(), "instrumentation.ts"))}).then((hook) => hook.register())`;
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_RUNTIME: "nodejs", LOG_LEVEL: "silent" };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[name];
    else childEnv[name] = value;
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "-e", script], {
      env: childEnv,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

describe("a configuration the server cannot serve with", () => {
  it("stops the process at start with a message naming the variable", async () => {
    const { code, stderr } = await startHook(UNSERVABLE);
    expect(code).toBe(1);
    expect(stderr).toContain("Shortlist cannot start. Invalid environment configuration");
    expect(stderr).toMatch(/AUTH_SECRET: is required in production with DATABASE_URL/);
  });

  it("fails the health check should a process run with it anyway", async () => {
    const response = await withEnv(UNSERVABLE, () => callRoute(healthRoute));
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});
