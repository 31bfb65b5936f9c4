// The worker entry of lib/util/worker-pool.test.ts: doubles a number, throws for a bad input, dies on request.
import { serveWorkerTasks } from "@/lib/util/worker-pool";

export type PoolTask = { double: number } | { fail: string } | { exit: number } | { wait: number };

serveWorkerTasks(async (task: PoolTask) => {
  if ("fail" in task) throw new TypeError(task.fail);
  if ("exit" in task) process.exit(task.exit);
  if ("wait" in task) await new Promise((resolve) => setTimeout(resolve, task.wait));
  return { doubled: "double" in task ? task.double * 2 : 0, isMainThread: false };
});
