// What the drift job watches: the score and every signal of the catalog. Each is a column of the
// "InferenceSignals" table with the same name.
import { SIGNALS, type SignalGroup } from "@/lib/vocabulary/signals";

export interface MonitoredSignal {
  name: string;
  label: string;
  group: SignalGroup | "output";
  kind: "numeric" | "categorical";
}

export const MONITORED_SIGNALS: readonly MonitoredSignal[] = [
  { name: "score", label: "Score", group: "output", kind: "numeric" },
  ...SIGNALS.map(({ name, label, group, kind }) => ({ name, label, group, kind })),
];

export const NUMERIC_SIGNALS = MONITORED_SIGNALS.filter((signal) => signal.kind === "numeric");
export const CATEGORICAL_SIGNALS = MONITORED_SIGNALS.filter((signal) => signal.kind === "categorical");

/** A signal name as a quoted SQL identifier; names come from the catalog, checked all the same. */
export function signalColumn(name: string): string {
  if (!/^[a-z][a-z_]*$/.test(name)) throw new Error(`Not a signal column: ${name}`);
  return `"${name}"`;
}
