import type { ScoreResult, UnavailableSignal } from "@/lib/vocabulary/score-response";
import type { FeatureResult } from "./features";
import type { InferenceRow } from "./inference-log";
import { describedContributions, topReasons } from "./explain";
import type { ModelOutput } from "./model/model";
import type { ScoringWarning } from "./prepared";

// A computed score as the API answers it, and as the inference log stores it (the response column holds
// the answer itself, so a replay of the request_id answers identically). Used by scoring and the demo history.

export function scoreResultOf(options: {
  requestId: string;
  inferenceId: string;
  computed: FeatureResult;
  output: ModelOutput;
  warnings: readonly ScoringWarning[];
  modelVersion: string;
  embeddingModel: string;
  promptVersions: ScoreResult["prompt_versions"];
  enrichment: ScoreResult["enrichment"];
  /** Signals the score went without, and why (see vector-gaps.ts). */
  unavailableSignals?: UnavailableSignal[];
  latencyMs: number;
}): ScoreResult {
  const { output, computed } = options;
  return {
    request_id: options.requestId,
    inference_id: options.inferenceId,
    replay: false,
    score: output.score,
    band: output.band,
    logit: output.logit,
    baseline: output.baseline,
    contributions: describedContributions(output.contributions, computed.features, computed.minimumYears),
    reasons: topReasons(output.contributions, computed.features, computed.minimumYears),
    warnings: options.warnings.map((warning) => ({ ...warning })),
    matched_skills: computed.matchedSkills,
    missing_skills: computed.missingSkills,
    features: computed.features,
    model_version: options.modelVersion,
    embedding_model: options.embeddingModel,
    prompt_versions: options.promptVersions,
    enrichment: options.enrichment,
    unavailable_signals: options.unavailableSignals ?? [],
    latency_ms: options.latencyMs,
  };
}

type RecordedElsewhere =
  | "id"
  | "requestId"
  | "features"
  | "score"
  | "logit"
  | "band"
  | "response"
  | "modelVersion"
  | "embeddingModel"
  | "promptVersions"
  | "latencyMs";

/** The inference-log row of a result: what the result already says, plus where it came from. */
export function inferenceRowOf(result: ScoreResult, origin: Omit<InferenceRow, RecordedElsewhere>): InferenceRow {
  // The spread comes last: V8 (Node 20) adds properties after a leading spread on a slow path, ~20 µs here.
  return {
    id: result.inference_id,
    requestId: result.request_id,
    features: result.features,
    score: result.score,
    logit: result.logit,
    band: result.band,
    response: result,
    modelVersion: result.model_version,
    embeddingModel: result.embedding_model,
    promptVersions: result.prompt_versions,
    latencyMs: result.latency_ms,
    ...origin,
  };
}
