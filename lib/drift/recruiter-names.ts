import "server-only";
import { db } from "@/lib/db";
import { RECRUITER_SIGNAL } from "./readable-report";
import type { SignalDrift } from "./types";

/** The directory's names for the recruiter ids a report's recruiter signal shows. */
export async function recruiterNamesOf(metrics: readonly SignalDrift[]): Promise<Map<string, string>> {
  const ids = metrics.find((metric) => metric.signal === RECRUITER_SIGNAL)?.bins.map((bin) => bin.label) ?? [];
  if (ids.length === 0) return new Map();
  const rows = await db.recruiter.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(rows.map((row) => [row.id, row.name]));
}
