"use client";

import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { z } from "zod";
import { ChartFrame } from "@/components/charts/chart-frame";
import type { contributionJson } from "@/lib/vocabulary/score-response";
import { SIGNAL_BY_NAME } from "@/lib/vocabulary/signals";

type Contribution = z.infer<typeof contributionJson>;

const MAX_BARS = 12;

/** Each signal's push on the score: right (green) raised it, left (red) lowered it, against the baseline. */
export function ContributionsChart({ contributions }: { contributions: Contribution[] }) {
  const shown = contributions.filter((item) => Math.abs(item.contribution) >= 0.005).slice(0, MAX_BARS);
  // Bars are named by the signal; the tooltip says what its value means for this job.
  const data = shown.map((item) => ({
    name: SIGNAL_BY_NAME.get(item.signal)?.label ?? item.signal,
    words: item.description ?? "",
    contribution: Math.round(item.contribution * 100) / 100,
  }));
  if (data.length === 0) return <p className="text-sm text-slate-600">Every signal sits at its reference value.</p>;
  const extent = Math.max(...data.map((item) => Math.abs(item.contribution)), 0.5);
  const label = `Signal contributions: ${data.map((item) => `${item.words || item.name} ${item.contribution > 0 ? "+" : ""}${item.contribution}`).join("; ")}`;
  return (
    <ChartFrame height={Math.max(160, data.length * 30 + 40)} label={label}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
        <XAxis
          type="number"
          domain={[-extent, extent]}
          tick={{ fontSize: 11, fill: "#475569" }}
          tickFormatter={(value: number) => value.toFixed(1)}
        />
        <YAxis type="category" dataKey="name" width={230} tick={{ fontSize: 12, fill: "#334155" }} />
        <ReferenceLine x={0} stroke="#334155" />
        <Tooltip
          cursor={{ fill: "#f1f5f9" }}
          formatter={(value, _name, entry) => [
            `${Number(value) > 0 ? "+" : ""}${value} (logit)`,
            (entry.payload as { words: string }).words || "contribution",
          ]}
        />
        <Bar dataKey="contribution" isAnimationActive={false}>
          {data.map((item) => (
            <Cell key={item.name} fill={item.contribution >= 0 ? "#059669" : "#dc2626"} />
          ))}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
