import { describe, expect, it } from "vitest";
import { costOf, inWindow, priceFor, type PriceEntry } from "./prices";

const usage = (inputTokens: number, cachedTokens: number, outputTokens: number) => ({
  inputTokens,
  cachedTokens,
  outputTokens,
});

describe("price table", () => {
  it("DeepSeek: cache hits and misses at their own rates (V3.2 prices)", () => {
    // 1M input of which 400k cache hits, 200k output: 600k × 0.28 + 400k × 0.028 + 200k × 0.42 per 1M.
    const cost = costOf({
      provider: "deepseek",
      model: "deepseek-chat",
      usage: usage(1_000_000, 400_000, 200_000),
      at: new Date("2025-11-03T10:00:00Z"),
    });
    expect(cost).toBeCloseTo(0.168 + 0.0112 + 0.084, 10);
  });

  it("DeepSeek: off-peak discount inside 16:30–00:30 UTC while it existed, wrapping past midnight", () => {
    const call = (iso: string) =>
      costOf({
        provider: "deepseek",
        model: "deepseek-chat",
        usage: usage(1_000_000, 0, 1_000_000),
        at: new Date(iso),
      });
    expect(call("2025-03-01T12:00:00Z")).toBeCloseTo(0.27 + 1.1, 10);
    expect(call("2025-03-01T16:30:00Z")).toBeCloseTo(0.135 + 0.55, 10);
    expect(call("2025-03-01T23:59:00Z")).toBeCloseTo(0.135 + 0.55, 10);
    expect(call("2025-03-02T00:29:00Z")).toBeCloseTo(0.135 + 0.55, 10);
    expect(call("2025-03-02T00:30:00Z")).toBeCloseTo(0.27 + 1.1, 10);
    // The discount ended on 2025-09-05: the same hour is full price after that.
    expect(call("2025-09-10T17:00:00Z")).toBeCloseTo(0.56 + 1.68, 10);
  });

  it("DeepSeek off-peak applies to cache hits too", () => {
    const cost = costOf({
      provider: "deepseek",
      model: "deepseek-chat",
      usage: usage(2_000_000, 1_000_000, 0),
      at: new Date("2025-03-01T20:00:00Z"),
    });
    expect(cost).toBeCloseTo(0.135 + 0.035, 10);
  });

  it("picks the row in force on the day (effective dates)", () => {
    expect(
      priceFor({ provider: "deepseek", model: "deepseek-chat", at: new Date("2025-09-04T23:00:00Z") })?.effectiveFrom,
    ).toBe("2025-02-09");
    expect(
      priceFor({ provider: "deepseek", model: "deepseek-chat", at: new Date("2025-09-05T00:00:00Z") })?.effectiveFrom,
    ).toBe("2025-09-05");
    expect(priceFor({ provider: "openai", model: "gpt-4.1-mini", at: new Date("2025-01-01T00:00:00Z") })).toBeNull();
  });

  it("OpenAI: cached input at the cached rate", () => {
    const cost = costOf({
      provider: "openai",
      model: "gpt-4.1-mini",
      usage: usage(1000, 400, 500),
      at: new Date("2026-01-01T00:00:00Z"),
    });
    expect(cost).toBeCloseTo((600 * 0.4 + 400 * 0.1 + 500 * 1.6) / 1e6, 12);
  });

  it("local and builtin cost 0; unknown models have no price", () => {
    const at = new Date();
    expect(costOf({ provider: "ollama", model: "qwen2.5:7b-instruct", usage: usage(5000, 0, 800), at })).toBe(0);
    expect(costOf({ provider: "builtin", model: "rules", usage: usage(0, 0, 0), at })).toBe(0);
    expect(costOf({ provider: "openai", model: "my-vllm-model", usage: usage(1, 0, 1), at })).toBeNull();
  });

  it("a custom table: exact model beats the provider wildcard", () => {
    const table: PriceEntry[] = [
      { provider: "openai", model: "*", effectiveFrom: "2020-01-01", rates: { input: 1, cachedInput: 1, output: 1 } },
      { provider: "openai", model: "m", effectiveFrom: "2020-01-01", rates: { input: 2, cachedInput: 2, output: 2 } },
    ];
    const at = new Date("2024-01-01T00:00:00Z");
    expect(costOf({ provider: "openai", model: "m", usage: usage(1_000_000, 0, 0), at }, table)).toBe(2);
    expect(costOf({ provider: "openai", model: "other", usage: usage(1_000_000, 0, 0), at }, table)).toBe(1);
  });

  it("inWindow handles non-wrapping windows", () => {
    expect(inWindow(new Date("2025-01-01T10:00:00Z"), { startUtc: "09:00", endUtc: "17:00" })).toBe(true);
    expect(inWindow(new Date("2025-01-01T17:00:00Z"), { startUtc: "09:00", endUtc: "17:00" })).toBe(false);
  });
});
