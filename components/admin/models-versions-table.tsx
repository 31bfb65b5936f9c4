import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatCount, formatDateTime } from "@/components/ui/format";
import { Table, Td, Th } from "@/components/ui/table";
import type { ModelVersionJson } from "@/lib/contracts/models";
import { figure, heldOutFigures } from "./models-format";

/** Every stored version: which is active, when it was made, and — for fitted ones — how it measured. */
export function ModelVersionsTable({ versions }: { versions: ModelVersionJson[] }) {
  return (
    <Table caption="Model versions">
      <thead>
        <tr>
          <Th>Version</Th>
          <Th>Created</Th>
          <Th className="text-right">Held-out AUC</Th>
          <Th className="text-right">Brier</Th>
          <Th className="text-right">ECE</Th>
          <Th className="text-right">Outcomes</Th>
          <Th>
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {versions.map((model) => {
          const held = heldOutFigures(model.fit);
          const versus = (pick: (e: NonNullable<typeof held>["fitted"]) => number) =>
            held ? (
              <>
                {figure(pick(held.fitted))}
                <span className="block text-xs text-slate-500">
                  {held.active.version}: {figure(pick(held.active))}
                </span>
              </>
            ) : (
              <span className="text-slate-400">—</span>
            );
          return (
            <tr key={model.version}>
              <Td>
                <span className="font-mono text-sm">{model.version}</span>{" "}
                {model.active ? <Badge tone="green">active</Badge> : null}
                {!model.fit ? <span className="block text-xs text-slate-500">weights set by hand</span> : null}
              </Td>
              <Td className="whitespace-nowrap">{formatDateTime(model.created_at)}</Td>
              <Td className="text-right tabular-nums">{versus((e) => e.auc)}</Td>
              <Td className="text-right tabular-nums">{versus((e) => e.brier)}</Td>
              <Td className="text-right tabular-nums">{versus((e) => e.ece)}</Td>
              <Td className="text-right tabular-nums">
                {model.fit ? (
                  <>
                    {formatCount(model.fit.outcomes.rows)}
                    <span className="block text-xs text-slate-500">
                      {formatCount(model.fit.held_out.rows)} held out on {model.fit.held_out.jobs} jobs
                    </span>
                  </>
                ) : (
                  <span className="text-slate-400">—</span>
                )}
              </Td>
              <Td className="whitespace-nowrap text-right">
                <Link
                  href={`/admin/models/${encodeURIComponent(model.version)}`}
                  className="text-sm font-medium text-brand-700 hover:underline"
                >
                  {model.active ? "View" : "Compare with active"}
                  <span className="sr-only"> ({model.version})</span>
                </Link>
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
