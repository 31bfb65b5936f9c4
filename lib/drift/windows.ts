import type { TimeWindow } from "./types";

export const DAY_MS = 86_400_000;

export function startOfUtcDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}

/** UTC days (YYYY-MM-DD) that overlap the window: a window not on day boundaries takes whole days. */
export function windowDays(window: TimeWindow): { first: string; end: string } {
  const first = startOfUtcDay(window.start);
  const last = startOfUtcDay(new Date(window.end.getTime() - 1));
  return { first: isoDay(first), end: isoDay(new Date(last.getTime() + DAY_MS)) };
}

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** The days from `first` up to `end` (excluded), YYYY-MM-DD. */
export function daysFrom(first: string, end: string): string[] {
  const days: string[] = [];
  for (let day = Date.parse(`${first}T00:00:00Z`); day < Date.parse(`${end}T00:00:00Z`); day += DAY_MS)
    days.push(isoDay(new Date(day)));
  return days;
}

export function daysBefore(date: Date, days: number): Date {
  return new Date(date.getTime() - days * DAY_MS);
}

/**
 * The current window ends at `currentEnd` (default: the start of today, UTC — whole days, so a second run
 * on the same day checks the same window and updates its report). The reference is a pinned baseline, or
 * the `referenceDays` just before the current window.
 */
export function resolveWindows(options: {
  now: Date;
  currentEnd?: Date;
  currentDays: number;
  referenceDays: number;
  baseline?: TimeWindow | null;
}): { current: TimeWindow; reference: TimeWindow; referenceKind: "trailing" | "pinned" } {
  const end = options.currentEnd ?? startOfUtcDay(options.now);
  const current = { start: daysBefore(end, options.currentDays), end };
  if (options.baseline)
    return {
      current,
      reference: { start: options.baseline.start, end: options.baseline.end },
      referenceKind: "pinned",
    };
  return {
    current,
    reference: { start: daysBefore(current.start, options.referenceDays), end: current.start },
    referenceKind: "trailing",
  };
}
