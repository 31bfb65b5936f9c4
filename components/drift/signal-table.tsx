import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { SignalDriftJson } from "@/lib/contracts/drift";
import { TEST_NAMES } from "./format";

/**
 * The signal chart's numbers as a table: readable without the chart, and by screen readers. Each signal's
 * threshold is its own (the minimum effect, or what chance gives at these window sizes, whichever is larger).
 */
export function SignalTable({ signals, onSelect }: { signals: SignalDriftJson[]; onSelect: (signal: string) => void }) {
  const sorted = [...signals].sort((a, b) => Number(b.drifted) - Number(a.drifted) || b.value - a.value);
  return (
    <Table caption="Drift per signal">
      <thead>
        <tr>
          <Th>Signal</Th>
          <Th>Test</Th>
          <Th className="text-right">Value</Th>
          <Th className="text-right">Threshold</Th>
          <Th className="text-right">Mean shift (SD)</Th>
          <Th>Beyond chance</Th>
          <Th>Verdict</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {sorted.map((signal) => (
          <tr key={signal.signal}>
            <Td>
              <button type="button" className="text-left hover:underline" onClick={() => onSelect(signal.signal)}>
                {signal.label}
              </button>
            </Td>
            <Td className="text-xs">{TEST_NAMES[signal.test]}</Td>
            <Td className="text-right tabular-nums">{signal.value.toFixed(3)}</Td>
            <Td className="text-right tabular-nums">{signal.threshold.toFixed(3)}</Td>
            <Td className="text-right tabular-nums">
              {signal.mean_shift_sd === null ? "–" : signal.mean_shift_sd.toFixed(2)}
            </Td>
            <Td>{signal.beyond_chance === null ? "–" : signal.beyond_chance ? "Yes" : "No"}</Td>
            <Td>{signal.drifted ? <Badge tone="red">Drifted</Badge> : <Badge tone="green">OK</Badge>}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
