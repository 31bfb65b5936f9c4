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

  it("DeepSeek V4: one flat price until 16:00 UTC on 2026-08-16, then twice the rates in weekday peak hours", () => {
    const million = usage(1_000_000, 0, 1_000_000);
    const flash = (iso: string, model = "deepseek-v4-flash") =>
      costOf({ provider: "deepseek", model, usage: million, at: new Date(iso) });
    expect(flash("2026-05-04T02:00:00Z")).toBeCloseTo(0.14 + 0.28, 10); // a Monday, before peak pricing
    expect(flash("2026-08-16T15:59:00Z")).toBeCloseTo(0.14 + 0.28, 10);
    expect(flash("2026-08-17T02:00:00Z")).toBeCloseTo(0.28 + 0.56, 10); // Monday 10:00 in Beijing: peak
    expect(flash("2026-08-17T05:00:00Z")).toBeCloseTo(0.14 + 0.28, 10); // lunch break in Beijing
    expect(flash("2026-08-17T09:59:00Z")).toBeCloseTo(0.28 + 0.56, 10);
    expect(flash("2026-08-17T10:00:00Z")).toBeCloseTo(0.14 + 0.28, 10);
    expect(flash("2026-08-22T02:00:00Z")).toBeCloseTo(0.14 + 0.28, 10); // a Saturday
    expect(flash("2026-08-18T07:00:00Z", "deepseek-v4-pro")).toBeCloseTo(0.87 + 1.74, 10);
  });

  it("DeepSeek V4.1 Flash: deepseek-flash, and the retired name deepseek-v4-flash at the same price", () => {
    const at = (iso: string, model: string) =>
      costOf({ provider: "deepseek", model, usage: usage(2_000_000, 1_000_000, 1_000_000), at: new Date(iso) });
    for (const model of ["deepseek-flash", "deepseek-v4-flash"]) {
      expect(at("2026-11-02T12:00:00Z", model)).toBeCloseTo(0.15 + 0.003 + 0.6, 10); // Monday, off-peak
      expect(at("2026-11-02T03:00:00Z", model)).toBeCloseTo(0.3 + 0.006 + 1.2, 10); // Monday, peak
    }
    expect(
      priceFor({ provider: "deepseek", model: "deepseek-flash", at: new Date("2026-10-16T00:00:00Z") }),
    ).toBeNull();
  });

  it("OpenAI GPT-5.4 mini and nano at their listed rates", () => {
    const at = new Date("2026-11-02T12:00:00Z");
    expect(
      costOf({ provider: "openai", model: "gpt-5.4-mini", usage: usage(1_000_000, 0, 1_000_000), at }),
    ).toBeCloseTo(0.75 + 4.5, 10);
    expect(
      costOf({ provider: "openai", model: "gpt-5.4-nano", usage: usage(1_000_000, 1_000_000, 0), at }),
    ).toBeCloseTo(0.02, 10);
  });
});
