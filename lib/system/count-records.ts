import "server-only";
import { db } from "@/lib/db";

export interface RecordCounts {
  jobs: number;
  candidates: number;
  inferencesThisWeek: number;
}

export async function countRecords({ now = new Date() }: { now?: Date } = {}): Promise<RecordCounts> {
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const [jobs, candidates, inferencesThisWeek] = await Promise.all([
    db.job.count({ where: { closedAt: null } }),
    db.candidate.count(),
    db.inference.count({ where: { createdAt: { gte: weekAgo }, score: { not: null } } }),
  ]);
  return { jobs, candidates, inferencesThisWeek };
}
