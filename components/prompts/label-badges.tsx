import { Badge } from "@/components/ui/badge";

const TONE: Record<string, "green" | "amber" | "brand" | "neutral"> = {
  production: "green",
  staging: "amber",
  latest: "neutral",
};

/** Labels as badges: production green, staging amber, custom labels brand-coloured. */
export function LabelBadges({
  labels,
  withVersion = true,
}: {
  labels: { name: string; version?: number }[];
  withVersion?: boolean;
}) {
  if (labels.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {labels.map((label) => (
        <span key={label.name} className="whitespace-nowrap">
          <Badge tone={TONE[label.name] ?? "brand"}>
            {label.name}
            {withVersion && label.version !== undefined ? ` → v${label.version}` : ""}
          </Badge>
        </span>
      ))}
    </span>
  );
}
