import type { Metadata } from "next";
import { DriftDashboard } from "@/components/drift/drift-dashboard";
import { HISTORY_LIMIT } from "@/components/drift/limits";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/http/page-guard";
import { presentDriftBaseline, presentDriftReport, presentDriftReportSummary } from "@/lib/contracts/drift";
import { getDriftReport, listDriftReports } from "@/lib/drift";
import { NotFound } from "@/lib/errors";
import { isStorableText } from "@/lib/util/storable-text";

export const metadata: Metadata = { title: "Drift" };

// The first paint comes from the server (the list and the selected report, ?report=<id> or the latest);
// the client then keeps it fresh through TanStack Query.
export default async function DriftPage({ searchParams }: { searchParams: Promise<{ report?: string | string[] }> }) {
  const user = await requireUser();
  const requested = (await searchParams).report;
  const page = await listDriftReports({ input: { limit: HISTORY_LIMIT, offset: 0 } });
  const wanted =
    typeof requested === "string" && requested.length <= 64 && isStorableText(requested)
      ? requested
      : page.items[0]?.id;
  // An unknown or stale ?report= falls back to the latest report rather than failing the page.
  const requestedReport = wanted ? await getDriftReport({ input: { id: wanted } }).catch(notFoundAsNull) : null;
  const latest = page.items[0];
  const report =
    requestedReport ?? (latest && latest.id !== wanted ? await getDriftReport({ input: { id: latest.id } }) : null);
  return (
    <>
      <PageHeader
        title="Drift"
        description="Each week the inputs and scores of the last 7 days are compared with the 28 days before (or a pinned baseline). A signal drifts when its test crosses the threshold; the week drifts when too many signals do."
      />
      <DriftDashboard
        isAdmin={user.role === "ADMIN"}
        initialList={{
          items: page.items.map(presentDriftReportSummary),
          total: page.total,
          limit: HISTORY_LIMIT,
          offset: 0,
          baseline: page.baseline ? presentDriftBaseline(page.baseline) : null,
        }}
        initialReport={report ? presentDriftReport(report) : null}
      />
    </>
  );
}

function notFoundAsNull(error: unknown): null {
  if (error instanceof NotFound) return null;
  throw error;
}
