import { formatDateTime } from "@/components/ui/format";
import { Table, Td, Th } from "@/components/ui/table";
import type { ActivationJson } from "@/lib/contracts/models";

/** The audit trail of model activations, newest first. */
export function ModelActivationTrail({ activations }: { activations: ActivationJson[] }) {
  if (activations.length === 0) return <p className="text-sm text-slate-600">No model has been activated yet.</p>;
  return (
    <Table caption="Model activations">
      <thead>
        <tr>
          <Th>When</Th>
          <Th>Change</Th>
          <Th>Who</Th>
          <Th>Note</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {activations.map((activation) => (
          <tr key={activation.id}>
            <Td className="whitespace-nowrap">{formatDateTime(activation.created_at)}</Td>
            <Td className="font-mono text-sm">
              {activation.previous ? `${activation.previous} → ${activation.version}` : `set to ${activation.version}`}
            </Td>
            <Td>{activation.activated_by}</Td>
            <Td>{activation.note || <span className="text-slate-400">—</span>}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
