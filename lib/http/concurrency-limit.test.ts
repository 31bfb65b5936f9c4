import { describe, expect, it } from "vitest";
import { TooManyRequests } from "@/lib/errors";
import { ConcurrencyLimit } from "./concurrency-limit";

describe("ConcurrencyLimit", () => {
  it("admits up to the per-caller and total limits, and frees a place exactly once per release", () => {
    const limit = new ConcurrencyLimit({ perCaller: 1, total: 2, label: "batch scoring" });
    const a = limit.acquire("a");
    expect(() => limit.acquire("a")).toThrow(TooManyRequests);
    const b = limit.acquire("b");
    expect(() => limit.acquire("c")).toThrow(/as much batch scoring as it takes/);
    a();
    a();
    const c = limit.acquire("c");
    expect(() => limit.acquire("a")).toThrow(TooManyRequests);
    b();
    c();
    expect(() => limit.acquire("a")).not.toThrow();
  });

  it("tells a refused caller when to come back, at least a second", () => {
    const limit = new ConcurrencyLimit({ perCaller: 1, total: 1, label: "batch scoring" });
    limit.acquire("a");
    try {
      limit.acquire("b");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TooManyRequests);
      expect((error as TooManyRequests).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
  });
});
