import "server-only";
import { dbDriver } from "@/lib/db";

export interface Health {
  status: "ok" | "unavailable";
  database: { status: "up" | "down"; kind: "pglite" | "postgres"; latencyMs: number };
}

export async function checkHealth(): Promise<Health> {
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
