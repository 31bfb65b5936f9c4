"use client";

import { CartesianGrid, Legend, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFrame } from "@/components/charts/chart-frame";
import type { ComparisonJson } from "@/lib/contracts/models";

/** Each recent score under the active model (x) and the candidate (y); points off the diagonal moved. */
export function ModelScoreChart({
  points,
  versions,
}: {
  points: ComparisonJson["history"]["points"];
  versions: { active: string; candidate: string };
}) {
  const same = points.filter((point) => !point.changed);
  const changed = points.filter((point) => point.changed);
  return (
    <ChartFrame
      height={320}
      label={`Each recent score under ${versions.active} (horizontal) against ${versions.candidate} (vertical); ${changed.length} of ${points.length} change band`}
    >
      <ScatterChart margin={{ top: 10, right: 10, bottom: 20 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="active"
          name={versions.active}
          domain={[0, 100]}
          fontSize={12}
          label={{ value: "Score under the active model", position: "insideBottom", offset: -8, fontSize: 12 }}
        />
        <YAxis
          type="number"
          dataKey="candidate"
          name={versions.candidate}
          domain={[0, 100]}
          fontSize={12}
          width={44}
          label={{ value: "Under this version", angle: -90, position: "insideLeft", fontSize: 12 }}
        />
        <ReferenceLine
          segment={[
            { x: 0, y: 0 },
            { x: 100, y: 100 },
          ]}
          stroke="#94a3b8"
          strokeDasharray="4 4"
        />
        <Tooltip />
        <Legend verticalAlign="top" />
        <Scatter name="Same band" data={same} fill="#94a3b8" fillOpacity={0.6} />
        <Scatter name="Changes band" data={changed} fill="#d97706" />
      </ScatterChart>
    </ChartFrame>
  );
}
