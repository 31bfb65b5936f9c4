// The LLM gateway's public face. Scoring calls the three tasks; the admin view reads status and usage.
export { embed } from "./embed";
export { enrichResume, type EnrichResumeInput } from "./enrich-resume";
export { explainMatch, type ExplainMatchInput } from "./explain-match";
export { extractRequirements, type ExtractRequirementsInput } from "./extract-requirements";
export { getProviderOverview, type ProviderOverview } from "./provider-overview";
export type { DailyProviderCalls, ProviderUsage } from "./provider-stats";
export { providerStatus, type ProviderStatus } from "./provider-status";
export type { LlmAnswer } from "./run-task";
export { linkGenerationsToInference } from "./trace";
export type { ProviderName } from "./types";
