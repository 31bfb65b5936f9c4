import "server-only";
import { db } from "@/lib/db";
import { readableResume, readingColumns, READING_VERSION } from "@/lib/scoring";

// Saved profiles keep what reading their résumé gave (lib/scoring/resume-reading.ts). When the reading
// changes (new rules, a rebuilt taxonomy), profiles of the older version are read again, a batch at a
// time, so a saved candidate always scores as its résumé reads today.

const BATCH = 100;

/** Re-reads every profile of an older reading version; returns how many were updated. */
export async function rereadProfiles(): Promise<number> {
  let updated = 0;
  for (;;) {
    const rows = await db.candidate.findMany({
      where: { readingVersion: { lt: READING_VERSION } },
      select: { id: true, resumeText: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) return updated;
    await db.$transaction(
      rows.map((row) =>
        db.candidate.update({ where: { id: row.id }, data: readingColumns(readableResume(row.resumeText).text) }),
      ),
    );
    updated += rows.length;
  }
}
