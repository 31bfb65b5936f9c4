// Signals by their plain names, from the one catalog the score page reads too (lib/vocabulary/signals).
import { MONITORED_SIGNALS } from "./monitored";

const LABELS = new Map(MONITORED_SIGNALS.map((signal) => [signal.name, signal.label]));

/** The catalog's label; a report stored before a signal was renamed or removed keeps the label it stored. */
export function monitoredSignalLabel(name: string, storedLabel: string): string {
  return LABELS.get(name) ?? storedLabel;
}
