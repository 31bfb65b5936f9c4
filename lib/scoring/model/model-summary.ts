import { scoringModelDefinition, type ScoringModelDefinition } from "@/lib/vocabulary/scoring-model";
import { storedFitReport, type FitReport } from "./fit/report";

/** A stored model version as lists and the admin page show it. */
export interface ModelVersionSummary {
  version: string;
  active: boolean;
  notes: string;
  createdAt: Date;
  definition: ScoringModelDefinition;
  /** Held-out figures of a fitted version; null for weights set by hand. */
  fit: FitReport | null;
}

export const summarySelect = {
  version: true,
  active: true,
  notes: true,
  createdAt: true,
  definition: true,
  fit: true,
} as const;

export function toSummary(row: {
  version: string;
  active: boolean;
  notes: string;
  createdAt: Date;
  definition: unknown;
  fit: unknown;
}): ModelVersionSummary {
  return { ...row, definition: scoringModelDefinition.parse(row.definition), fit: storedFitReport(row.fit) };
}
