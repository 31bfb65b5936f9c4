// A stored report as people read it: signals by their plain names, recruiters by name (the ATS's ids are
// looked up in the recruiter directory), and the verdict in one sentence. Pure; reports.ts supplies the names.
import { OTHER_CATEGORY } from "./folding";
import { monitoredSignalLabel } from "./labels";
import type { SignalDrift } from "./types";

export const RECRUITER_SIGNAL = "recruiter";

/** Each signal with the catalog's label; the recruiter's bins by name where the directory knows the id. */
export function readableMetrics(
  metrics: readonly SignalDrift[],
  recruiterNames: ReadonlyMap<string, string>,
): SignalDrift[] {
  return metrics.map((metric) => ({
    ...metric,
    label: monitoredSignalLabel(metric.signal, metric.label),
    bins:
      metric.signal === RECRUITER_SIGNAL
        ? metric.bins.map((bin) =>
            bin.label === OTHER_CATEGORY ? bin : { ...bin, label: recruiterNames.get(bin.label) ?? bin.label },
          )
        : metric.bins,
  }));
}
