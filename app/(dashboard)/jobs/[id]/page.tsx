import type { Metadata } from "next";
import Link from "next/link";
import { RankedCandidates } from "@/components/jobs/ranked-candidates";
import { ScoreWorkbench } from "@/components/score/score-workbench";
import { Badge } from "@/components/ui/badge";
import { skillLabel } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireUser } from "@/lib/http/page-guard";
import { getJob, listScoringJobs } from "@/lib/job-postings";
import { jobPlace } from "@/lib/scoring";
import { wholeDaysSince } from "@/lib/util/dates";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const job = await getJob({ input: { id: (await params).id } }).catch(() => null);
  return { title: job?.title ?? "Job" };
}

export default async function JobPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  const job = await orNotFound(getJob({ input: { id } }));
  const scoringJobs = await listScoringJobs({ input: { id } });
  const openDays = wholeDaysSince(job.openedAt);
  return (
    <>
      <PageHeader
        title={job.title}
        description={[
          job.department,
          job.location,
          openDays === null ? "opening date unreadable" : `open ${openDays} days`,
          job.targetSeniority ? `${job.targetSeniority} level` : null,
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={
          <Link
            href={`/jobs/${job.id}/edit`}
            className="rounded-md bg-white px-3.5 py-2 text-sm font-medium ring-1 ring-slate-300 hover:bg-slate-50"
          >
            Edit job
          </Link>
        }
      />
      <div className="mb-6 space-y-3">
        <div className="flex flex-wrap items-center gap-1.5">
          <span className="mr-1 text-sm font-medium text-slate-700">Requires</span>
          {[...job.requiredTechSkills, ...job.requiredSoftSkills].map((skill) => (
            <Badge key={skill} tone="brand">
              {skillLabel(skill)}
            </Badge>
          ))}
        </div>
        {job.niceToHaveSkills.length > 0 ? (
          <div className="flex flex-wrap items-center gap-1.5">
            <span className="mr-1 text-sm font-medium text-slate-700">Nice to have (not scored)</span>
            {job.niceToHaveSkills.map((skill) => (
              <Badge key={skill}>{skillLabel(skill)}</Badge>
            ))}
          </div>
        ) : null}
        {job.description ? (
          <details className="text-sm text-slate-700">
            <summary className="cursor-pointer font-medium text-brand-700">Job description</summary>
            <p className="mt-2 max-w-3xl whitespace-pre-line">{job.description}</p>
          </details>
        ) : null}
      </div>
      <RankedCandidates
        jobId={job.id}
        requiredSkills={[...job.requiredTechSkills, ...job.requiredSoftSkills]}
        placeless={jobPlace(job) !== null ? undefined : job.location ? "remote" : "no_location"}
      />
      <details className="mt-10" id="score">
        <summary className="cursor-pointer text-lg font-semibold text-slate-900">
          Score a new candidate for this job
        </summary>
        <div className="mt-4">
          <ScoreWorkbench jobs={scoringJobs} initialJobId={job.id} />
        </div>
      </details>
    </>
  );
}
