"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { SignalDriftJson } from "@/lib/contracts/drift";
import { TEST_NAMES } from "./format";

// Each signal's test value as a bar against its threshold, largest first. Values far above the threshold
// run off the right edge (the label keeps the true number), so small values near the line stay readable.
// Signals by their plain names; a long one is shortened on the axis and given whole in its tooltip.

const TICK_CHARACTERS = 30;

function SignalTick({ x, y, payload }: { x?: number; y?: number; payload?: { value: string } }) {
  const name = payload?.value ?? "";
  const shown = name.length > TICK_CHARACTERS ? `${name.slice(0, TICK_CHARACTERS - 1)}…` : name;
  return (
    <text x={x} y={y} dy={4} textAnchor="end" fontSize={12} fill="#475569">
      <title>{name}</title>
      {shown}
    </text>
  );
}

export function SignalChart({
  signals,
  selected,
  onSelect,
}: {
  signals: SignalDriftJson[];
  selected: string | null;
  onSelect: (signal: string) => void;
}) {
  const sorted = [...signals].sort((a, b) => Number(b.drifted) - Number(a.drifted) || b.value - a.value);
  // Each signal has its own threshold (the minimum effect, or chance at these window sizes); the line marks
  // the lowest, the minimum effect, and each bar's tooltip gives its own.
  const thresholds = signals.map((signal) => signal.threshold);
  const [lowest, highest] = [Math.min(...thresholds), Math.max(...thresholds)];
  const edge = Math.max(highest * 4, Math.min(Math.max(...signals.map((signal) => signal.value)), highest * 10));
  const tests = [...new Set(signals.map((signal) => TEST_NAMES[signal.test]))].join(" / ");
  const against =
    lowest === highest
      ? `the ${lowest} threshold`
      : `each signal's threshold (${lowest.toFixed(3)} to ${highest.toFixed(3)}: the minimum effect, or chance at these window sizes)`;
  const data = sorted.map((signal) => ({ ...signal, shown: Math.min(signal.value, edge) }));
  return (
    <div style={{ height: 40 + data.length * 22 }} role="img" aria-label={`${tests} per signal against ${against}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 56, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, edge]} fontSize={12} tickFormatter={(value: number) => value.toFixed(2)} />
          <YAxis type="category" dataKey="label" width={196} interval={0} tick={<SignalTick />} />
          <Tooltip
            cursor={{ fill: "#f1f5f9" }}
            content={({ active, payload }) => {
              const signal = active ? (payload?.[0]?.payload as SignalDriftJson | undefined) : undefined;
              if (!signal) return null;
              return (
                <div className="rounded-md bg-white px-3 py-2 text-xs shadow ring-1 ring-slate-200">
                  <p className="font-medium text-slate-900">{signal.label}</p>
                  <p>
                    {TEST_NAMES[signal.test]} {signal.value.toFixed(3)} (threshold {signal.threshold.toFixed(3)}) ·{" "}
                    {signal.drifted ? "drifted" : "no drift"}
                  </p>
                </div>
              );
            }}
          />
          <ReferenceLine x={lowest} stroke="#dc2626" strokeDasharray="6 4" />
          <Bar
            dataKey="shown"
            onClick={(entry) => onSelect((entry as unknown as { payload: SignalDriftJson }).payload.signal)}
            cursor="pointer"
          >
            {data.map((signal) => (
              <Cell
                key={signal.signal}
                fill={signal.drifted ? "#dc2626" : "#94a3b8"}
                stroke={signal.signal === selected ? "#0f172a" : "none"}
                strokeWidth={signal.signal === selected ? 2 : 0}
              />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              fontSize={11}
              formatter={(value: unknown) => (typeof value === "number" ? value.toFixed(3) : "")}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
