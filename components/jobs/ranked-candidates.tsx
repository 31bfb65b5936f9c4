"use client";

import Link from "next/link";
import { Fragment, useState } from "react";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { BandWithOverride } from "@/components/ui/band-badge";
import { Button } from "@/components/ui/button";
import { skillLabel } from "@/components/ui/format";
import { SelectField } from "@/components/ui/select-field";
import { Table, Td, Th } from "@/components/ui/table";
import { SENIORITY_OPTIONS } from "@/components/ui/vocabulary-options";
import type { rankingEntryJson } from "@/lib/contracts/jobs";
import { CompareCandidates } from "./compare-candidates";
import { ReasonList } from "@/components/score/reason-list";
import { ScoreExplanation } from "@/components/score/score-explanation";
import { SkillChips } from "./skill-chips";
import { useRankedExplanation, useRankings } from "./queries";

type RankingEntry = z.infer<typeof rankingEntryJson>;

const PAGE_SIZE = 50;
// On phones the band moves under the score and the last three columns under the candidate's name,
// so the whole row shows without scrolling sideways.
const WIDE_ONLY = "hidden sm:table-cell";
const MAX_COMPARED = 4;

interface Filters {
  band: string;
  skill: string;
  seniority: string;
  local: string;
  sort: string;
}

// Locality compares a candidate's city with the job's: a remote job, or one naming no place, has none.
const PLACELESS_HINT = {
  remote: "Off: this job is remote.",
  no_location: "Off: this job names no location.",
};

/** Every candidate in the pool ranked for a job: filterable, sortable, paged; pick some to compare. */
export function RankedCandidates({
  jobId,
  requiredSkills,
  placeless,
}: {
  jobId: string;
  requiredSkills: string[];
  /** Why no candidate can be local to this job, when none can. */
  placeless?: keyof typeof PLACELESS_HINT;
}) {
  const [filters, setFilters] = useState<Filters>({
    band: "",
    skill: "",
    seniority: "",
    local: "",
    sort: "score_desc",
  });
  const [page, setPage] = useState(0);
  const [compared, setCompared] = useState<RankingEntry[]>([]);
  const [opened, setOpened] = useState<string | null>(null);
  const selected = compared.map((entry) => entry.candidate_id);
  const query = new URLSearchParams({ limit: String(PAGE_SIZE), offset: String(page * PAGE_SIZE) });
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  const rankings = useRankings(jobId, query);
  const exportQuery = new URLSearchParams(Object.entries(filters).filter(([, value]) => value));
  const setFilter = (key: keyof Filters, value: string) => {
    setFilters((current) => ({ ...current, [key]: value }));
    setPage(0);
  };
  const toggle = (entry: RankingEntry) =>
    setCompared((current) =>
      current.some((item) => item.candidate_id === entry.candidate_id)
        ? current.filter((item) => item.candidate_id !== entry.candidate_id)
        : current.length < MAX_COMPARED
          ? [...current, entry]
          : current,
    );
  const data = rankings.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <section aria-labelledby="ranking-heading">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <h2 id="ranking-heading" className="text-lg font-semibold text-slate-900">
          Ranked candidates
        </h2>
        <div className="flex flex-wrap items-center gap-3">
          {selected.length > 0 ? (
            <p className="text-sm text-slate-600">
              {selected.length} selected to compare (up to {MAX_COMPARED})
            </p>
          ) : null}
          {/* The ranking as filtered and sorted here, best 1,000 rows, bands and overrides side by side. */}
          <a
            href={`/api/jobs/${jobId}/ranking.csv?${exportQuery}`}
            download
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-slate-50"
          >
            Export CSV
          </a>
        </div>
      </div>
      <div className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        <SelectField
          label="Band"
          value={filters.band}
          onChange={(event) => setFilter("band", event.target.value)}
          options={[
            { value: "", label: "Any band" },
            { value: "strong", label: "Strong" },
            { value: "possible", label: "Possible" },
            { value: "weak", label: "Weak" },
          ]}
        />
        <SelectField
          label="Has skill"
          value={filters.skill}
          onChange={(event) => setFilter("skill", event.target.value)}
          options={[
            { value: "", label: "Any" },
            ...requiredSkills.map((skill) => ({ value: skill, label: skillLabel(skill) })),
          ]}
        />
        <SelectField
          label="Seniority"
          value={filters.seniority}
          onChange={(event) => setFilter("seniority", event.target.value)}
          options={[{ value: "", label: "Any" }, ...SENIORITY_OPTIONS.slice(1)]}
        />
        <SelectField
          label="Location"
          value={filters.local}
          disabled={placeless !== undefined}
          hint={placeless && PLACELESS_HINT[placeless]}
          onChange={(event) => setFilter("local", event.target.value)}
          options={[
            { value: "", label: "Anywhere" },
            { value: "true", label: "Local to the job" },
            { value: "false", label: "Not local" },
          ]}
        />
        <SelectField
          label="Sort by"
          value={filters.sort}
          onChange={(event) => setFilter("sort", event.target.value)}
          options={[
            { value: "score_desc", label: "Best score first" },
            { value: "score_asc", label: "Lowest score first" },
            { value: "name_asc", label: "Name" },
          ]}
        />
      </div>
      {compared.length > 0 ? <CompareCandidates entries={compared} onClose={() => setCompared([])} /> : null}
      {rankings.isError ? <Alert>Could not load the ranking: {rankings.error.message}</Alert> : null}
      <div className="min-h-[32rem]" aria-busy={rankings.isFetching} data-testid="ranking-results">
        {!data ? (
          <p className="py-16 text-center text-sm text-slate-600" role="status">
            Ranking every candidate in the pool…
          </p>
        ) : data.items.length === 0 ? (
          <p className="py-16 text-center text-sm text-slate-600">No candidate matches these filters.</p>
        ) : (
          <Table caption={`Candidates ranked for this job (${data.total})`}>
            <thead>
              <tr>
                <Th className="w-10">
                  <span className="sr-only">Compare</span>
                </Th>
                <Th className="w-12 text-right">#</Th>
                <Th>Candidate</Th>
                <Th className="text-right">Score</Th>
                <Th className={WIDE_ONLY}>Band</Th>
                <Th className={WIDE_ONLY}>Required skills</Th>
                <Th className={WIDE_ONLY}>Seniority</Th>
                <Th className={WIDE_ONLY}>Location</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.items.map((item) => (
                <Fragment key={item.candidate_id}>
                  <tr className={selected.includes(item.candidate_id) ? "bg-brand-50/50" : undefined}>
                    <Td>
                      <input
                        type="checkbox"
                        className="size-5 accent-brand-600 sm:size-4"
                        checked={selected.includes(item.candidate_id)}
                        onChange={() => toggle(item)}
                        disabled={!selected.includes(item.candidate_id) && selected.length >= MAX_COMPARED}
                        aria-label={`Compare ${item.full_name}`}
                      />
                    </Td>
                    <Td className="text-right tabular-nums text-slate-500">{item.rank}</Td>
                    <Td className="sm:min-w-56">
                      <Link
                        href={`/candidates/${item.candidate_id}`}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {item.full_name}
                      </Link>
                      <ReasonList reasons={item.reasons} className="mt-1 text-xs text-slate-700" />
                      <button
                        type="button"
                        className="mt-1 min-h-8 text-xs font-medium text-brand-700 underline-offset-2 hover:underline"
                        aria-expanded={opened === item.candidate_id}
                        aria-controls={`why-${item.candidate_id}`}
                        onClick={() =>
                          setOpened((current) => (current === item.candidate_id ? null : item.candidate_id))
                        }
                      >
                        {opened === item.candidate_id ? "Hide the explanation" : "Why this score?"}
                      </button>
                      <PhoneSummary item={item} />
                    </Td>
                    <Td className="text-right font-semibold tabular-nums">
                      {item.score.toFixed(1)}
                      <div className="mt-1 font-normal sm:hidden">
                        <BandWithOverride band={item.band} override={item.band_override} />
                      </div>
                    </Td>
                    <Td className={WIDE_ONLY}>
                      <BandWithOverride band={item.band} override={item.band_override} />
                    </Td>
                    <Td className={WIDE_ONLY}>
                      <SkillChips matched={item.matched_skills} missing={item.missing_skills} />
                    </Td>
                    <Td className={`capitalize ${WIDE_ONLY}`}>{item.seniority ?? "—"}</Td>
                    <Td className={WIDE_ONLY}>
                      <Location item={item} />
                    </Td>
                  </tr>
                  {opened === item.candidate_id ? (
                    <tr id={`why-${item.candidate_id}`}>
                      <td colSpan={8} className="bg-slate-50 px-2 py-4 sm:px-4">
                        <RankedExplanation jobId={jobId} candidateId={item.candidate_id} />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </Table>
        )}
      </div>
      {data && data.total > PAGE_SIZE ? (
        <nav aria-label="Ranking pages" className="mt-3 flex items-center justify-between text-sm text-slate-600">
          <p>
            {page * PAGE_SIZE + 1}–{Math.min((page + 1) * PAGE_SIZE, data.total)} of {data.total.toLocaleString("en")}
          </p>
          <div className="flex gap-2">
            <Button variant="secondary" disabled={page === 0} onClick={() => setPage((current) => current - 1)}>
              Previous
            </Button>
            <Button variant="secondary" disabled={page + 1 >= pages} onClick={() => setPage((current) => current + 1)}>
              Next
            </Button>
          </div>
        </nav>
      ) : null}
    </section>
  );
}

/** The full explanation of one ranked candidate, opened in place. */
function RankedExplanation({ jobId, candidateId }: { jobId: string; candidateId: string }) {
  const explanation = useRankedExplanation(jobId, candidateId);
  if (explanation.isError) return <Alert>Could not explain this score: {explanation.error.message}</Alert>;
  if (!explanation.data) {
    return (
      <p role="status" className="text-sm text-slate-600">
        Explaining the score…
      </p>
    );
  }
  return <ScoreExplanation result={explanation.data} compact />;
}

function Location({ item }: { item: RankingEntry }) {
  return (
    <>
      {item.location ?? "—"}
      {item.is_local ? <span className="ml-1 text-xs text-emerald-700">(local)</span> : null}
    </>
  );
}

function PhoneSummary({ item }: { item: RankingEntry }) {
  return (
    <div className="mt-1 space-y-1.5 sm:hidden">
      <p className="text-xs text-slate-600">
        <span className="capitalize">{item.seniority ?? "Seniority unknown"}</span> · <Location item={item} />
      </p>
      <SkillChips matched={item.matched_skills} missing={item.missing_skills} />
    </div>
  );
}
