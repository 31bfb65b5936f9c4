import Link from "next/link";
import { formatDateTime } from "@/components/ui/format";
import { Table, Td, Th } from "@/components/ui/table";
import type { PromptDetailJson } from "@/lib/contracts/prompts";

/** The audit trail of label moves, newest first. */
export function LabelHistory({ name, events }: { name: string; events: PromptDetailJson["events"] }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">No label has moved yet.</p>;
  return (
    <Table caption="Label history">
      <thead>
        <tr>
          <Th>When</Th>
          <Th>Label</Th>
          <Th>Move</Th>
          <Th>Who</Th>
          <Th>Why</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {events.map((event) => (
          <tr key={event.id}>
            <Td className="whitespace-nowrap">{formatDateTime(event.created_at)}</Td>
            <Td className="font-medium">{event.label}</Td>
            <Td className="tabular-nums">
              {event.from_version === null
                ? `set to v${event.to_version}`
                : `v${event.from_version} → v${event.to_version}`}
            </Td>
            <Td>{event.actor}</Td>
            <Td>
              {event.note || null}
              {event.comparison_id ? (
                <Link
                  className="block text-sm text-brand-700 hover:underline"
                  href={`/prompts/${encodeURIComponent(name)}/comparisons/${encodeURIComponent(event.comparison_id)}`}
                >
                  Comparison
                </Link>
              ) : null}
              {!event.note && !event.comparison_id ? <span className="text-slate-400">—</span> : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
