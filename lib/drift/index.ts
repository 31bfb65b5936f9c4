// The drift domain's public face (server-only parts; the pure statistics are imported from their files).
export {
  activeDriftBaseline,
  currentDriftBaseline,
  pinDriftBaseline,
  unpinDriftBaseline,
  type DriftBaselineSummary,
} from "./baseline";
export { evaluateDrift } from "./evaluate-drift";
export { getDriftReport, listDriftReports, type DriftReportDetail, type DriftReportSummary } from "./reports";
export { runDriftCheck, type DriftRunSummary } from "./run-drift-check";
export { driftCheckInput, type DriftCheckInput } from "./settings";
export type { AlertStatus, DriftEvaluation, DriftStatus, EmbeddingDrift, SignalDrift } from "./types";
export { saveDriftReport } from "./save-report";
export { daysBefore, startOfUtcDay } from "./windows";
