"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SignalDriftJson } from "@/lib/contracts/drift";

// The reference and current distributions of one signal side by side, as shares of each window's rows:
// the bins are the reference's quantiles (about equal reference bars), so drift shows as uneven current bars.

export function DistributionChart({ signal }: { signal: SignalDriftJson }) {
  const data = signal.bins.map((bin) => ({
    label: bin.label,
    reference: bin.reference * 100,
    current: bin.current * 100,
  }));
  return (
    <div className="h-72" role="img" aria-label={`Reference and current distribution of ${signal.label}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 24, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            fontSize={11}
            interval={0}
            angle={data.length > 6 ? -30 : 0}
            textAnchor={data.length > 6 ? "end" : "middle"}
            height={data.length > 6 ? 56 : 24}
          />
          <YAxis tickFormatter={(value: number) => `${Math.round(value)}%`} fontSize={12} width={44} />
          <Tooltip formatter={(value) => `${Number(value).toFixed(1)}%`} />
          <Legend verticalAlign="top" height={28} />
          <Bar dataKey="reference" name="Reference" fill="#94a3b8" />
          <Bar dataKey="current" name="Current" fill={signal.drifted ? "#dc2626" : "#2f6fe4"} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
