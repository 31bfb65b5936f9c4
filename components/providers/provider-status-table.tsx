import type { ProviderOverviewJson } from "@/lib/contracts/providers";
import { formatDateTime } from "@/components/ui/format";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { formatMs } from "./format";

type Status = ProviderOverviewJson["providers"][number];

function Reachability({ status }: { status: Status }) {
  if (!status.configured) return <Badge>Not configured</Badge>;
  if (status.endpoint === null) return <Badge tone="green">Always available</Badge>;
  if (status.reachable) return <Badge tone="green">Reachable · {formatMs(status.probe_latency_ms)}</Badge>;
  return <Badge tone="red">Unreachable{status.probe_error_class ? ` (${status.probe_error_class})` : ""}</Badge>;
}

export function ProviderStatusTable({ providers }: { providers: Status[] }) {
  return (
    <Table caption="Provider status">
      <thead>
        <tr>
          <Th>Provider</Th>
          <Th>Model</Th>
          <Th>Status</Th>
          <Th>Last error</Th>
          <Th>Cooldown</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {providers.map((status) => (
          <tr key={status.name}>
            <Td>
              <div className="font-medium text-slate-900">{status.name}</div>
              <div className="text-xs text-slate-500">
                {status.role}
                {status.endpoint ? ` · ${status.endpoint}` : " · offline rules"}
              </div>
            </Td>
            <Td>
              <div className="font-mono text-xs">{status.model}</div>
              {status.price_known ? null : (
                <div className="mt-1">
                  <Badge tone="amber">No price for this model</Badge>
                  <div className="mt-1 text-xs text-slate-500">
                    Its calls are recorded at $0 until lib/llm/prices.ts has it.
                  </div>
                </div>
              )}
            </Td>
            <Td>
              <Reachability status={status} />
              {status.not_configured_reason ? (
                <div className="mt-1 text-xs text-slate-500">{status.not_configured_reason}</div>
              ) : null}
            </Td>
            <Td>
              {status.last_error_class ? (
                <>
                  <Badge tone="amber">{status.last_error_class}</Badge>
                  {status.last_error_at ? (
                    <div className="mt-1 text-xs text-slate-500">{formatDateTime(status.last_error_at)}</div>
                  ) : null}
                </>
              ) : (
                <span className="text-slate-500">None</span>
              )}
            </Td>
            <Td>
              {status.cooldown_remaining_ms > 0 ? (
                <Badge tone="amber">Skipped for {Math.ceil(status.cooldown_remaining_ms / 1000)} s</Badge>
              ) : (
                <span className="text-slate-500">
                  {status.consecutive_failures > 0 ? `${status.consecutive_failures} failures in a row` : "—"}
                </span>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
