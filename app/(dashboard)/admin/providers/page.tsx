import type { Metadata } from "next";
import { EmbeddingsPanel } from "@/components/providers/embeddings-panel";
import { ProviderCharts } from "@/components/providers/provider-charts";
import { ProviderStatusTable } from "@/components/providers/provider-status-table";
import { ProviderUsageTable } from "@/components/providers/provider-usage-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/http/page-guard";
import { presentEmbeddingStatus } from "@/lib/contracts/embeddings";
import { presentProviderOverview } from "@/lib/contracts/providers";
import { getCandidateVectorStatus } from "@/lib/embeddings";
import { getProviderOverview } from "@/lib/llm";

export const metadata: Metadata = { title: "LLM providers" };

export default async function ProvidersPage() {
  await requireAdmin();
  const [overview, embeddings] = await Promise.all([
    getProviderOverview().then(presentProviderOverview),
    getCandidateVectorStatus().then(presentEmbeddingStatus),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="LLM providers"
        description="The provider chain that reads résumés and job descriptions, how each provider is doing, and what the calls cost. Each request tries the chain in order; the builtin rules always answer last."
      />
      <Card title="Configured chain">
        <ol aria-label="Provider chain" className="flex flex-wrap items-center gap-2 text-sm">
          {overview.chain.map((name, index) => (
            <li key={name} className="flex items-center gap-2">
              {index > 0 ? (
                <span aria-hidden="true" className="text-slate-400">
                  →
                </span>
              ) : null}
              <span className="rounded-md bg-slate-100 px-2 py-1 font-mono text-slate-900">{name}</span>
            </li>
          ))}
        </ol>
      </Card>
      <ProviderStatusTable providers={overview.providers} />
      <EmbeddingsPanel initial={embeddings} />
      {overview.last_7d.length === 0 ? (
        <EmptyState title="No LLM calls yet">
          Calls appear here once résumés or jobs are read through the gateway: calls, failure rate, latency, tokens and
          cost per provider.
        </EmptyState>
      ) : (
        <>
          <ProviderCharts days={overview.days} daily={overview.daily} />
          <section className="space-y-3">
            <h2 className="text-base font-semibold text-slate-900">Last 24 hours</h2>
            <ProviderUsageTable caption="Usage, last 24 hours" rows={overview.last_24h} />
          </section>
          <section className="space-y-3">
            <h2 className="text-base font-semibold text-slate-900">Last 7 days</h2>
            <ProviderUsageTable caption="Usage, last 7 days" rows={overview.last_7d} />
          </section>
        </>
      )}
    </div>
  );
}
