import { extractResume } from "@/lib/extraction";
import type { ScorePayload } from "@/lib/vocabulary/score-payload";
import { computeFeatures, type FeatureResult } from "./features";
import { DEFAULT_MODEL } from "./model/default-model";
import { applyModel, type ModelOutput, type ScoringModel } from "./model/model";
import { preparePayload } from "./prepare-payload";
import type { ScoringWarning } from "./prepared";
import type { LexicalCorpus } from "./signals/lexical";

// The scoring pipeline without a database or an LLM: the payload prepared with the built-in résumé reader,
// signals, model. What a fresh install with no provider computes for the payload (without the inference
// log); evaluations (scripts/eval) and pure tests use it.

export interface OfflineScore extends FeatureResult {
  output: ModelOutput;
  warnings: ScoringWarning[];
}

export async function scoreOffline({
  payload,
  corpus,
  model = DEFAULT_MODEL,
  now,
}: {
  payload: ScorePayload;
  corpus: LexicalCorpus;
  model?: ScoringModel;
  /** The date "present" means in the résumé's date ranges (default: today). */
  now?: Date;
}): Promise<OfflineScore> {
  const prepared = await preparePayload({
    ctx: { kind: "system", name: "offline-scoring" },
    payload,
    readResume: async ({ input }) => ({
      value: extractResume(input.text, now),
      provider: "builtin",
      prompt: null,
      generationIds: [],
    }),
  });
  const computed = computeFeatures(prepared.candidate, prepared.job, corpus);
  return {
    ...computed,
    output: applyModel(model, computed.features),
    warnings: [...prepared.warnings, ...computed.warnings],
  };
}
