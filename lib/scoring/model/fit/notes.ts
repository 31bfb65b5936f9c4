import type { Evaluation, FitReport } from "./report";

// The fit's figures in words: the notes stored on the version, and the command's printout.

const count = (value: number) => value.toLocaleString("en-GB");
const figure = (value: number) => value.toFixed(3);

/** One paragraph: what was fitted on, and held-out AUC and calibration next to the active model. */
export function fitNotes(report: FitReport, { by = "npm run model:fit" }: { by?: string } = {}): string {
  const { training, heldOut, outcomes, heldOutEvaluation: evaluation } = report;
  const { fitted, active } = evaluation;
  const compare = (name: string, pick: (e: Evaluation) => number) =>
    `${name} ${figure(pick(fitted))} (active ${active.version}: ${figure(pick(active))})`;
  return [
    `Fitted by ${by} on ${count(outcomes.rows)} outcomes (latest per inference; withdrawn ignored): ` +
      `${count(training.rows)} on ${training.jobs} jobs fitted, ${count(heldOut.rows)} on ${heldOut.jobs} other jobs held out.`,
    `Held-out ${compare("ROC AUC", (e) => e.auc)}, ${compare("Brier", (e) => e.brier)}, ` +
      `${compare("ECE", (e) => e.ece)}, ${compare("log loss", (e) => e.logLoss)}.`,
    `L2 ${report.l2} (${report.l2Chosen === "given" ? "given" : "chosen by cross-validation over jobs"}).` +
      (report.converged ? "" : ` The solver stopped after ${report.iterations} iterations without converging.`),
  ].join(" ");
}

/** The reliability tables of both models side by side, one line per decile of the prediction. */
export function reliabilityLines(report: FitReport): string[] {
  const { fitted, active } = report.heldOutEvaluation;
  const cell = (bin: Evaluation["reliability"][number] | undefined) =>
    bin ? `${bin.meanPredicted.toFixed(2)} → ${bin.observedRate.toFixed(2)} (${bin.count})`.padEnd(22) : "".padEnd(22);
  const lines = [`decile  ${"fitted: predicted → observed".padEnd(30)}active: predicted → observed`];
  const bins = Math.max(fitted.reliability.length, active.reliability.length);
  for (let bin = 0; bin < bins; bin++)
    lines.push(
      `${String(bin + 1).padStart(6)}  ${cell(fitted.reliability[bin]).padEnd(30)}${cell(active.reliability[bin])}`,
    );
  return lines;
}
