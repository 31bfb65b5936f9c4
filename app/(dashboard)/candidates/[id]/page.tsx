import type { Metadata } from "next";
import { ScoreHistory } from "@/components/candidates/score-history";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { skillLabel } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { getCandidate } from "@/lib/candidates";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireUser } from "@/lib/http/page-guard";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const candidate = await getCandidate({ input: { id: (await params).id } }).catch(() => null);
  return { title: candidate?.fullName ?? "Candidate" };
}

const yes = (value: boolean | null) => (value === null ? "unknown" : value ? "yes" : "no");

export default async function CandidatePage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  const candidate = await orNotFound(getCandidate({ input: { id } }));
  const facts: [string, string][] = [
    ["Seniority", candidate.seniority ?? "unknown"],
    ["Experience", candidate.yearsExperienceRange?.replace("_years", " years") ?? "unknown"],
    [
      "Education",
      [candidate.educationLevel, candidate.fieldOfStudy]
        .filter(Boolean)
        .map((item) => skillLabel(item!))
        .join(", ") || "unknown",
    ],
    ["Location", candidate.location ?? "unknown"],
    [
      "Profile completeness",
      candidate.completenessScore === null ? "unknown" : `${Math.round(candidate.completenessScore * 100)} %`,
    ],
  ];
  const contact: [string, string][] = [
    ["Email", candidate.email ?? yes(candidate.hasEmail)],
    ["Phone", candidate.phone ?? yes(candidate.hasPhone)],
    ["LinkedIn", candidate.linkedinUrl ?? yes(candidate.hasLinkedin)],
    ["Address", yes(candidate.hasAddress)],
  ];
  const skillGroups: [string, string[]][] = [
    ["Technical skills", candidate.technicalSkills],
    ["Tools", candidate.tools],
    ["Soft skills", candidate.softSkills],
  ];
  return (
    <>
      <PageHeader
        title={candidate.fullName}
        description={candidate.externalId ? `ATS id ${candidate.externalId}` : "Added in Shortlist"}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="Profile">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-500">{label}</dt>
                <dd className="capitalize text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title="Contact signals">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
            {contact.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-500">{label}</dt>
                <dd className="truncate text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title="Skills">
          <div className="space-y-2">
            {skillGroups.map(([label, skills]) => (
              <div key={label}>
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">{label}</p>
                <div className="mt-1 flex flex-wrap gap-1">
                  {skills.length === 0 ? <span className="text-sm text-slate-500">none listed</span> : null}
                  {skills.map((skill) => (
                    <Badge key={skill}>{skillLabel(skill)}</Badge>
                  ))}
                </div>
              </div>
            ))}
          </div>
        </Card>
      </div>
      {candidate.resumeText ? (
        <details className="mt-4 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700">Résumé</summary>
          <pre
            tabIndex={0}
            className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap rounded-lg bg-white p-4 font-sans text-slate-800 ring-1 ring-slate-200"
          >
            {candidate.resumeText}
          </pre>
        </details>
      ) : null}
      <h2 className="mb-3 mt-8 text-base font-semibold text-slate-900">Scores</h2>
      <ScoreHistory candidateId={candidate.id} />
    </>
  );
}
