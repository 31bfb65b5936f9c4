import "server-only";
import { db } from "@/lib/db";
import type { TimeWindow } from "./types";
import { daysFrom, windowDays } from "./windows";

/**
 * The days of `window` inside current windows that earlier checks reported drifted. A trailing reference
 * leaves them out: they are the episode, not the norm, and would otherwise make the next four weeks drift
 * against a reference that holds it.
 */
export async function driftedDaysWithin(window: TimeWindow): Promise<string[]> {
  const reports = await db.driftReport.findMany({
    where: { status: "drifted", currentStart: { lt: window.end }, currentEnd: { gt: window.start } },
    select: { currentStart: true, currentEnd: true },
  });
  const inWindow = windowDays(window);
  const days = new Set<string>();
  for (const report of reports) {
    const drifted = windowDays({ start: report.currentStart, end: report.currentEnd });
    const first = drifted.first > inWindow.first ? drifted.first : inWindow.first;
    const end = drifted.end < inWindow.end ? drifted.end : inWindow.end;
    for (const day of daysFrom(first, end)) days.add(day);
  }
  return [...days].sort();
}
