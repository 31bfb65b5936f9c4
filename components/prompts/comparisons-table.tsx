"use client";

import Link from "next/link";
import { formatDateTime } from "@/components/ui/format";
import { formatPercent } from "@/components/providers/format";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { comparisonListJson } from "@/lib/contracts/prompt-comparisons";
import type { z } from "zod";
import { useComparisons } from "./queries";

type List = z.infer<typeof comparisonListJson>;

export const STATUS_TONE = {
  queued: "neutral",
  running: "brand",
  completed: "green",
  cancelled: "amber",
  failed: "red",
} as const;

export function ComparisonsTable({ name, initial }: { name: string; initial: List }) {
  const { data } = useComparisons(name, initial);
  const items = data?.items ?? [];
  if (items.length === 0) return <p className="text-sm text-slate-600">No comparisons yet.</p>;
  return (
    <Table caption="Comparisons">
      <thead>
        <tr>
          <Th>Started</Th>
          <Th>Versions</Th>
          <Th>Dataset</Th>
          <Th>Status</Th>
          <Th className="text-right">Valid A / B</Th>
          <Th className="text-right">Agreement</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {items.map((item) => (
          <tr key={item.id}>
            <Td>
              <Link
                className="text-brand-700 hover:underline"
                href={`/prompts/${encodeURIComponent(name)}/comparisons/${encodeURIComponent(item.id)}`}
              >
                {formatDateTime(item.created_at)}
              </Link>
              <span className="block text-xs text-slate-500">{item.created_by}</span>
            </Td>
            <Td className="tabular-nums">
              v{item.version_a} vs v{item.version_b}
            </Td>
            <Td>
              {item.dataset.label}
              {item.job ? <span className="block text-xs text-slate-500">scored against {item.job.title}</span> : null}
            </Td>
            <Td>
              <Badge tone={STATUS_TONE[item.status]}>{item.status}</Badge>
              <span className="ml-2 text-xs tabular-nums text-slate-500">
                {item.completed}/{item.total}
              </span>
            </Td>
            <Td className="text-right tabular-nums">
              {item.summary
                ? `${formatPercent(item.summary.validity.a ?? 0)} / ${formatPercent(item.summary.validity.b ?? 0)}`
                : "—"}
            </Td>
            <Td className="text-right tabular-nums">
              {item.summary?.agreement.value != null ? formatPercent(item.summary.agreement.value) : "—"}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
