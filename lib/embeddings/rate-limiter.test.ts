import { describe, expect, it } from "vitest";
import { rateLimiter } from "./rate-limiter";

describe("rateLimiter", () => {
  it("lets the first batch go at once, then spaces batches by their share of the minute", async () => {
    let clock = 1_000;
    const waits: number[] = [];
    const limiter = rateLimiter({
      perMinute: 60,
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        clock += ms;
      },
    });
    await limiter.take(10); // 10 units at 60 a minute reserve 10 s
    await limiter.take(5);
    clock += 2_000; // time passing between batches counts
    await limiter.take(1);
    expect(waits).toEqual([10_000, 3_000]);
  });

  it("never waits when the work itself is slower than the limit", async () => {
    let clock = 0;
    const waits: number[] = [];
    const limiter = rateLimiter({ perMinute: 600, now: () => clock, sleep: async (ms) => void waits.push(ms) });
    for (let batch = 0; batch < 5; batch++) {
      await limiter.take(10); // 1 s of budget each
      clock += 1_500;
    }
    expect(waits).toEqual([]);
  });
});
