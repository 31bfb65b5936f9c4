import "server-only";
import { outdatedVectorModel } from "@/lib/embeddings";
import { db } from "@/lib/db";
import { readableResume, readingColumns, READING_VERSION } from "@/lib/scoring";
import { embeddedResumeText, listedSince } from "@/lib/skills";

// Saved profiles keep what reading their résumé gave (lib/scoring/resume-reading.ts). When the reading
// changes (new rules, a rebuilt taxonomy), profiles of the older version are read again, a batch at a
// time, so a saved candidate always scores as its résumé reads today.

const BATCH = 100;
/**
 * What a résumé's vector embeds changed with reading version 8, which left its skill lists out, and 9 its
 * claims in prose ("Skilled in A, B and C"); since then each new list rule leaves more lines out (11:
 * sentences of bare skill names, 12: headline titles no role shows). An older vector embedded them.
 */
function embeddedTextChanged(text: string, readingVersion: number): boolean {
  return readingVersion < 9 ? embeddedResumeText(text) !== text : listedSince(text, readingVersion);
}

export interface Reread {
  /** Profiles read again. */
  profiles: number;
  /** Of them, those whose vector embedded text no longer embedded: the re-embedding owes them one. */
  outdatedVectors: number;
}

/** Re-reads every profile of an older reading version. */
export async function rereadProfiles(): Promise<Reread> {
  const reread: Reread = { profiles: 0, outdatedVectors: 0 };
  for (;;) {
    const rows = await db.candidate.findMany({
      where: { readingVersion: { lt: READING_VERSION } },
      select: { id: true, resumeText: true, readingVersion: true, embeddingModel: true },
      orderBy: { id: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) return reread;
    await db.$transaction(
      rows.map((row) => {
        const text = readableResume(row.resumeText).text;
        const model = row.embeddingModel;
        const outdated = model !== null && text !== null && embeddedTextChanged(text, row.readingVersion);
        if (outdated) reread.outdatedVectors += 1;
        return db.candidate.update({
          where: { id: row.id },
          data: {
            ...readingColumns(text),
            ...(outdated ? { embeddingModel: outdatedVectorModel(model) } : {}),
          },
        });
      }),
    );
    reread.profiles += rows.length;
  }
}
