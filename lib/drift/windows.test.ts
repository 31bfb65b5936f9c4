import { describe, expect, it } from "vitest";
import { resolveWindows, startOfUtcDay } from "./windows";

describe("resolveWindows", () => {
  const now = new Date("2026-11-23T06:00:05Z"); // a Monday, as the weekly cron runs

  it("defaults to the last 7 whole UTC days against the 28 days before them", () => {
    expect(resolveWindows({ now, currentDays: 7, referenceDays: 28 })).toEqual({
      current: { start: new Date("2026-11-16T00:00:00Z"), end: new Date("2026-11-23T00:00:00Z") },
      reference: { start: new Date("2026-10-19T00:00:00Z"), end: new Date("2026-11-16T00:00:00Z") },
      referenceKind: "trailing",
    });
  });

  it("uses a pinned baseline as the reference and an explicit end for the current window", () => {
    const baseline = { start: new Date("2026-01-01T00:00:00Z"), end: new Date("2026-01-08T00:00:00Z") };
    const windows = resolveWindows({
      now,
      currentEnd: new Date("2026-11-20T12:00:00Z"),
      currentDays: 2,
      referenceDays: 28,
      baseline,
    });
    expect(windows.current).toEqual({ start: new Date("2026-11-18T12:00:00Z"), end: new Date("2026-11-20T12:00:00Z") });
    expect(windows.reference).toEqual(baseline);
    expect(windows.referenceKind).toBe("pinned");
  });

  it("truncates to the start of the UTC day", () => {
    expect(startOfUtcDay(new Date("2026-11-23T23:59:59.999Z"))).toEqual(new Date("2026-11-23T00:00:00Z"));
  });
});
