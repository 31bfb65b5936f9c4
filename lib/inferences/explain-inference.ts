import "server-only";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { describeContribution, topReasons } from "@/lib/scoring";
import { scoreResult, type ScoreResult } from "@/lib/vocabulary/score-response";
import type { FeatureVector } from "@/lib/vocabulary/signals";

/**
 * A stored score's explanation, as it was answered: its contributions, reasons and warnings, the model
 * and prompt versions it was made with. Answers stored before explanations came in words get the words
 * now, from their own stored values (those answers predate minimums of years, so none is named).
 */
export async function explainInference({ input }: { input: { id: string } }): Promise<ScoreResult> {
  const row = await db.inference.findUnique({ where: { id: input.id }, select: { response: true } });
  const parsed = scoreResult.safeParse(row?.response ? JSON.parse(row.response) : null);
  if (!parsed.success) throw new NotFound("This inference has no stored score to explain.");
  const result = parsed.data;
  const features = result.features as FeatureVector;
  return {
    ...result,
    contributions: result.contributions.map((item) => ({
      ...item,
      description: item.description ?? describeContribution(item, features, null),
    })),
    reasons: result.reasons ?? topReasons(result.contributions, features, null),
    warnings: result.warnings ?? [],
  };
}
