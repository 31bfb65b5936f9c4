"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import type { ComparisonJson } from "@/lib/contracts/models";
import { ModelActivator } from "./models-activator";
import { ModelBandChanges, ModelChangeExamples } from "./models-band-changes";
import { ModelFitFigures } from "./models-fit-figures";
import { INITIAL_RECENT } from "./models-format";
import { useModelComparison } from "./models-queries";
import { ModelScoreChart } from "./models-score-chart";
import { ModelWeightsTable } from "./models-weights-table";

const RECENT_CHOICES = [100, 500, 2_000, 5_000];

/** A version against the active model: held-out figures, weights, and what it would do to recent scores. */
export function ModelComparisonView({ initial }: { initial: ComparisonJson }) {
  const [recent, setRecent] = useState(INITIAL_RECENT);
  const version = initial.candidate.version;
  const query = useModelComparison(version, recent, recent === INITIAL_RECENT ? initial : undefined);
  const data = query.data ?? initial;
  const versions = { active: data.active.version, candidate: data.candidate.version };
  const isActive = data.candidate.active;
  return (
    <div className="space-y-6">
      {data.candidate.notes ? <p className="max-w-4xl text-sm text-slate-700">{data.candidate.notes}</p> : null}
      {data.candidate.fit ? <ModelFitFigures fit={data.candidate.fit} /> : null}
      {isActive ? (
        <Alert tone="info">This is the active model.</Alert>
      ) : (
        <Card
          title="On recent history"
          actions={
            <SelectField
              label="Recent scores"
              className="w-44"
              value={String(recent)}
              onChange={(event) => setRecent(Number(event.target.value))}
              options={RECENT_CHOICES.map((choice) => ({ value: String(choice), label: `last ${choice}` }))}
            />
          }
        >
          <p className="mb-4 text-sm text-slate-600">
            The last {recent.toLocaleString("en-GB")} scores, each recomputed from its stored signals under the active
            model ({versions.active}) and this version.
          </p>
          {query.isError ? <Alert>{query.error.message}</Alert> : null}
          <div className="grid gap-6 xl:grid-cols-2">
            <ModelBandChanges history={data.history} />
            <ModelScoreChart points={data.history.points} versions={versions} />
          </div>
          <div className="mt-6">
            <ModelChangeExamples examples={data.history.examples} />
          </div>
        </Card>
      )}
      <Card title="Weights">
        <ModelWeightsTable
          weights={data.weights}
          intercepts={{ active: data.active.definition.intercept, candidate: data.candidate.definition.intercept }}
          versions={versions}
        />
      </Card>
      {isActive ? null : <ModelActivator version={version} activeVersion={versions.active} />}
    </div>
  );
}
