import { describe, expect, it } from "vitest";
import type { DriftReportSummaryJson } from "@/lib/contracts/drift";
import { alertText, latestRunPerWindow, modelVersionText } from "./format";

describe("alertText", () => {
  const alert: DriftReportSummaryJson["alert"] = {
    status: "sent",
    attempts: 1,
    alerted_at: null,
    error: null,
    channels_sent: [],
  };

  it("names the channels an alert went to", () => {
    expect(alertText({ ...alert, channels_sent: ["webhook", "email"] })).toBe("Alert sent by webhook and e-mail");
  });

  it("says what a failed alert already reached, and that it is retried", () => {
    expect(
      alertText({ ...alert, status: "failed", error: "email: SMTP failed (ECONNECTION)", channels_sent: ["webhook"] }),
    ).toBe("Alert failed (email: SMTP failed (ECONNECTION)); the next run retries it (already sent by webhook)");
  });

  it("points at the settings when no channel is configured", () => {
    expect(alertText({ ...alert, status: "skipped" })).toMatch(/DRIFT_ALERT_WEBHOOK_URL, or SMTP_URL/);
  });
});

describe("latestRunPerWindow", () => {
  const run = (id: string, start: string, end: string, updatedAt: string) => ({
    id,
    current: { start: `${start}T00:00:00.000Z`, end: `${end}T00:00:00.000Z` },
    updated_at: updatedAt,
  });

  it("keeps the latest run of each window, oldest window first", () => {
    const reports = [
      run("rerun", "2026-11-23", "2026-11-30", "2026-11-30T12:00:00.000Z"),
      run("first", "2026-11-23", "2026-11-30", "2026-11-30T06:00:00.000Z"),
      run("earlier", "2026-11-16", "2026-11-23", "2026-11-23T06:00:00.000Z"),
    ];
    expect(latestRunPerWindow(reports).map((report) => report.id)).toEqual(["earlier", "rerun"]);
  });
});

describe("modelVersionText", () => {
  it("lists each window's rows per version when more than one version scored them", () => {
    expect(modelVersionText({ model_version_rows: { reference: { v1: 1500 }, current: { v1: 100, v2: 500 } } })).toBe(
      "Rows per model version — reference: v1 1,500; current: v1 100, v2 500",
    );
  });

  it("says nothing for one version, or for reports stored before versions were counted", () => {
    expect(modelVersionText({ model_version_rows: { reference: { v1: 1500 }, current: { v1: 600 } } })).toBeNull();
    expect(modelVersionText({ bins: 10 })).toBeNull();
  });
});
