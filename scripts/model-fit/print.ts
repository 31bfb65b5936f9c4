import { fitNotes, reliabilityLines, type FitReport } from "@/lib/scoring";
import type { ScoringModelDefinition } from "@/lib/vocabulary/scoring-model";
import { SIGNALS } from "@/lib/vocabulary/signals";

// What `npm run model:fit` prints: the figures, the reliability tables and the weights beside the active ones.

export function fitPrintout({
  version,
  definition,
  active,
  report,
}: {
  version: string;
  definition: ScoringModelDefinition;
  active: ScoringModelDefinition;
  report: FitReport;
}): string {
  const signals = SIGNALS.map(({ name }) => name).filter((name) => name in definition.terms || name in active.terms);
  const weight = (model: ScoringModelDefinition, signal: string) =>
    model.terms[signal as keyof typeof model.terms]?.weight.toFixed(4).padStart(9) ?? "        —";
  return [
    `Stored as inactive model version ${version}.`,
    "",
    fitNotes(report),
    "",
    "Held-out reliability by decile of the predicted probability (mean predicted → observed rate (rows)):",
    ...reliabilityLines(report),
    "",
    `${"signal".padEnd(34)}   fitted  reference   active`,
    `${"(intercept)".padEnd(34)}${definition.intercept.toFixed(4).padStart(9)}${"".padStart(11)}${active.intercept.toFixed(4).padStart(9)}`,
    ...signals.map((signal) => {
      const reference = definition.terms[signal as keyof typeof definition.terms]?.reference;
      return `${signal.padEnd(34)}${weight(definition, signal)}${(reference === undefined ? "—" : reference.toFixed(4)).padStart(11)}${weight(active, signal)}`;
    }),
    "",
    `Compare it with the active model and activate it in Admin → Scoring models (/admin/models/${version}).`,
  ].join("\n");
}
