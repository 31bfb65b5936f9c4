import type { ProviderOverviewJson } from "@/lib/contracts/providers";
import { Table, Td, Th } from "@/components/ui/table";
import { formatCount } from "@/components/ui/format";
import { formatMs, formatPercent, formatUsd } from "./format";

type Usage = ProviderOverviewJson["last_24h"][number];

export function ProviderUsageTable({ caption, rows }: { caption: string; rows: Usage[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No calls in this window.</p>;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Provider</Th>
          <Th className="text-right">Calls</Th>
          <Th className="text-right">Failure rate</Th>
          <Th className="text-right">p50</Th>
          <Th className="text-right">p95</Th>
          <Th className="text-right">Tokens in / cached / out</Th>
          <Th className="text-right">Cost</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.provider}>
            <Td className="font-medium text-slate-900">{row.provider}</Td>
            <Td className="text-right tabular-nums">{formatCount(row.calls)}</Td>
            <Td className="text-right tabular-nums">{formatPercent(row.failure_rate)}</Td>
            <Td className="text-right tabular-nums">{formatMs(row.p50_latency_ms)}</Td>
            <Td className="text-right tabular-nums">{formatMs(row.p95_latency_ms)}</Td>
            <Td className="text-right tabular-nums">
              {formatCount(row.input_tokens)} / {formatCount(row.cached_tokens)} / {formatCount(row.output_tokens)}
            </Td>
            <Td className="text-right tabular-nums">{formatUsd(row.cost_usd)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
