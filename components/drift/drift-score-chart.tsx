"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { DriftReportSummaryJson } from "@/lib/contracts/drift";
import { formatShare, formatWindow, latestRunPerWindow, shortWindow, STATUS_TEXT } from "./format";

// Drift score per week (its latest run), oldest left, with the alert threshold as a dashed line. A run
// without enough rows has no score: it shows as a short grey stub so the gap reads as "not judged", not
// as "no drift". A week drifted by its embeddings alone is red too, though its score is under the line.

const COLOURS = { ok: "#2f6fe4", drifted: "#dc2626", insufficient_data: "#cbd5e1" } as const;
const STUB = 1.5;
// A week with a score of 0 still gets a sliver of a bar, so it can be seen and selected.
const MIN_BAR = 0.6;

interface Point {
  id: string;
  label: string;
  window: string;
  status: DriftReportSummaryJson["status"];
  score: number;
  actual: number | null;
}

export function DriftScoreChart({
  reports,
  threshold,
  selectedId,
  onSelect,
}: {
  reports: DriftReportSummaryJson[];
  threshold: number;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const selected = reports.find((report) => report.id === selectedId);
  const points: Point[] = latestRunPerWindow(reports).map((report) => ({
    id: report.id,
    label: shortWindow(report.current),
    window: formatWindow(report.current),
    status: report.status,
    score: report.drift_score === null ? STUB : Math.max(report.drift_score * 100, MIN_BAR),
    actual: report.drift_score,
  }));
  const labels = new Map(points.map((point) => [point.id, point.label]));
  const selectedWindow = selected ? formatWindow(selected.current) : null;
  const top = Math.max(threshold * 100 * 2, ...points.map((point) => point.score)) * 1.1;
  return (
    <div
      className="h-64"
      role="img"
      aria-label={`Drift score per week, with the ${formatShare(threshold)} alert threshold`}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 16, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          {/* Keyed by report, so two windows ending on the same day stay two bars. */}
          <XAxis dataKey="id" tickFormatter={(id: string) => labels.get(id) ?? ""} fontSize={12} />
          <YAxis domain={[0, Math.ceil(top)]} tickFormatter={(value: number) => `${value}%`} fontSize={12} width={44} />
          <Tooltip
            cursor={{ fill: "#f1f5f9" }}
            content={({ active, payload }) => {
              const point = active ? (payload?.[0]?.payload as Point | undefined) : undefined;
              if (!point) return null;
              return (
                <div className="rounded-md bg-white px-3 py-2 text-xs shadow ring-1 ring-slate-200">
                  <p className="font-medium text-slate-900">{point.window}</p>
                  <p>
                    {STATUS_TEXT[point.status]}
                    {point.actual === null ? "" : ` · drift score ${formatShare(point.actual)}`}
                  </p>
                </div>
              );
            }}
          />
          <ReferenceLine
            y={threshold * 100}
            stroke="#dc2626"
            strokeDasharray="6 4"
            label={{
              value: `alert above ${formatShare(threshold)}`,
              position: "insideTopRight",
              fontSize: 11,
              fill: "#b91c1c",
            }}
          />
          <Bar
            dataKey="score"
            radius={[3, 3, 0, 0]}
            onClick={(data) => onSelect((data as unknown as { payload: Point }).payload.id)}
            cursor="pointer"
          >
            {points.map((point) => (
              <Cell
                key={point.id}
                fill={COLOURS[point.status]}
                stroke={point.window === selectedWindow ? "#0f172a" : "none"}
                strokeWidth={point.window === selectedWindow ? 2 : 0}
              />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
