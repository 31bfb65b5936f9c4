import { describe, expect, it } from "vitest";
import { backoffDelay } from "./retry";

const policy = { baseMs: 100, maxDelayMs: 8_000 };

describe("backoffDelay", () => {
  it("doubles per retry with equal jitter (between half and all of the step)", () => {
    expect(backoffDelay({ retry: 1, policy, retryAfterMs: null, random: () => 0 })).toBe(50);
    expect(backoffDelay({ retry: 1, policy, retryAfterMs: null, random: () => 1 })).toBe(100);
    expect(backoffDelay({ retry: 3, policy, retryAfterMs: null, random: () => 0.5 })).toBe(300);
  });

  it("never exceeds the cap", () => {
    expect(backoffDelay({ retry: 20, policy, retryAfterMs: null, random: () => 1 })).toBe(8_000);
  });

  it("honours Retry-After as a floor", () => {
    expect(backoffDelay({ retry: 1, policy, retryAfterMs: 1_000, random: () => 0 })).toBe(1_000);
    expect(backoffDelay({ retry: 1, policy, retryAfterMs: 10, random: () => 1 })).toBe(100);
  });

  it("gives up (null) when Retry-After is beyond the cap", () => {
    expect(backoffDelay({ retry: 1, policy, retryAfterMs: 30_000 })).toBeNull();
  });
});
