import { describe, expect, it } from "vitest";
import { driftAlertMessage } from "./alert-message";
import type { SignalDrift } from "./types";

const metric = (signal: string, value: number, drifted: boolean): SignalDrift => ({
  signal,
  label: signal,
  group: "candidate",
  kind: "numeric",
  test: "psi",
  value,
  threshold: 0.1,
  drifted,
  bins: [],
  edges: [],
});

describe("driftAlertMessage", () => {
  it("says what drifted in the page's words, names the window's days and links the report", () => {
    const message = driftAlertMessage(
      {
        id: "r1",
        status: "drifted",
        currentStart: new Date("2026-11-16T00:00:00Z"),
        currentEnd: new Date("2026-11-23T00:00:00Z"),
        driftScore: 0.21875,
        threshold: 0.15,
        driftedSignals: 7,
        monitoredSignals: 32,
        referenceRows: 2600,
        currentRows: 1234,
        metrics: [
          metric("a", 0.2, true),
          metric("b", 0.05, false),
          metric("c", 0.9, true),
          ...["d", "e", "f", "g", "h"].map((name, i) => metric(name, 0.11 + i / 100, true)),
        ],
        embeddings: [
          {
            kind: "candidate",
            model: "m",
            status: "drifted",
            referenceRows: 1,
            currentRows: 1,
            dimensions: 2,
            classifierAuc: 0.712,
            meanDistance: 0.1,
            driftedComponentShare: 0,
            drifted: true,
          },
          {
            kind: "job",
            model: "m",
            status: "ok",
            referenceRows: 1,
            currentRows: 1,
            dimensions: 2,
            classifierAuc: 0.5,
            meanDistance: 0,
            driftedComponentShare: 0,
            drifted: false,
          },
        ],
      },
      "https://shortlist.example/drift?report=r1",
    );
    expect(message.text).toBe(
      [
        "Shortlist drift alert: 2026-11-16 to 2026-11-22 drifted",
        "Drifted: 7 of 32 signals (21.9%, over the 15% threshold) — c, a, h and 4 more — and the candidate embeddings.",
        "Rows: 1,234 current, 2,600 reference.",
        "Report: https://shortlist.example/drift?report=r1",
      ].join("\n"),
    );
    expect(JSON.stringify(message.blocks)).toContain("https://shortlist.example/drift?report=r1");
  });
});
