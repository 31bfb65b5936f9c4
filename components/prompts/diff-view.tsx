import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { ScrollBox } from "@/components/ui/scroll-box";
import type { DiffJson } from "@/lib/contracts/prompts";

const LINE_STYLE = {
  equal: "text-slate-700",
  add: "bg-emerald-50 text-emerald-900",
  remove: "bg-red-50 text-red-900",
} as const;
const MARK = { equal: " ", add: "+", remove: "−" } as const;

function show(value: string | number | null): string {
  return value === null ? "—" : String(value);
}

/** A unified line diff with both line numbers, then the variable and config changes. */
export function DiffView({ diff }: { diff: DiffJson }) {
  const changed = diff.added + diff.removed > 0;
  return (
    <div className="space-y-6">
      <Card title={`Template: ${diff.added} added, ${diff.removed} removed`}>
        {changed ? null : <p className="mb-3 text-sm text-slate-600">The templates are identical.</p>}
        <ScrollBox label="Template diff" className="rounded-md ring-1 ring-slate-200">
          <table className="min-w-full font-mono text-xs" aria-label="Template diff">
            <tbody>
              {diff.lines.map((line, index) => (
                <tr key={index} className={cn(LINE_STYLE[line.kind])} data-diff={line.kind}>
                  <td className="w-10 select-none border-r border-slate-200 px-2 text-right text-slate-400">
                    {line.old_line ?? ""}
                  </td>
                  <td className="w-10 select-none border-r border-slate-200 px-2 text-right text-slate-400">
                    {line.new_line ?? ""}
                  </td>
                  <td
                    className="w-5 select-none px-1 text-center"
                    aria-label={line.kind === "equal" ? undefined : line.kind === "add" ? "added" : "removed"}
                  >
                    {MARK[line.kind]}
                  </td>
                  <td
                    className={cn(
                      "whitespace-pre-wrap px-2 py-0.5",
                      line.text.startsWith("### message") && "font-semibold text-slate-500",
                    )}
                  >
                    {line.text || " "}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </Card>
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Variables">
          <ul className="space-y-1 text-sm" aria-label="Variable changes">
            {diff.variables.added.map((name) => (
              <li key={`+${name}`}>
                <Badge tone="green">added</Badge> <code>{`{{${name}}}`}</code>
              </li>
            ))}
            {diff.variables.removed.map((name) => (
              <li key={`-${name}`}>
                <Badge tone="red">removed</Badge> <code>{`{{${name}}}`}</code>
              </li>
            ))}
            {diff.variables.unchanged.map((name) => (
              <li key={name} className="text-slate-600">
                <Badge>unchanged</Badge> <code>{`{{${name}}}`}</code>
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Config">
          {diff.config.length === 0 ? (
            <p className="text-sm text-slate-600">No config change.</p>
          ) : (
            <ul className="space-y-1 text-sm" aria-label="Config changes">
              {diff.config.map((change) => (
                <li key={change.key}>
                  <code>{change.key}</code>: <span className="text-red-700 line-through">{show(change.from)}</span> →{" "}
                  <span className="font-medium text-emerald-800">{show(change.to)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
