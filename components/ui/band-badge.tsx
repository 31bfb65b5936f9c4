import { Badge } from "./badge";

const TONE = { strong: "green", possible: "amber", weak: "neutral" } as const;

export function BandBadge({ band }: { band: string }) {
  return <Badge tone={TONE[band as keyof typeof TONE] ?? "neutral"}>{band}</Badge>;
}
