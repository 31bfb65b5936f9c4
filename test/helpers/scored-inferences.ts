import { db } from "@/lib/db";
import type { OutcomeKind } from "@/lib/generated/prisma/enums";
import { scoreOnly } from "@/lib/scoring";
import type { ScoringModelDefinition } from "@/lib/vocabulary/scoring-model";
import type { FeatureVector } from "@/lib/vocabulary/signals";

export interface ScoredRow {
  features: FeatureVector;
  /** The job as a payload names it (rows without a stored job are grouped by this title). */
  jobTitle: string;
  createdAt: Date;
  /** Outcomes recorded on the inference, oldest first; null is a band override without an outcome. */
  outcomes?: (OutcomeKind | null)[];
}

/** Stores scored inferences (as a payload-only score would leave them) and their outcomes, in bulk. */
export async function storeScoredInferences(rows: ScoredRow[], model: ScoringModelDefinition): Promise<string[]> {
  const ids = rows.map(() => crypto.randomUUID());
  await db.inference.createMany({
    data: rows.map((row, index) => {
      const { score, band } = scoreOnly(model, row.features);
      return {
        id: ids[index]!,
        payload: JSON.stringify({ job_context: { metadata: { job_title: row.jobTitle } } }),
        features: row.features,
        score,
        band,
        latencyMs: 1,
        source: "test",
        createdAt: row.createdAt,
      };
    }),
  });
  await db.outcome.createMany({
    data: rows.flatMap((row, index) =>
      (row.outcomes ?? []).map((kind, step) => ({
        inferenceId: ids[index]!,
        kind,
        bandOverride: kind === null ? "strong" : null,
        createdAt: new Date(row.createdAt.getTime() + (step + 1) * 86_400_000),
      })),
    ),
  });
  return ids;
}
