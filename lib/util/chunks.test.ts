import { describe, expect, it } from "vitest";
import { forEachChunk } from "./chunks";

describe("forEachChunk", () => {
  it("reads keys a chunk at a time, in order, and hands over each chunk's rows", async () => {
    const reads: number[][] = [];
    const handled: string[][] = [];
    await forEachChunk(
      [1, 2, 3, 4, 5],
      2,
      async (keys) => {
        reads.push(keys);
        return keys.map(String);
      },
      (rows) => handled.push(rows),
    );
    expect(reads).toEqual([[1, 2], [3, 4], [5]]);
    expect(handled).toEqual([["1", "2"], ["3", "4"], ["5"]]);
  });

  it("reads nothing for no keys, and passes on a failure to handle rows", async () => {
    let read = 0;
    const count = async (keys: number[]) => {
      read++;
      return keys;
    };
    await forEachChunk([], 2, count, () => {});
    expect(read).toBe(0);
    const failing = forEachChunk([1, 2, 3], 1, count, () => {
      throw new Error("cannot handle");
    });
    await expect(failing).rejects.toThrow("cannot handle");
  });

  it("reads up to readAhead chunks while one is handled, and hands them over in order", async () => {
    let reading = 0;
    let mostAtOnce = 0;
    const finish: (() => void)[] = [];
    const handled: number[][] = [];
    const done = forEachChunk(
      [1, 2, 3, 4, 5, 6, 7],
      2,
      (keys) => {
        mostAtOnce = Math.max(mostAtOnce, ++reading);
        return new Promise<number[]>((resolve) => finish.push(() => (reading--, resolve(keys))));
      },
      (rows) => handled.push(rows),
      2,
    );
    // The reads finish last first; each chunk is still handled in its turn.
    while (handled.length < 4) {
      await Promise.resolve();
      finish.pop()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await done;
    expect(mostAtOnce).toBe(2);
    expect(handled).toEqual([[1, 2], [3, 4], [5, 6], [7]]);
  });

  it("settles the reads still running when one fails, and passes the failure on", async () => {
    let settled = 0;
    const failing = forEachChunk(
      [1, 2, 3],
      1,
      async (keys) => {
        if (keys[0] === 1) throw new Error("cannot read");
        await new Promise((resolve) => setImmediate(resolve));
        settled++;
        return keys;
      },
      () => {},
      2,
    );
    await expect(failing).rejects.toThrow("cannot read");
    expect(settled).toBe(1);
  });
});
