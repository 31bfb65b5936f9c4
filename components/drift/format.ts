// Formatting for the drift page (pure; server and client).
import { formatCount, formatDateTime } from "@/components/ui/format";
import type { DriftReportJson, DriftReportSummaryJson } from "@/lib/contracts/drift";

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const dayWithYear = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** A window [start, end) as its first and last day: "16 Nov – 22 Nov 2026". */
export function formatWindow(window: { start: string; end: string }): string {
  const last = new Date(new Date(window.end).getTime() - 1);
  return `${day.format(new Date(window.start))} – ${dayWithYear.format(last)}`;
}

/** The short label of a weekly window on the chart: the day it ends on. */
export function shortWindow(window: { start: string; end: string }): string {
  return day.format(new Date(new Date(window.end).getTime() - 1));
}

/**
 * One report per current window, oldest first: a window checked more than once (against another
 * reference, or a pinned baseline) shows its latest run, so a chart's axis never repeats a week.
 */
export function latestRunPerWindow<Report extends Pick<DriftReportSummaryJson, "current" | "updated_at">>(
  reports: readonly Report[],
): Report[] {
  const latest = new Map<string, Report>();
  for (const report of reports) {
    const key = `${report.current.start}/${report.current.end}`;
    const seen = latest.get(key);
    if (!seen || report.updated_at > seen.updated_at) latest.set(key, report);
  }
  return [...latest.values()].sort(
    (a, b) => a.current.end.localeCompare(b.current.end) || a.current.start.localeCompare(b.current.start),
  );
}

export function formatShare(share: number | null): string {
  return share === null ? "—" : `${(Math.round(share * 1000) / 10).toLocaleString("en-GB")}%`;
}

export function formatValue(value: number | null, digits = 3): string {
  return value === null ? "—" : value.toFixed(digits);
}

export const TEST_NAMES = { psi: "PSI", jensen_shannon: "Jensen–Shannon", wasserstein: "Normed Wasserstein" } as const;

export const STATUS_TEXT: Record<DriftReportSummaryJson["status"], string> = {
  ok: "No drift",
  drifted: "Drifted",
  insufficient_data: "Insufficient data",
};

const CHANNEL_NAMES = { webhook: "webhook", email: "e-mail" } as const;

function channelList(channels: DriftReportSummaryJson["alert"]["channels_sent"]): string {
  return channels.length > 0 ? ` by ${channels.map((channel) => CHANNEL_NAMES[channel]).join(" and ")}` : "";
}

export function alertText(alert: DriftReportSummaryJson["alert"]): string {
  switch (alert.status) {
    case "sent":
      return `Alert sent${channelList(alert.channels_sent)}${alert.alerted_at ? ` ${formatDateTime(alert.alerted_at, { utc: true })}` : ""}`;
    case "failed":
      return `Alert failed (${alert.error ?? "unknown error"}); the next run retries it${alert.channels_sent.length > 0 ? ` (already sent${channelList(alert.channels_sent)})` : ""}`;
    case "pending":
      return "Alert waiting to be sent";
    case "skipped":
      return "No alert sent: no alert channel was configured (DRIFT_ALERT_WEBHOOK_URL, or SMTP_URL with DRIFT_ALERT_EMAIL_TO)";
    default:
      return "No alert needed";
  }
}

/**
 * Rows per scoring model version when the two windows were not scored by one version alone (the windows
 * merge versions, so a score shift that came with a new version should say so); null otherwise.
 */
export function modelVersionText(settings: DriftReportJson["settings"]): string | null {
  const rows = settings.model_version_rows;
  if (typeof rows !== "object" || Array.isArray(rows)) return null;
  const side = (counts: Record<string, number> = {}) =>
    Object.entries(counts)
      .map(([version, count]) => `${version || "no version"} ${formatCount(count)}`)
      .join(", ") || "none";
  const versions = new Set([...Object.keys(rows.reference ?? {}), ...Object.keys(rows.current ?? {})]);
  if (versions.size < 2) return null;
  return `Rows per model version — reference: ${side(rows.reference)}; current: ${side(rows.current)}`;
}
