"use client";

import { Bar, BarChart, Cell, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";
import { BAND_COLORS } from "@/components/ui/format";

export function BandBars({ bands }: { bands: { band: string; count: number }[] }) {
  const label = `Scores by band: ${bands.map((item) => `${item.count} ${item.band}`).join(", ")}`;
  return (
    <ChartFrame height={140} label={label}>
      <BarChart data={bands} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
        <XAxis type="number" allowDecimals={false} hide />
        <YAxis type="category" dataKey="band" width={70} tick={{ fontSize: 12, fill: "#334155" }} />
        <Tooltip cursor={{ fill: "#f1f5f9" }} formatter={(value) => [value, "scores"]} />
        <Bar
          dataKey="count"
          radius={[0, 3, 3, 0]}
          isAnimationActive={false}
          label={{ position: "right", fontSize: 12, fill: "#334155" }}
        >
          {bands.map((item) => (
            <Cell key={item.band} fill={BAND_COLORS[item.band] ?? "#64748b"} />
          ))}
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
