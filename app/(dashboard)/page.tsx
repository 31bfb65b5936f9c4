import type { Metadata } from "next";
import Link from "next/link";
import { BandBars } from "@/components/overview/band-bars";
import { ScoreHistogram } from "@/components/overview/score-histogram";
import { BandBadge } from "@/components/ui/band-badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatRelative } from "@/components/ui/format";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/http/page-guard";
import { getOverview } from "@/lib/dashboard";

export const metadata: Metadata = { title: "Overview" };

const DRIFT_TEXT: Record<string, { text: string; tone: string }> = {
  ok: { text: "No drift", tone: "text-emerald-700" },
  drifted: { text: "Drift detected", tone: "text-red-700" },
  insufficient_data: { text: "Not enough data", tone: "text-slate-600" },
};

export default async function OverviewPage() {
  const user = await requireUser();
  const overview = await getOverview();
  const tiles = [
    { label: "Scores today", value: overview.scoresToday, href: "/score" },
    { label: "Scores this week", value: overview.scoresThisWeek, href: "/score" },
    { label: "Open jobs", value: overview.openJobs, href: "/jobs" },
    { label: "Candidates in the pool", value: overview.candidates, href: "/candidates" },
  ];
  const drift = overview.latestDrift ? DRIFT_TEXT[overview.latestDrift.status] : null;
  const scoredLastMonth = overview.histogram.some((bin) => bin.count > 0);
  return (
    <>
      <PageHeader
        title={`Welcome, ${user.name.split(" ")[0]}`}
        description="Your hiring pipeline at a glance."
        actions={
          <Link
            href="/score"
            className="rounded-md bg-brand-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            Score a candidate
          </Link>
        }
      />
      <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
        {tiles.map((tile) => (
          <Link key={tile.label} href={tile.href} className="rounded-lg">
            <Card>
              <p className="text-sm text-slate-600">{tile.label}</p>
              <p className="mt-1 text-3xl font-semibold tabular-nums text-slate-900">
                {tile.value.toLocaleString("en")}
              </p>
            </Card>
          </Link>
        ))}
      </div>
      <div className="mt-6 grid gap-4 lg:grid-cols-3">
        <Card title="Score distribution, last 30 days" className="lg:col-span-2">
          {scoredLastMonth ? (
            <ScoreHistogram bins={overview.histogram} />
          ) : (
            <p className="py-16 text-center text-slate-600">No scores in the last 30 days.</p>
          )}
        </Card>
        <div className="space-y-4">
          <Card title="By band, last 30 days">
            <BandBars bands={overview.bands} />
          </Card>
          <Card title="Model drift">
            {overview.latestDrift && drift ? (
              <p className="text-sm">
                <span className={`font-semibold ${drift.tone}`}>{drift.text}</span>
                {overview.latestDrift.driftScore !== null
                  ? ` · drift score ${overview.latestDrift.driftScore.toFixed(2)}`
                  : null}
                <span className="block text-slate-500">Checked {formatRelative(overview.latestDrift.createdAt)}</span>
                <Link
                  href={`/drift?report=${overview.latestDrift.id}`}
                  className="mt-2 inline-block text-brand-700 underline"
                >
                  See the report
                </Link>
              </p>
            ) : (
              <p className="text-sm text-slate-600">
                No drift report yet.{" "}
                <Link href="/drift" className="text-brand-700 underline">
                  Drift monitoring
                </Link>
              </p>
            )}
          </Card>
        </div>
      </div>
      <h2 className="mb-3 mt-8 text-base font-semibold text-slate-900">Recent scores</h2>
      {overview.recent.length === 0 ? (
        <EmptyState title="Nothing scored yet">
          Score a candidate against a job, or connect your ATS to the scoring API.
        </EmptyState>
      ) : (
        <Table caption="Recent scores">
          <thead>
            <tr>
              <Th>Candidate</Th>
              <Th>Job</Th>
              <Th className="text-right">Score</Th>
              <Th>Band</Th>
              <Th>Source</Th>
              <Th>When</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {overview.recent.map((row) => (
              <tr key={row.id}>
                <Td>
                  {row.candidateId ? (
                    <Link
                      href={`/candidates/${row.candidateId}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {row.candidateName}
                    </Link>
                  ) : (
                    <span className="text-slate-500">Not in the pool</span>
                  )}
                </Td>
                <Td>{row.jobTitle ?? <span className="text-slate-500">Payload only</span>}</Td>
                <Td className="text-right font-semibold tabular-nums">{row.score.toFixed(1)}</Td>
                <Td>
                  <BandBadge band={row.band} />
                </Td>
                <Td className="text-slate-600">{row.source.replace("_", " ")}</Td>
                <Td className="text-slate-600">{formatRelative(row.createdAt)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
