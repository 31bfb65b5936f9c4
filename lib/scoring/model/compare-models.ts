import "server-only";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import type { ScoringModelDefinition } from "@/lib/vocabulary/scoring-model";
import { SIGNALS, type NumericSignalName } from "@/lib/vocabulary/signals";
import { compareOnHistory, type HistoryComparison } from "./compare-scores";
import { getModelVersion } from "./model-store";
import { summarySelect, toSummary, type ModelVersionSummary } from "./model-summary";
import { storedFeatureVector } from "./stored-features";

// A candidate model next to the active one, for an admin deciding whether to activate it: the weights
// side by side, and the last `recent` scored inferences rescored under both.

type Term = { weight: number; reference: number };

export interface WeightComparison {
  signal: NumericSignalName;
  label: string;
  active: Term | null;
  candidate: Term | null;
}

export interface ModelComparison {
  candidate: ModelVersionSummary;
  active: ModelVersionSummary;
  weights: WeightComparison[];
  history: HistoryComparison;
}

export async function compareModelVersion({
  input,
}: {
  input: { version: string; recent: number };
}): Promise<ModelComparison> {
  const candidate = await getModelVersion({ input: { version: input.version } });
  const activeRow = await db.scoringModelVersion.findFirst({ where: { active: true }, select: summarySelect });
  if (!activeRow) throw new NotFound("No model is active yet.");
  const active = toSummary(activeRow);
  const rows = await db.inference.findMany({
    where: { score: { not: null } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.recent,
    select: {
      id: true,
      createdAt: true,
      features: true,
      job: { select: { title: true } },
      candidate: { select: { fullName: true } },
    },
  });
  const history = rows
    .filter((row) => row.features !== null)
    .map((row) => ({
      inferenceId: row.id,
      createdAt: row.createdAt,
      jobTitle: row.job?.title ?? null,
      candidateName: row.candidate?.fullName ?? null,
      features: storedFeatureVector(row.features),
    }));
  return {
    candidate,
    active,
    weights: weightsSideBySide(active.definition, candidate.definition),
    history: compareOnHistory(history, active.definition, candidate.definition),
  };
}

function weightsSideBySide(active: ScoringModelDefinition, candidate: ScoringModelDefinition): WeightComparison[] {
  return SIGNALS.flatMap(({ name, kind, label }) => {
    if (kind !== "numeric") return [];
    const signal = name as NumericSignalName;
    const [a, c] = [active.terms[signal] ?? null, candidate.terms[signal] ?? null];
    return a === null && c === null ? [] : [{ signal, label, active: a, candidate: c }];
  });
}
