import { describe, expect, it } from "vitest";
import { formatDelta, formatInterval, formatValue, significant } from "./format";

describe("comparison formatting", () => {
  it("shows rates as percentages and their differences as percentage points", () => {
    expect(formatValue(0.8333, "percent")).toBe("83.3 %");
    expect(formatDelta(-0.1667, "percent")).toBe("−16.7 pp");
    expect(formatInterval({ value: -0.1, low: -0.3, high: 0.05 }, "percent")).toBe("[−30.0 pp, +5.0 pp]");
  });

  it("signs latency and score changes, and says when an interval excludes zero", () => {
    expect(formatDelta(20, "ms")).toBe("+20 ms");
    expect(formatDelta(0, "score")).toBe("±0.0");
    expect(significant({ value: -2, low: -3, high: -1 })).toBe(true);
    expect(significant({ value: -2, low: -3, high: 1 })).toBe(false);
    expect(significant({ value: null, low: null, high: null })).toBe(false);
  });
});
