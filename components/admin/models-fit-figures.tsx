"use client";

import { CartesianGrid, Legend, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";
import { Card } from "@/components/ui/card";
import { formatCount } from "@/components/ui/format";
import { Table, Td, Th } from "@/components/ui/table";
import type { ModelVersionJson } from "@/lib/contracts/models";
import { figure } from "./models-format";

type Fit = NonNullable<ModelVersionJson["fit"]>;

/** How a fitted version measured on jobs it never saw, beside the model active when it was fitted. */
export function ModelFitFigures({ fit }: { fit: Fit }) {
  const { fitted, active } = fit.held_out_evaluation;
  const rows = [
    { name: "ROC AUC (higher ranks better)", pick: (e: typeof fitted) => e.auc },
    { name: "Brier score (lower is better)", pick: (e: typeof fitted) => e.brier },
    { name: "Expected calibration error", pick: (e: typeof fitted) => e.ece },
    { name: "Log loss", pick: (e: typeof fitted) => e.log_loss },
  ];
  const points = (evaluation: typeof fitted) =>
    evaluation.reliability.map((bin) => ({ predicted: bin.mean_predicted, observed: bin.observed_rate }));
  return (
    <Card title="Held-out figures">
      <p className="mb-4 text-sm text-slate-600">
        Fitted on {formatCount(fit.training.rows)} outcomes from {fit.training.jobs} jobs; measured on{" "}
        {formatCount(fit.held_out.rows)} outcomes ({formatCount(fit.held_out.positives)} positive) from{" "}
        {fit.held_out.jobs} other jobs the fit never saw. L2 {fit.l2} (
        {fit.l2_chosen === "given" ? "given" : "chosen by cross-validation over jobs"}).
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <Table caption="Held-out figures of the fitted and the then-active model">
          <thead>
            <tr>
              <Th>Figure</Th>
              <Th className="text-right">This version</Th>
              <Th className="text-right">{active.version}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.name}>
                <Td>{row.name}</Td>
                <Td className="text-right tabular-nums">{figure(row.pick(fitted))}</Td>
                <Td className="text-right tabular-nums">{figure(row.pick(active))}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
        <ChartFrame
          height={260}
          label="Reliability by decile of the prediction: observed rate of positive outcomes against the mean predicted probability, for both models; the diagonal is perfect calibration"
        >
          <ScatterChart margin={{ top: 10, right: 10, bottom: 20 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="predicted"
              name="Predicted"
              domain={[0, 1]}
              fontSize={12}
              label={{ value: "Mean predicted probability", position: "insideBottom", offset: -8, fontSize: 12 }}
            />
            <YAxis
              type="number"
              dataKey="observed"
              name="Observed"
              domain={[0, 1]}
              fontSize={12}
              width={44}
              label={{ value: "Share positive", angle: -90, position: "insideLeft", fontSize: 12 }}
            />
            <ReferenceLine
              segment={[
                { x: 0, y: 0 },
                { x: 1, y: 1 },
              ]}
              stroke="#94a3b8"
              strokeDasharray="4 4"
            />
            <Tooltip formatter={(value) => (typeof value === "number" ? value.toFixed(2) : String(value))} />
            <Legend verticalAlign="top" />
            <Scatter name="This version" data={points(fitted)} fill="#4f46e5" line />
            <Scatter name={active.version} data={points(active)} fill="#d97706" line />
          </ScatterChart>
        </ChartFrame>
      </div>
    </Card>
  );
}
