export { outcomeSelect, recordOutcome, type OutcomeInput } from "./record-outcome";
export { explainInference } from "./explain-inference";
