"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { Card } from "@/components/ui/card";
import type { ComparisonJson, SummaryJson } from "@/lib/contracts/prompt-comparisons";

// Charts need the browser (Recharts measures the DOM): agreement per field with its interval, validity
// and latency side by side, and — for résumé extraction — each candidate's score under A against B.

function agreementData(summary: SummaryJson) {
  return summary.fields.map((field) => {
    const value = (field.rate.value ?? 0) * 100;
    const low = field.rate.low === null ? value : field.rate.low * 100;
    const high = field.rate.high === null ? value : field.rate.high * 100;
    return { field: field.field, agreement: Math.round(value * 10) / 10, error: [value - low, high - value] };
  });
}

export function ComparisonCharts({
  summary,
  points,
  versions,
}: {
  summary: SummaryJson;
  points: ComparisonJson["score_points"];
  versions: { a: number; b: number };
}) {
  const sideBySide = [
    { measure: "Valid output %", A: (summary.validity.a ?? 0) * 100, B: (summary.validity.b ?? 0) * 100 },
    { measure: "p50 latency (ms)", A: summary.latency_p50_ms.a ?? 0, B: summary.latency_p50_ms.b ?? 0 },
    { measure: "p95 latency (ms)", A: summary.latency_p95_ms.a ?? 0, B: summary.latency_p95_ms.b ?? 0 },
  ];
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title="Agreement per field (%, with 95 % interval)">
        <div className="h-72" role="img" aria-label="Agreement between the two versions per output field">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={agreementData(summary)} layout="vertical" margin={{ left: 40 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" domain={[0, 100]} fontSize={12} />
              <YAxis type="category" dataKey="field" fontSize={11} width={110} />
              <Tooltip />
              <Bar dataKey="agreement" fill="#4f46e5" name="Agreement %">
                <ErrorBar dataKey="error" width={4} stroke="#1e1b4b" direction="x" />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      </Card>
      {points.length > 0 ? (
        <Card title={`Score under v${versions.a} (x) and v${versions.b} (y)`}>
          <div
            className="h-72"
            role="img"
            aria-label="Each candidate's score under version A against version B; points off the diagonal changed"
          >
            <ResponsiveContainer width="100%" height="100%">
              <ScatterChart margin={{ top: 10, right: 10 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" dataKey="a" name={`v${versions.a}`} domain={[0, 100]} fontSize={12} />
                <YAxis type="number" dataKey="b" name={`v${versions.b}`} domain={[0, 100]} fontSize={12} width={40} />
                <ReferenceLine
                  segment={[
                    { x: 0, y: 0 },
                    { x: 100, y: 100 },
                  ]}
                  stroke="#94a3b8"
                  strokeDasharray="4 4"
                />
                <Tooltip cursor={{ strokeDasharray: "3 3" }} />
                <Scatter data={points} fill="#0891b2" name="Candidates" />
              </ScatterChart>
            </ResponsiveContainer>
          </div>
        </Card>
      ) : (
        <Card title={`v${versions.a} and v${versions.b} side by side`}>
          <div className="h-72" role="img" aria-label="Valid output rate and latency of both versions">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={sideBySide}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="measure" fontSize={11} />
                <YAxis fontSize={12} width={50} />
                <Tooltip />
                <Bar dataKey="A" fill="#94a3b8" name={`v${versions.a}`} />
                <Bar dataKey="B" fill="#4f46e5" name={`v${versions.b}`} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </Card>
      )}
    </div>
  );
}
