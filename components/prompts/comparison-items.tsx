"use client";

import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ComparisonItemJson } from "@/lib/contracts/prompt-comparisons";
import { formatValue } from "./format";
import { useComparisonItems } from "./queries";

const PAGE = 10;

type Field = NonNullable<ComparisonItemJson["fields"]>[number];
type Side = ComparisonItemJson["a"];

function show(value: unknown): string {
  if (value === undefined) return "(absent)";
  if (value === null) return "null";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** One version's output, field by field; what differs from the other version is highlighted. */
function Output({ side, fields, which }: { side: Side; fields: Field[] | null; which: "a" | "b" }) {
  if (side.valid === null) return <p className="text-sm text-slate-500">Not run yet.</p>;
  if (!side.valid) return <p className="text-sm text-red-700">No valid output ({side.error ?? "error"}).</p>;
  const output = (side.output ?? {}) as Record<string, unknown>;
  const byField = new Map((fields ?? []).map((field) => [field.field, field]));
  return (
    <dl className="space-y-1 text-sm">
      {Object.entries(output).map(([name, value]) => {
        const diff = byField.get(name);
        const marked = diff?.kind === "list" ? new Set(which === "a" ? diff.removed : diff.added) : null;
        return (
          <div
            key={name}
            className={cn(
              "grid grid-cols-[10rem_1fr] gap-2 rounded px-1",
              diff && !diff.same && diff.kind === "value" && "bg-amber-50",
            )}
            data-changed={diff && !diff.same ? "true" : undefined}
          >
            <dt className="font-mono text-xs text-slate-500">{name}</dt>
            <dd className="break-words">
              {Array.isArray(value) ? (
                <span className="flex flex-wrap gap-1">
                  {value.length === 0 ? <span className="text-slate-400">[]</span> : null}
                  {value.map((item) => {
                    const text = show(item);
                    const changed = marked?.has(text.trim().toLowerCase());
                    return (
                      <Badge key={text} tone={changed ? (which === "a" ? "red" : "green") : "neutral"}>
                        {changed ? (which === "a" ? "− " : "+ ") : ""}
                        {text}
                      </Badge>
                    );
                  })}
                </span>
              ) : (
                show(value)
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

function Meta({ side }: { side: Side }) {
  return (
    <p className="mt-2 text-xs text-slate-500">
      {side.provider ?? "—"} · {formatValue(side.latency_ms, "ms")} · {side.tokens ?? 0} tokens
      {side.score !== null ? ` · score ${formatValue(side.score, "score")} (${side.band})` : ""}
    </p>
  );
}

export function ComparisonItems({
  id,
  versions,
  live,
}: {
  id: string;
  versions: { a: number; b: number };
  live: boolean;
}) {
  const [offset, setOffset] = useState(0);
  const [changed, setChanged] = useState(false);
  const { data, isPending, isError, error } = useComparisonItems(id, { offset, limit: PAGE, changed }, live);
  return (
    <section className="space-y-3" aria-label="Items">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-base font-semibold text-slate-900">Items, side by side</h2>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={changed}
            onChange={(event) => {
              setChanged(event.target.checked);
              setOffset(0);
            }}
            className="accent-brand-600"
          />
          Only items where the versions differ
        </label>
      </div>
      {isPending ? (
        <p className="text-sm text-slate-600" role="status">
          Loading items…
        </p>
      ) : null}
      {isError ? <p className="text-sm text-red-700">Could not load the items: {error.message}</p> : null}
      {data?.items.map((item) => (
        <article
          key={item.id}
          className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
          data-testid="comparison-item"
        >
          <header className="mb-3 flex flex-wrap items-center gap-2">
            <span className="font-medium text-slate-900">
              #{item.position + 1} {item.label}
            </span>
            {item.status === "pending" ? (
              <Badge>pending</Badge>
            ) : item.changed ? (
              <Badge tone="amber">differs</Badge>
            ) : (
              <Badge tone="green">same</Badge>
            )}
          </header>
          <div className="grid gap-4 md:grid-cols-2">
            {(["a", "b"] as const).map((which) => (
              <div key={which} className="min-w-0">
                <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">
                  v{versions[which]}
                </h3>
                <Output side={item[which]} fields={item.fields} which={which} />
                {item.status === "done" ? <Meta side={item[which]} /> : null}
              </div>
            ))}
          </div>
        </article>
      ))}
      {data && data.total > PAGE ? (
        <nav aria-label="Item pages" className="flex items-center justify-between text-sm text-slate-600">
          <span>
            {offset + 1}–{Math.min(offset + PAGE, data.total)} of {data.total}
          </span>
          <span className="flex gap-2">
            <Button variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>
              Previous
            </Button>
            <Button variant="secondary" disabled={offset + PAGE >= data.total} onClick={() => setOffset(offset + PAGE)}>
              Next
            </Button>
          </span>
        </nav>
      ) : null}
      {data && data.total === 0 ? (
        <p className="text-sm text-slate-600">{changed ? "No item differs." : "No items."}</p>
      ) : null}
    </section>
  );
}
