import { Table, Td, Th } from "@/components/ui/table";
import type { ComparisonJson } from "@/lib/contracts/models";
import { signedWeight } from "./models-format";

/** Each weighted signal under the active model and the candidate, with the change. */
export function ModelWeightsTable({
  weights,
  intercepts,
  versions,
}: {
  weights: ComparisonJson["weights"];
  intercepts: { active: number; candidate: number };
  versions: { active: string; candidate: string };
}) {
  return (
    <Table caption={`Weights of ${versions.candidate} against ${versions.active}`}>
      <thead>
        <tr>
          <Th>Signal</Th>
          <Th className="text-right">Active ({versions.active})</Th>
          <Th className="text-right">This version</Th>
          <Th className="text-right">Change</Th>
          <Th className="text-right">Reference (active → this)</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        <tr>
          <Td className="font-medium">Intercept (score of the reference candidate)</Td>
          <Td className="text-right tabular-nums">{signedWeight(intercepts.active)}</Td>
          <Td className="text-right tabular-nums">{signedWeight(intercepts.candidate)}</Td>
          <Td className="text-right tabular-nums">{signedWeight(intercepts.candidate - intercepts.active)}</Td>
          <Td />
        </tr>
        {weights.map((row) => {
          const [before, after] = [row.active?.weight ?? 0, row.candidate?.weight ?? 0];
          return (
            <tr key={row.signal}>
              <Td>
                {row.label}
                <span className="block font-mono text-xs text-slate-500">{row.signal}</span>
              </Td>
              <Td className="text-right tabular-nums">{signedWeight(row.active?.weight)}</Td>
              <Td className="text-right tabular-nums">{signedWeight(row.candidate?.weight)}</Td>
              <Td className={`text-right tabular-nums ${after === before ? "text-slate-400" : "font-medium"}`}>
                {signedWeight(after - before)}
              </Td>
              <Td className="text-right tabular-nums text-slate-600">
                {row.active ? row.active.reference.toFixed(2) : "—"} →{" "}
                {row.candidate ? row.candidate.reference.toFixed(2) : "—"}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
