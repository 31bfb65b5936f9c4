import { formatMs, formatUsd } from "@/components/providers/format";
import { formatCount } from "@/components/ui/format";

// Formatting of comparison measures: values, signed differences and their intervals. Pure.

export type Unit = "percent" | "ms" | "tokens" | "usd" | "score" | "rho";

export interface EstimateLike {
  value: number | null;
  low: number | null;
  high: number | null;
}

export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return "—";
  switch (unit) {
    case "percent":
      return `${(value * 100).toFixed(1)} %`;
    case "ms":
      return formatMs(value);
    case "tokens":
      return formatCount(value);
    case "usd":
      return formatUsd(value);
    case "score":
      return value.toFixed(1);
    case "rho":
      return value.toFixed(3);
  }
}

/** A difference with its sign; percentages of rates are percentage points. */
export function formatDelta(value: number | null, unit: Unit): string {
  if (value === null) return "—";
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  const magnitude = Math.abs(value);
  if (unit === "percent") return `${sign}${(magnitude * 100).toFixed(1)} pp`;
  return `${sign}${formatValue(magnitude, unit)}`;
}

export function formatInterval(estimate: EstimateLike, unit: Unit, signed = true): string {
  if (estimate.low === null || estimate.high === null) return "—";
  const format = signed ? formatDelta : formatValue;
  return `[${format(estimate.low, unit)}, ${format(estimate.high, unit)}]`;
}

/** Whether the interval of a difference excludes zero: the data show a difference, not noise. */
export function significant(estimate: EstimateLike): boolean {
  return estimate.low !== null && estimate.high !== null && (estimate.low > 0 || estimate.high < 0);
}
