// The LLM gateway's public face. Scoring calls the three tasks; the admin view reads status and usage;
// prompt comparisons run a task with a pinned prompt version (runTask).
export { embed, type EmbedOutcome } from "./embed";
export { enrichResume, type EnrichResumeInput } from "./enrich-resume";
export { explainMatch, type ExplainMatchInput } from "./explain-match";
export { extractRequirements, type ExtractRequirementsInput } from "./extract-requirements";
export { getProviderOverview, type ProviderOverview } from "./provider-overview";
export type { DailyProviderCalls, ProviderUsage } from "./provider-stats";
export { providerStatus, type ProviderStatus } from "./provider-status";
export { AllProvidersFailed, type Gateway } from "./gateway";
export { runTask, type LlmAnswer, type PromptChoice } from "./run-task";
export { flushTraces, llmRuntime, promptProviders, traceInference } from "./runtime";
export type { InferenceTrace } from "./trace";
export type { TaskInputs } from "./tasks";
export { linkGenerationsToInference, withTracesInOneWrite } from "./trace";
export type { ProviderName } from "./types";
