import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Table, Td, Th } from "@/components/ui/table";
import type { SummaryJson } from "@/lib/contracts/prompt-comparisons";
import { formatDelta, formatInterval, formatValue, significant, type EstimateLike, type Unit } from "./format";

type PairedJson = SummaryJson["validity"];

/** B − A and its interval; bold when the interval excludes 0, green or red when a direction is better. */
function Difference({
  estimate,
  unit,
  lowerIsBetter,
  signed = true,
}: {
  estimate: EstimateLike;
  unit: Unit;
  lowerIsBetter?: boolean;
  signed?: boolean;
}) {
  const shown = signed && significant(estimate);
  const better = (estimate.value ?? 0) > 0 !== lowerIsBetter;
  const tone = lowerIsBetter === undefined ? "text-slate-900" : better ? "text-emerald-700" : "text-red-700";
  return (
    <>
      <Td className={cn("whitespace-nowrap text-right tabular-nums", shown && `font-semibold ${tone}`)}>
        {signed ? formatDelta(estimate.value, unit) : formatValue(estimate.value, unit)}
      </Td>
      <Td className="whitespace-nowrap text-right tabular-nums text-slate-600">
        {formatInterval(estimate, unit, signed)}
      </Td>
    </>
  );
}

function PairedRow({
  label,
  paired,
  unit,
  lowerIsBetter = false,
}: {
  label: string;
  paired: PairedJson;
  unit: Unit;
  lowerIsBetter?: boolean;
}) {
  return (
    <tr>
      <Td className="font-medium text-slate-900">{label}</Td>
      <Td className="text-right tabular-nums">{formatValue(paired.a, unit)}</Td>
      <Td className="text-right tabular-nums">{formatValue(paired.b, unit)}</Td>
      <Difference estimate={paired.diff} unit={unit} lowerIsBetter={lowerIsBetter} />
    </tr>
  );
}

/** Every measure for A and B, and B − A with its bootstrap 95 % interval (bold when it excludes 0). */
export function ComparisonSummary({ summary, versions }: { summary: SummaryJson; versions: { a: number; b: number } }) {
  const scores = summary.scores;
  return (
    <div className="space-y-6">
      <Card title={`Results on ${summary.items} items`}>
        <p className="mb-3 text-sm text-slate-600">
          Intervals are paired bootstrap 95 % intervals ({summary.resamples} resamples of the items, seeded); a
          difference whose interval excludes zero is in bold.
        </p>
        <Table caption="Comparison results">
          <thead>
            <tr>
              <Th>Measure</Th>
              <Th className="text-right">v{versions.a} (A)</Th>
              <Th className="text-right">v{versions.b} (B)</Th>
              <Th className="text-right">B − A</Th>
              <Th className="text-right">95 % interval</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            <PairedRow label="Valid output rate" paired={summary.validity} unit="percent" />
            <PairedRow label="Latency p50" paired={summary.latency_p50_ms} unit="ms" lowerIsBetter />
            <PairedRow label="Latency p95" paired={summary.latency_p95_ms} unit="ms" lowerIsBetter />
            <PairedRow label="Tokens per 1,000 calls" paired={summary.tokens_per_1000} unit="tokens" lowerIsBetter />
            <PairedRow label="Cost per 1,000 calls" paired={summary.cost_per_1000_usd} unit="usd" lowerIsBetter />
            {scores ? (
              <>
                <tr>
                  <Td className="font-medium text-slate-900">Mean score ({scores.compared} candidates)</Td>
                  <Td className="text-right tabular-nums">{formatValue(scores.mean_a, "score")}</Td>
                  <Td className="text-right tabular-nums">{formatValue(scores.mean_b, "score")}</Td>
                  <Difference estimate={scores.mean_change} unit="score" />
                </tr>
                <tr>
                  <Td className="font-medium text-slate-900">Rank correlation of scores (Spearman)</Td>
                  <Td colSpan={2} />
                  <Difference estimate={scores.spearman} unit="rho" signed={false} />
                </tr>
                <tr>
                  <Td className="font-medium text-slate-900">Candidates changing band</Td>
                  <Td colSpan={2} className="text-right text-slate-600">
                    {scores.band_changes.transitions
                      .map((move) => `${move.count} ${move.from} → ${move.to}`)
                      .join(", ") || "none"}
                  </Td>
                  <Td className="text-right tabular-nums">
                    {scores.band_changes.count} ({formatValue(scores.band_changes.rate.value, "percent")})
                  </Td>
                  <Td className="whitespace-nowrap text-right tabular-nums text-slate-600">
                    {formatInterval(scores.band_changes.rate, "percent", false)}
                  </Td>
                </tr>
              </>
            ) : null}
          </tbody>
        </Table>
      </Card>
      <Card title="Agreement between the versions">
        <p className="mb-3 text-sm text-slate-600">
          Over the items both versions answered validly. Lists count as equal when they hold the same items in any order
          or case.
        </p>
        <Table caption="Agreement per field">
          <thead>
            <tr>
              <Th>Field</Th>
              <Th className="text-right">Agreement</Th>
              <Th className="text-right">95 % interval</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            <tr>
              <Td className="font-medium text-slate-900">All fields</Td>
              <Td className="text-right tabular-nums font-medium">{formatValue(summary.agreement.value, "percent")}</Td>
              <Td className="whitespace-nowrap text-right tabular-nums text-slate-600">
                {formatInterval(summary.agreement, "percent", false)}
              </Td>
            </tr>
            {summary.fields.map((field) => (
              <tr key={field.field} data-field={field.field}>
                <Td>
                  <code>{field.field}</code>
                </Td>
                <Td
                  className={cn("text-right tabular-nums", (field.rate.value ?? 1) < 1 && "font-medium text-amber-800")}
                >
                  {formatValue(field.rate.value, "percent")}
                </Td>
                <Td className="whitespace-nowrap text-right tabular-nums text-slate-600">
                  {formatInterval(field.rate, "percent", false)}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
