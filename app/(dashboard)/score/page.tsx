import type { Metadata } from "next";
import { ScoreWorkbench } from "@/components/score/score-workbench";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/http/page-guard";
import { listScoringJobs } from "@/lib/job-postings";

export const metadata: Metadata = { title: "Score a candidate" };

export default async function ScorePage({ searchParams }: { searchParams: Promise<{ job?: string | string[] }> }) {
  await requireUser();
  const { job } = await searchParams;
  return (
    <>
      <PageHeader
        title="Score a candidate"
        description="Paste or upload a résumé, check what was read, and see the score with its reasons."
      />
      <ScoreWorkbench jobs={await listScoringJobs()} initialJobId={typeof job === "string" ? job : undefined} />
    </>
  );
}
