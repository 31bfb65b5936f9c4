import { Badge } from "@/components/ui/badge";
import type { SignalDriftJson } from "@/lib/contracts/drift";
import { TEST_NAMES } from "./format";

// Small multiples: every signal's reference and current distributions at once, drifted signals first and
// marked, so a shift shared by several signals is seen together. Plain SVG (a few dozen of them render
// instantly); selecting one opens it in the detailed chart.

const REFERENCE = "#94a3b8";
const CURRENT = "#2f6fe4";
const DRIFTED = "#dc2626";

export function DistributionGrid({
  signals,
  selected,
  onSelect,
}: {
  signals: SignalDriftJson[];
  selected: string | null;
  onSelect: (signal: string) => void;
}) {
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4" aria-label="Distributions">
      {signals.map((signal) => (
        <li
          key={signal.signal}
          className={`rounded-md p-3 ring-1 ${signal.drifted ? "bg-red-50/40 ring-red-200" : "ring-slate-200"}`}
        >
          <button
            type="button"
            onClick={() => onSelect(signal.signal)}
            aria-pressed={signal.signal === selected}
            className="flex w-full items-start justify-between gap-2 text-left text-sm font-medium text-slate-900 hover:underline"
          >
            <span className="min-w-0">{signal.label}</span>
            {signal.drifted ? <Badge tone="red">Drifted</Badge> : null}
          </button>
          <SmallDistribution signal={signal} />
          <p className="mt-1 text-xs tabular-nums text-slate-600">
            {TEST_NAMES[signal.test]} {signal.value.toFixed(3)} (threshold {signal.threshold})
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Pairs of bars per bin, reference then current, scaled to the tallest share of either window. */
function SmallDistribution({ signal }: { signal: SignalDriftJson }) {
  const bins = signal.bins;
  const tallest = Math.max(0.01, ...bins.flatMap((bin) => [bin.reference, bin.current]));
  const slot = 100 / Math.max(1, bins.length);
  const bar = slot * 0.4;
  const height = (share: number) => (share / tallest) * 38;
  return (
    <svg
      viewBox="0 0 100 40"
      preserveAspectRatio="none"
      className="mt-2 h-16 w-full"
      role="img"
      aria-label={`Reference and current shares of ${signal.label}, ${bins.length} ${signal.kind === "categorical" ? "categories" : "bins"}`}
    >
      <line x1="0" x2="100" y1="39.5" y2="39.5" stroke="#e2e8f0" strokeWidth="1" vectorEffect="non-scaling-stroke" />
      {bins.map((bin, index) => (
        <g key={bin.label}>
          <title>{`${bin.label}: reference ${(bin.reference * 100).toFixed(1)}%, current ${(bin.current * 100).toFixed(1)}%`}</title>
          <rect
            x={index * slot + slot * 0.1}
            y={40 - height(bin.reference)}
            width={bar}
            height={height(bin.reference)}
            fill={REFERENCE}
          />
          <rect
            x={index * slot + slot * 0.5}
            y={40 - height(bin.current)}
            width={bar}
            height={height(bin.current)}
            fill={signal.drifted ? DRIFTED : CURRENT}
          />
        </g>
      ))}
    </svg>
  );
}
