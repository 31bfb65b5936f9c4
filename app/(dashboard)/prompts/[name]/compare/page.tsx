import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ComparisonForm } from "@/components/prompts/comparison-form";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/http/page-guard";
import { listJobs } from "@/lib/job-postings";
import { llmRuntime } from "@/lib/llm";
import { getPromptDetail } from "@/lib/prompts";
import { availableInputs } from "@/lib/prompt-comparisons";
import { orNotFound } from "@/lib/http/or-not-found";

export const metadata: Metadata = { title: "Compare prompt versions" };

export default async function ComparePage({ params }: { params: Promise<{ name: string }> }) {
  await requireAdmin();
  const name = decodeURIComponent((await params).name);
  const detail = await orNotFound(getPromptDetail({ input: { name } }));
  if (!detail.task) notFound();
  const versions = detail.versions.map((version) => version.version);
  const production = detail.labels.find((label) => label.name === "production")?.version ?? versions.at(-1)!;
  const challenger = versions.find((version) => version !== production) ?? production;
  const [jobs, counts] = await Promise.all([listJobs({ input: { limit: 200, offset: 0 } }), availableInputs()]);
  const promptRunners = llmRuntime().gateway.providers.filter(
    (provider) => provider.usesPrompt && provider.configured.ok,
  );
  return (
    <>
      <PageHeader
        title={`Compare versions of ${name}`}
        description={
          <>
            Both versions run through the LLM gateway on the same inputs, in the background; you can leave the page.{" "}
            <Link href={`/prompts/${encodeURIComponent(name)}`} className="text-brand-700 underline">
              Back to the prompt
            </Link>
          </>
        }
      />
      {promptRunners.length === 0 ? (
        <div className="mb-6">
          <Alert tone="info">
            No LLM provider is configured, so the builtin rules answer both versions — they ignore prompts, and the
            versions will agree everywhere. Configure a provider (see LLM providers) to compare prompts for real.
          </Alert>
        </div>
      ) : null}
      <ComparisonForm
        name={name}
        task={detail.task}
        versions={versions}
        defaults={{ a: production, b: challenger === production ? versions[0]! : challenger }}
        jobs={jobs.items.map((job) => ({
          id: job.id,
          title: job.title,
          department: job.department,
          location: job.location,
          openedAt: job.openedAt.toISOString(),
        }))}
        available={detail.task === "job-requirements" ? counts.jobs : counts.candidatesWithResume}
      />
    </>
  );
}
