const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" });
const utcDateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" });
const utcDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const integer = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/** Local time; `utc` for times that mean a UTC day boundary (drift windows), labelled so. */
export function formatDateTime(value: string | Date, { utc = false }: { utc?: boolean } = {}): string {
  return utc ? `${utcDateTime.format(new Date(value))} UTC` : dateTime.format(new Date(value));
}

export function formatCount(value: number): string {
  return integer.format(value);
}

export function formatDate(value: string | Date): string {
  return date.format(new Date(value));
}

/** A calendar day (an opening date) the same on the server and in every browser, so hydration agrees. */
export function formatDay(value: string | Date): string {
  return utcDate.format(new Date(value));
}

/** "3 min ago", "yesterday", "12 Nov 2026": how recent, at a glance. */
export function formatRelative(value: string | Date, now = new Date()): string {
  const seconds = Math.round((now.getTime() - new Date(value).getTime()) / 1000);
  if (seconds < 60) return "just now";
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  if (seconds < 2 * 86_400) return "yesterday";
  if (seconds < 7 * 86_400) return `${Math.floor(seconds / 86_400)} days ago`;
  return formatDate(value);
}

/** A canonical skill id as people write it: "ci_cd" → "ci cd". */
export function skillLabel(id: string): string {
  return id.replace(/_/g, " ");
}

export const BAND_COLORS: Record<string, string> = { strong: "#059669", possible: "#d97706", weak: "#64748b" };
