import { BandBadge } from "@/components/ui/band-badge";
import { formatCount, formatDateTime } from "@/components/ui/format";
import { Table, Td, Th } from "@/components/ui/table";
import type { ComparisonJson } from "@/lib/contracts/models";
import { percent } from "./models-format";

const BANDS = ["strong", "possible", "weak"] as const;

/** Recent scores by band under the active model (rows) and the candidate (columns). */
export function ModelBandChanges({ history }: { history: ComparisonJson["history"] }) {
  const count = (from: string, to: string) =>
    history.transitions.find((entry) => entry.from === from && entry.to === to)?.count ?? 0;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700" data-testid="band-change-summary">
        <strong>{formatCount(history.changed)}</strong> of {formatCount(history.rows)} recent scores would change band (
        {percent(history.changed, history.rows)}); scores move by {history.mean_absolute_change.toFixed(1)} points on
        average.
      </p>
      <Table caption="Band transitions: active model (rows) to this version (columns)">
        <thead>
          <tr>
            <Th>Active ↓ / this version →</Th>
            {BANDS.map((band) => (
              <Th key={band} className="text-right">
                {band}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {BANDS.map((from) => (
            <tr key={from}>
              <Th scope="row" className="bg-white normal-case">
                <BandBadge band={from} />
              </Th>
              {BANDS.map((to) => (
                <Td
                  key={to}
                  className={`text-right tabular-nums ${from === to ? "text-slate-500" : count(from, to) > 0 ? "font-semibold text-amber-800" : ""}`}
                >
                  {formatCount(count(from, to))}
                </Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

/** The recent scores that would change band, largest change first. */
export function ModelChangeExamples({ examples }: { examples: ComparisonJson["history"]["examples"] }) {
  if (examples.length === 0) return null;
  return (
    <Table caption="Recent scores that would change band, largest change first">
      <thead>
        <tr>
          <Th>Scored</Th>
          <Th>Candidate</Th>
          <Th>Job</Th>
          <Th className="text-right">Active</Th>
          <Th className="text-right">This version</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {examples.map((row) => (
          <tr key={row.inference_id}>
            <Td className="whitespace-nowrap">{formatDateTime(row.created_at)}</Td>
            <Td>{row.candidate_name ?? <span className="text-slate-400">payload only</span>}</Td>
            <Td>{row.job_title ?? <span className="text-slate-400">payload only</span>}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums">
              {row.active.score.toFixed(1)} <BandBadge band={row.active.band} />
            </Td>
            <Td className="whitespace-nowrap text-right tabular-nums">
              {row.candidate.score.toFixed(1)} <BandBadge band={row.candidate.band} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
