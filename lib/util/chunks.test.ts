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
});
