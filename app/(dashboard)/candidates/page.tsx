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
import { listCandidates } from "@/lib/candidates";
import { listPageParams } from "@/lib/contracts/common";

export const metadata: Metadata = { title: "Candidates" };

const PAGE_SIZE = 25;

export default async function CandidatesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  await requireUser();
  const { q, page } = listPageParams.parse(await searchParams);
  const { items, total } = await listCandidates({
    input: { search: q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  return (
    <>
      <PageHeader title="Candidates" description="Everyone in the talent pool." />
      <SearchForm label="Search candidates" defaultValue={q} placeholder="Name, location or skill" />
      {items.length === 0 ? (
        <EmptyState title={q ? `No candidates match “${q}”` : "No candidates yet"}>
          {q
            ? "Try a different name, location or skill."
            : "Candidates you score and save, or sync from your ATS, appear here."}
        </EmptyState>
      ) : (
        <Table caption="Candidates">
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Location</Th>
              <Th>Seniority</Th>
              <Th>Experience</Th>
              <Th>Skills</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.map((candidate) => (
              <tr key={candidate.id}>
                <Td>
                  <Link href={`/candidates/${candidate.id}`} className="font-medium text-brand-700 hover:underline">
                    {candidate.fullName}
                  </Link>
                </Td>
                <Td>{candidate.location ?? "—"}</Td>
                <Td className="capitalize">{candidate.seniority ?? "—"}</Td>
                <Td>{candidate.yearsExperienceRange?.replace("_years", " years") ?? "—"}</Td>
                <Td>
                  <div className="flex flex-wrap gap-1">
                    {candidate.technicalSkills.slice(0, 6).map((skill) => (
                      <Badge key={skill}>{skillLabel(skill)}</Badge>
                    ))}
                    {candidate.technicalSkills.length > 6 ? (
                      <Badge tone="brand">+{candidate.technicalSkills.length - 6}</Badge>
                    ) : null}
                  </div>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination basePath="/candidates" params={{ q }} page={page} pageSize={PAGE_SIZE} total={total} />
    </>
  );
}
