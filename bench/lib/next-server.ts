import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

// The production build served by `next start`, as the benchmarks and checks of the deployed app run it.

export const NEXT_BIN = path.resolve("node_modules", "next", "dist", "bin", "next");

export function requireProductionBuild(): void {
  if (!fs.existsSync(path.resolve(".next", "BUILD_ID"))) throw new Error("No production build: run `npm run build`.");
}

/**
 * A figure of /proc/<pid>/status (kB for memory, a count for threads), summed over the process and its
 * descendants: `next start` may serve from a child.
 */
export function processStatus(pid: number, field: "Threads" | "VmRSS" | "VmHWM"): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const own = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  const children = fs.readdirSync(`/proc/${pid}/task`).flatMap((task) => {
    const file = `/proc/${pid}/task/${task}/children`;
    return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split(" ").filter(Boolean).map(Number) : [];
  });
  return own + children.reduce((sum, child) => sum + processStatus(child, field), 0);
}

/** Waits until `ready` answers true (a failed check counts as not yet); fails once the server has exited. */
export async function until(ready: () => Promise<boolean>, exited: () => boolean): Promise<void> {
  while (!(await ready().catch(() => false))) {
    if (exited()) throw new Error("The server exited before it answered.");
    await sleep(250);
  }
}
