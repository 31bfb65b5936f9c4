import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { skillLabel } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchForm } from "@/components/ui/search-form";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/http/page-guard";
import { listPageParams } from "@/lib/contracts/common";
import { listJobs } from "@/lib/job-postings";
import { wholeDaysSince } from "@/lib/util/dates";

export const metadata: Metadata = { title: "Jobs" };

const PAGE_SIZE = 25;

export default async function JobsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireUser();
  const { q, page } = listPageParams.parse(await searchParams);
  const { items, total } = await listJobs({ input: { search: q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE } });
  const now = Date.now();
  return (
    <>
      <PageHeader
        title="Jobs"
        description="Open roles and what they require. Open a job to see every candidate in the pool ranked against it."
        actions={
          <Link
            href="/jobs/new"
            className="rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            New job
          </Link>
        }
      />
      <SearchForm label="Search jobs" defaultValue={q} placeholder="Title, department or skill" />
      {items.length === 0 ? (
        <EmptyState title={q ? `No jobs match “${q}”` : "No jobs yet"}>
          {q
            ? "Try a different title, department or skill."
            : "Jobs created here or synced from your ATS appear in this list."}
        </EmptyState>
      ) : (
        <Table caption="Jobs">
          <thead>
            <tr>
              <Th>Title</Th>
              <Th>Department</Th>
              <Th>Location</Th>
              <Th>Required skills</Th>
              <Th className="text-right">Scored</Th>
              <Th className="text-right">Open for</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((job) => (
              <tr key={job.id}>
                <Td>
                  <Link href={`/jobs/${job.id}`} className="font-medium text-brand-700 hover:underline">
                    {job.title}
                  </Link>
                </Td>
                <Td>{job.department}</Td>
                <Td>{job.location ?? "—"}</Td>
                <Td>
                  <div className="flex flex-wrap gap-1">
                    {job.requiredTechSkills.map((skill) => (
                      <Badge key={skill}>{skillLabel(skill)}</Badge>
                    ))}
                  </div>
                </Td>
                <Td className="text-right tabular-nums">{job.scoredCandidates}</Td>
                <Td className="text-right tabular-nums">{openFor(job.openedAt, now)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination basePath="/jobs" params={{ q }} page={page} pageSize={PAGE_SIZE} total={total} />
    </>
  );
}

/** "12 days"; a dash for a stored date that cannot be read, so one bad row never fails the list. */
function openFor(openedAt: Date, now: number): string {
  const days = wholeDaysSince(openedAt, now);
  return days === null ? "—" : `${days} days`;
}
