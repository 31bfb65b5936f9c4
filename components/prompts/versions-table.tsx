import Link from "next/link";
import { formatMs, formatPercent, formatUsd } from "@/components/providers/format";
import { formatCount, formatDateTime } from "@/components/ui/format";
import { Table, Td, Th } from "@/components/ui/table";
import type { PromptDetailJson } from "@/lib/contracts/prompts";
import { LabelBadges } from "./label-badges";

type Version = PromptDetailJson["versions"][number];

/** Versions newest first, with their labels and production metrics (calls outside comparisons). */
export function VersionsTable({ name, versions, canEdit }: { name: string; versions: Version[]; canEdit: boolean }) {
  const path = `/prompts/${encodeURIComponent(name)}`;
  return (
    <Table caption="Versions">
      <thead>
        <tr>
          <Th>Version</Th>
          <Th>Change</Th>
          <Th>Labels</Th>
          <Th className="text-right">Calls</Th>
          <Th className="text-right">Failure rate</Th>
          <Th className="text-right">p50 / p95</Th>
          <Th className="text-right">Tokens in / out</Th>
          <Th className="text-right">Cost</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {versions.map((version) => (
          <tr key={version.version} data-testid={`version-${version.version}`}>
            <Td className="font-medium tabular-nums text-slate-900">v{version.version}</Td>
            <Td>
              {version.message}
              <span className="block text-xs text-slate-500">
                {version.author || "—"} · {formatDateTime(version.created_at)}
                {version.base_version ? ` · from v${version.base_version}` : ""}
              </span>
            </Td>
            <Td>
              <LabelBadges labels={version.labels.map((label) => ({ name: label }))} withVersion={false} />
            </Td>
            {version.metrics ? (
              <>
                <Td className="text-right tabular-nums">{formatCount(version.metrics.calls)}</Td>
                <Td className="text-right tabular-nums">{formatPercent(version.metrics.failure_rate)}</Td>
                <Td className="text-right tabular-nums">
                  {formatMs(version.metrics.p50_latency_ms)} / {formatMs(version.metrics.p95_latency_ms)}
                </Td>
                <Td className="text-right tabular-nums">
                  {formatCount(version.metrics.input_tokens)} / {formatCount(version.metrics.output_tokens)}
                </Td>
                <Td className="text-right tabular-nums">{formatUsd(version.metrics.cost_usd)}</Td>
              </>
            ) : (
              <Td colSpan={5} className="text-center text-slate-400">
                No production calls
              </Td>
            )}
            <Td className="whitespace-nowrap text-right">
              {version.version > 1 ? (
                <Link
                  className="text-sm text-brand-700 hover:underline"
                  href={`${path}/diff?from=${version.base_version ?? version.version - 1}&to=${version.version}`}
                >
                  Diff
                </Link>
              ) : null}
              {canEdit ? (
                <Link
                  className="ml-3 text-sm text-brand-700 hover:underline"
                  href={`${path}/edit?from=${version.version}`}
                >
                  Edit from here
                </Link>
              ) : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
