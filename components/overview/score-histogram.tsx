"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";

export function ScoreHistogram({ bins }: { bins: { from: number; to: number; count: number }[] }) {
  const data = bins.map((bin) => ({
    range: `${bin.from}–${bin.to}`,
    count: bin.count,
    fill: bin.from >= 70 ? "#059669" : bin.from >= 40 ? "#d97706" : "#94a3b8",
  }));
  const label = `Score distribution: ${bins.map((bin) => `${bin.count} between ${bin.from} and ${bin.to}`).join(", ")}`;
  return (
    <ChartFrame height={220} label={label}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="range" tick={{ fontSize: 11, fill: "#475569" }} interval="preserveStartEnd" minTickGap={4} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: "#475569" }} />
        <Tooltip cursor={{ fill: "#f1f5f9" }} formatter={(value) => [value, "scores"]} />
        <Bar dataKey="count" radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
