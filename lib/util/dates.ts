// Dates a caller may set (a job's opening, a baseline window) stay within this range: PostgreSQL keeps
// years up to 294276, but JavaScript, ISO strings and the browser do not, so a year-10000 date once made
// every list holding it unreadable. Stored dates are read defensively all the same.
export const EARLIEST_ACCEPTED_DATE = new Date("1970-01-01T00:00:00Z");
export const LATEST_ACCEPTED_DATE = new Date("2100-01-01T00:00:00Z");

export function isAcceptedDate(date: Date): boolean {
  const time = date.getTime();
  return time >= EARLIEST_ACCEPTED_DATE.getTime() && time <= LATEST_ACCEPTED_DATE.getTime();
}

/** A stored date as ISO text, or null when it cannot be read (outside what JavaScript represents). */
export function isoOrNull(date: Date | null | undefined): string | null {
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : null;
}

/** Whole days from `date` to `now` (0 when in the future); null when the date cannot be read. */
export function wholeDaysSince(date: Date, now: number = Date.now()): number | null {
  const time = date.getTime();
  return Number.isNaN(time) ? null : Math.max(0, Math.floor((now - time) / 86_400_000));
}
