import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_MODEL } from "./default-model";
import { cachedActiveModel, forgetActiveModel, sharedActiveModelRead } from "./active-model-cache";
import type { ScoringModel } from "./model";

const model = (version: string): ScoringModel => ({ ...DEFAULT_MODEL, version });

/** A read that answers when told to, counting how often it was started. */
function pendingRead(version: string) {
  let answer: (model: ScoringModel) => void = () => {};
  const read = {
    started: 0,
    run: () => {
      read.started++;
      return new Promise<ScoringModel>((resolve) => (answer = resolve));
    },
    answer: () => answer(model(version)),
  };
  return read;
}

afterEach(forgetActiveModel);

describe("reading the active model", () => {
  it("shares one read among the requests that find the kept model expired, and keeps its answer", async () => {
    const read = pendingRead("v1");
    const waiting = Array.from({ length: 32 }, () => sharedActiveModelRead(1_000, read.run));
    read.answer();
    const models = await Promise.all(waiting);
    expect(read.started).toBe(1);
    expect(new Set(models).size).toBe(1);
    expect(cachedActiveModel(1_000 + 4_999)).toBe(models[0]);
    expect(cachedActiveModel(1_000 + 5_000)).toBeNull();
  });

  it("does not keep a read that an activation made stale, and reads again after it", async () => {
    const stale = pendingRead("old");
    const before = sharedActiveModelRead(1_000, stale.run);
    forgetActiveModel(); // an activation in this process
    const fresh = pendingRead("new");
    const after = sharedActiveModelRead(1_001, fresh.run);
    stale.answer();
    fresh.answer();
    expect((await before).version).toBe("old");
    expect((await after).version).toBe("new");
    expect(cachedActiveModel(1_002)?.version).toBe("new");
  });

  it("reads again after a read that failed", async () => {
    await expect(sharedActiveModelRead(1_000, () => Promise.reject(new Error("connection lost")))).rejects.toThrow();
    const read = pendingRead("v2");
    const next = sharedActiveModelRead(1_000, read.run);
    read.answer();
    expect((await next).version).toBe("v2");
  });
});
