"use client";

import type { z } from "zod";
import { useCandidate } from "@/components/candidates/queries";
import { ReasonList } from "@/components/score/reason-list";
import { BandWithOverride } from "@/components/ui/band-badge";
import { Button } from "@/components/ui/button";
import { skillLabel } from "@/components/ui/format";
import type { rankingEntryJson } from "@/lib/contracts/jobs";
import { SkillChips } from "./skill-chips";

type RankingEntry = z.infer<typeof rankingEntryJson>;

/** The selected candidates side by side: score, the reasons for it and requirements, then their profiles. */
export function CompareCandidates({ entries, onClose }: { entries: RankingEntry[]; onClose: () => void }) {
  return (
    <section aria-label="Compared candidates" className="mb-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-brand-100">
      <div className="mb-3 flex items-center justify-between">
        <h3 className="font-semibold text-slate-900">Side by side</h3>
        <Button variant="ghost" onClick={onClose}>
          Clear selection
        </Button>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {entries.map((entry) => (
          <ComparedCandidate key={entry.candidate_id} entry={entry} />
        ))}
      </div>
    </section>
  );
}

function ComparedCandidate({ entry }: { entry: RankingEntry }) {
  const candidate = useCandidate(entry.candidate_id);
  return (
    <article className="min-w-0 space-y-2 text-sm">
      <h4 className="truncate font-medium text-slate-900">{entry.full_name}</h4>
      <p className="flex items-center gap-2">
        <span className="text-2xl font-semibold tabular-nums">{entry.score.toFixed(1)}</span>
        <BandWithOverride band={entry.band} override={entry.band_override} />
        <span className="text-slate-500">#{entry.rank}</span>
      </p>
      <div>
        <h5 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Why</h5>
        <ReasonList reasons={entry.reasons} />
      </div>
      <SkillChips matched={entry.matched_skills} missing={entry.missing_skills} />
      {candidate.data ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-1 text-slate-700">
          <dt className="text-slate-500">Seniority</dt>
          <dd className="capitalize">{candidate.data.seniority ?? "—"}</dd>
          <dt className="text-slate-500">Experience</dt>
          <dd>{candidate.data.years_experience_range?.replace("_years", " years") ?? "—"}</dd>
          <dt className="text-slate-500">Education</dt>
          <dd>
            {[candidate.data.education_level, candidate.data.field_of_study]
              .filter(Boolean)
              .map((item) => skillLabel(item!))
              .join(", ") || "—"}
          </dd>
          <dt className="text-slate-500">Skills</dt>
          <dd>{candidate.data.technical_skills.map(skillLabel).join(", ") || "—"}</dd>
        </dl>
      ) : (
        <p className="text-slate-500" role="status">
          {candidate.isError ? "Profile unavailable." : "Loading profile…"}
        </p>
      )}
    </article>
  );
}
