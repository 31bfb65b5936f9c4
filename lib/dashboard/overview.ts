import "server-only";
import { db, dbDriver, storedCandidateCount } from "@/lib/db";

export interface Overview {
  scoresToday: number;
  scoresThisWeek: number;
  openJobs: number;
  candidates: number;
  /** Scores of the last 30 days in ten bins of ten points. */
  histogram: { from: number; to: number; count: number }[];
  bands: { band: string; count: number }[];
  latestDrift: { id: string; status: string; driftScore: number | null; createdAt: Date } | null;
  recent: {
    id: string;
    score: number;
    band: string;
    source: string;
    createdAt: Date;
    jobTitle: string | null;
    candidateName: string | null;
    candidateId: string | null;
  }[];
}

const DAY = 86_400_000;

/** The overview page's figures, aggregated in the database. */
export async function getOverview({ now = new Date() }: { now?: Date } = {}): Promise<Overview> {
  const startOfToday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const monthAgo = new Date(now.getTime() - 30 * DAY);
  const scored = { score: { not: null } } as const;
  const [scoresToday, scoresThisWeek, openJobs, candidates, bins, bands, latestDrift, recent] = await Promise.all([
    db.inference.count({ where: { ...scored, createdAt: { gte: startOfToday } } }),
    db.inference.count({ where: { ...scored, createdAt: { gte: new Date(now.getTime() - 7 * DAY) } } }),
    db.job.count({ where: { closedAt: null } }),
    storedCandidateCount(),
    dbDriver().query<{ bucket: number; count: string | number }>(
      `SELECT least(width_bucket("score", 0, 100, 10), 10) AS "bucket", count(*) AS "count"
         FROM "Inference" WHERE "score" IS NOT NULL AND "createdAt" >= $1 GROUP BY 1`,
      [monthAgo],
    ),
    db.inference.groupBy({ by: ["band"], where: { ...scored, createdAt: { gte: monthAgo } }, _count: { _all: true } }),
    db.driftReport.findFirst({
      orderBy: { createdAt: "desc" },
      select: { id: true, status: true, driftScore: true, createdAt: true },
    }),
    db.inference.findMany({
      where: scored,
      orderBy: { createdAt: "desc" },
      take: 10,
      select: {
        id: true,
        score: true,
        band: true,
        source: true,
        createdAt: true,
        candidateId: true,
        job: { select: { title: true } },
        candidate: { select: { fullName: true } },
      },
    }),
  ]);
  const byBucket = new Map(bins.map((bin) => [Number(bin.bucket), Number(bin.count)]));
  return {
    scoresToday,
    scoresThisWeek,
    openJobs,
    candidates,
    histogram: Array.from({ length: 10 }, (_, index) => ({
      from: index * 10,
      to: index * 10 + 10,
      count: byBucket.get(index + 1) ?? 0,
    })),
    bands: ["strong", "possible", "weak"].map((band) => ({
      band,
      count: bands.find((row) => row.band === band)?._count._all ?? 0,
    })),
    latestDrift,
    recent: recent.map((row) => ({
      id: row.id,
      score: row.score ?? 0,
      band: row.band ?? "weak",
      source: row.source,
      createdAt: row.createdAt,
      jobTitle: row.job?.title ?? null,
      candidateName: row.candidate?.fullName ?? null,
      candidateId: row.candidateId,
    })),
  };
}
