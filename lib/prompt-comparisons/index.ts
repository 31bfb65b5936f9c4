// Comparisons of two prompt versions on a dataset (server side). Kept apart from lib/prompts/index.ts:
// these run the gateway (lib/llm), which itself reads prompts through lib/prompts.
export { cancelComparison } from "./cancel-comparison";
export { availableInputs, datasetInput, MAX_ITEMS, type DatasetInput } from "./dataset";
export type { FieldDiff } from "./field-diff";
export {
  getComparison,
  getComparisonItems,
  listComparisons,
  type ComparisonItemView,
  type ComparisonRecord,
  type ComparisonView,
  type SideView,
} from "./read-comparisons";
export { driveComparison, resumeComparisons, settleComparisons } from "./runner";
export { startComparison, startComparisonInput, type StartComparisonInput } from "./start-comparison";
export type { Estimate } from "./statistics";
export type { ComparisonSummary, FieldAgreement, Paired, ScoreEffect } from "./summarize";
export { comparisonStatus, type ComparisonStatus } from "./summary-store";
