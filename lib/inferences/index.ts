export { outcomeSelect, recordOutcome, type OutcomeInput } from "./record-outcome";
