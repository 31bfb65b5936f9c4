import { Badge } from "./badge";

const TONE = { strong: "green", possible: "amber", weak: "neutral" } as const;

export function BandBadge({ band }: { band: string }) {
  return <Badge tone={TONE[band as keyof typeof TONE] ?? "neutral"}>{band}</Badge>;
}

/** The model's band, and beside it (never instead of it) the recruiter's override when there is one. */
export function BandWithOverride({
  band,
  override,
}: {
  band: string;
  override: { band: string; reason: string | null } | null;
}) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <BandBadge band={band} />
      {override ? (
        <span
          className="inline-flex items-center rounded-full bg-violet-50 px-2 py-0.5 text-xs font-medium text-violet-800 ring-1 ring-violet-200"
          title={override.reason ?? undefined}
        >
          Recruiter: {override.band}
        </span>
      ) : null}
    </span>
  );
}
