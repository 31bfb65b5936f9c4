import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import type { PoolTask } from "@/test/helpers/pool-worker";
import { runsTypeScriptSource, typeScriptWorker, workerPool } from "./worker-pool";

// The worker runs test/helpers/pool-worker.ts; inline stands for the same work on this thread.
const inline = (task: PoolTask) => {
  if ("fail" in task) throw new TypeError(task.fail);
  return { doubled: "double" in task ? task.double * 2 : 0, isMainThread: true };
};

const ENTRY = new URL("../../test/helpers/pool-worker.ts", import.meta.url);

function pool(size: number, start = () => typeScriptWorker(ENTRY)) {
  const unavailable: unknown[] = [];
  const workers: Worker[] = [];
  const created = workerPool<PoolTask, ReturnType<typeof inline>>({
    size,
    inline,
    start: () => {
      const worker = start();
      workers.push(worker);
      return worker;
    },
    onUnavailable: (error) => unavailable.push(error),
  });
  return { pool: created, unavailable, workers };
}

describe("workerPool", () => {
  it("knows that the tests run TypeScript source", () => {
    expect(runsTypeScriptSource()).toBe(true);
  });

  it("runs tasks on at most `size` workers and answers each in its place", async () => {
    const { pool: two, workers } = pool(2);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => two.run({ double: n })));
    expect(answers.map((answer) => answer.doubled)).toEqual(Array.from({ length: 20 }, (_, n) => n * 2));
    expect(answers.every((answer) => !answer.isMainThread)).toBe(true);
    expect(workers).toHaveLength(2);
    expect(two.workers()).toBe(2);
    await two.close();
    expect(two.workers()).toBe(0);
  });

  it("throws a task's error where the task was asked, as inline would, and goes on", async () => {
    const { pool: one } = pool(1);
    const inWorker = await one.run({ fail: "no such skill" }).catch((error: unknown) => error);
    const onThread = await Promise.resolve()
      .then(() => inline({ fail: "no such skill" }))
      .catch((error: unknown) => error);
    expect(inWorker).toBeInstanceOf(TypeError);
    expect(inWorker).toMatchObject({ name: (onThread as Error).name, message: (onThread as Error).message });
    expect((await one.run({ double: 4 })).doubled).toBe(8);
    await one.close();
  });

  it("rejects the task of a worker that dies, and starts another for the next", async () => {
    const { pool: one, workers } = pool(1);
    await expect(one.run({ exit: 3 })).rejects.toThrow(/exited \(code 3\)/);
    expect((await one.run({ double: 5 })).doubled).toBe(10);
    expect(workers).toHaveLength(2);
    await one.close();
  });

  it("sends a busy worker its next task, which another worker runs if that one dies first", async () => {
    const { pool: one, workers } = pool(1);
    const [died, next] = [one.run({ exit: 3 }), one.run({ double: 6 })];
    await expect(died).rejects.toThrow(/exited \(code 3\)/);
    expect((await next).doubled).toBe(12);
    expect(workers).toHaveLength(2);
    await one.close();
  });

  it("runs tasks inline when no worker can start, and says so once", async () => {
    const missing = () => new Worker(new URL("../../test/helpers/no-such-worker.ts", import.meta.url));
    const { pool: broken, unavailable } = pool(2, missing);
    const answers = await Promise.all([broken.run({ double: 1 }), broken.run({ double: 2 })]);
    expect(answers).toEqual([
      { doubled: 2, isMainThread: true },
      { doubled: 4, isMainThread: true },
    ]);
    expect(unavailable).toHaveLength(1);
    await broken.close();
  });

  it("runs tasks inline with a size of 0", async () => {
    const { pool: none, workers } = pool(0);
    expect(await none.run({ double: 3 })).toEqual({ doubled: 6, isMainThread: true });
    expect(workers).toHaveLength(0);
  });

  it("lets the tasks asked finish on close, then stops its workers", async () => {
    const { pool: one, workers } = pool(1);
    const asked = one.run({ wait: 50 });
    const exited = once(workers[0]!, "exit");
    const closed = one.close();
    expect((await asked).doubled).toBe(0);
    await closed;
    await exited;
    expect(await one.run({ double: 2 })).toEqual({ doubled: 4, isMainThread: true });
  });
});
