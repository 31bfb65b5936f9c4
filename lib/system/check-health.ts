import "server-only";
import { dbDriver } from "@/lib/db";
import { configurationProblem } from "@/lib/env";
import { ServiceUnavailable } from "@/lib/errors";

export interface Health {
  status: "ok" | "unavailable";
  database: { status: "up" | "down"; kind: "pglite" | "postgres"; latencyMs: number };
}

/** The service's status; a configuration it cannot serve with is unavailable, whatever the database says. */
export async function checkHealth(): Promise<Health> {
  // The process stops at start on such a configuration; this keeps a balancer away should one run anyway.
  if (configurationProblem()) throw new ServiceUnavailable("The server's configuration is invalid; see its log.");
  const driver = dbDriver();
  const started = performance.now();
  const up = await driver.query("SELECT 1").then(
    () => true,
    () => false,
  );
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  return {
    status: up ? "ok" : "unavailable",
    database: { status: up ? "up" : "down", kind: driver.target.kind, latencyMs },
  };
}
