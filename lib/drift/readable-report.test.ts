import { describe, expect, it } from "vitest";
import { readableMetrics } from "./readable-report";
import type { SignalDrift } from "./types";

const metric = (signal: string, label: string, bins: string[]): SignalDrift => ({
  signal,
  label,
  group: "job",
  kind: "categorical",
  test: "psi",
  value: 0.2,
  threshold: 0.1,
  drifted: true,
  bins: bins.map((bin) => ({ label: bin, reference: 0.5, current: 0.5 })),
  edges: null,
});

describe("readableMetrics", () => {
  const names = new Map([
    ["rec_03", "Priya Natarajan"],
    ["other", "Someone called other"],
  ]);

  it("names the recruiters the directory knows, keeps unknown ids and the folded `other`", () => {
    const [recruiter] = readableMetrics([metric("recruiter", "Recruiter", ["rec_03", "rec_77", "other"])], names);
    expect(recruiter!.bins.map((bin) => bin.label)).toEqual(["Priya Natarajan", "rec_77", "other"]);
  });

  it("leaves other signals' categories alone, and labels signals from the catalog", () => {
    const [department] = readableMetrics([metric("department", "stored label", ["rec_03"])], names);
    expect(department!.bins.map((bin) => bin.label)).toEqual(["rec_03"]);
    expect(department!.label).toBe("Department");
  });

  it("keeps the stored label of a signal the catalog no longer has", () => {
    const [old] = readableMetrics([metric("seniority_gap_abs", "Seniority gap (levels)", [])], names);
    expect(old!.label).toBe("Seniority gap (levels)");
  });
});
