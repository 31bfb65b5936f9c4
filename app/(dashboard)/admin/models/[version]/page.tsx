import type { Metadata } from "next";
import Link from "next/link";
import { ModelComparisonView } from "@/components/admin/models-comparison";
import { INITIAL_RECENT } from "@/components/admin/models-format";
import { PageHeader } from "@/components/ui/page-header";
import { presentComparison } from "@/lib/contracts/models";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireAdmin } from "@/lib/http/page-guard";
import { compareModelVersion } from "@/lib/scoring";

export async function generateMetadata({ params }: { params: Promise<{ version: string }> }): Promise<Metadata> {
  return { title: `Model ${decodeURIComponent((await params).version)}` };
}

export default async function ModelVersionPage({ params }: { params: Promise<{ version: string }> }) {
  await requireAdmin();
  const version = decodeURIComponent((await params).version);
  const comparison = await orNotFound(compareModelVersion({ input: { version, recent: INITIAL_RECENT } }));
  return (
    <>
      <PageHeader
        title={`Model ${version}`}
        description={
          <>
            <Link href="/admin/models" className="text-brand-700 underline hover:text-brand-900">
              Scoring models
            </Link>{" "}
            · compared with the active model, {comparison.active.version}.
          </>
        }
      />
      <ModelComparisonView initial={presentComparison(comparison)} />
    </>
  );
}
