import { describe, expect, it } from "vitest";
import { CircuitBreaker } from "./circuit-breaker";

function clock() {
  let time = 1_000_000;
  return { now: () => time, advance: (ms: number) => (time += ms) };
}

describe("CircuitBreaker", () => {
  it("opens after the threshold of consecutive failures and skips the provider during the cooldown", () => {
    const time = clock();
    const breaker = new CircuitBreaker({ failureThreshold: 2, cooldownMs: 1000, now: time.now });
    expect(breaker.tryAcquire("ollama")).toBe(true);
    breaker.recordFailure("ollama", "timeout");
    expect(breaker.tryAcquire("ollama")).toBe(true);
    breaker.recordFailure("ollama", "provider_error");
    expect(breaker.tryAcquire("ollama")).toBe(false);
    expect(breaker.state("ollama")).toMatchObject({
      consecutiveFailures: 2,
      lastErrorClass: "provider_error",
      cooldownRemainingMs: 1000,
    });
    expect(breaker.tryAcquire("deepseek")).toBe(true);
  });

  it("admits one trial call after the cooldown; success closes the circuit", () => {
    const time = clock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 1000, now: time.now });
    breaker.recordFailure("openai", "timeout");
    time.advance(1001);
    expect(breaker.tryAcquire("openai")).toBe(true);
    expect(breaker.tryAcquire("openai")).toBe(false); // the trial is in flight
    breaker.recordSuccess("openai");
    expect(breaker.tryAcquire("openai")).toBe(true);
    expect(breaker.state("openai")).toMatchObject({
      consecutiveFailures: 0,
      cooldownRemainingMs: 0,
      lastErrorClass: "timeout",
    });
  });

  it("a failed trial reopens the circuit for a full cooldown", () => {
    const time = clock();
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 1000, now: time.now });
    breaker.recordFailure("openai", "timeout");
    time.advance(1500);
    expect(breaker.tryAcquire("openai")).toBe(true);
    breaker.recordFailure("openai", "timeout");
    expect(breaker.state("openai").cooldownRemainingMs).toBe(1000);
  });

  it("an explicit cooldown (Retry-After beyond the cap) opens the circuit below the threshold", () => {
    const time = clock();
    const breaker = new CircuitBreaker({ failureThreshold: 5, cooldownMs: 1000, now: time.now });
    breaker.recordFailure("deepseek", "rate_limit", { cooldownMs: 30_000 });
    expect(breaker.tryAcquire("deepseek")).toBe(false);
    expect(breaker.state("deepseek").cooldownRemainingMs).toBe(30_000);
  });

  it("request-specific failures are noted but do not open the circuit", () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 1000 });
    breaker.recordFailure("ollama", "invalid_output");
    breaker.recordFailure("ollama", "bad_request");
    expect(breaker.tryAcquire("ollama")).toBe(true);
    expect(breaker.state("ollama")).toMatchObject({ consecutiveFailures: 0, lastErrorClass: "bad_request" });
  });
});
