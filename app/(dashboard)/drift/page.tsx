import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Drift" };

export default async function DriftPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Drift" description="Weekly checks that the scoring inputs and scores still look like they used to." />
      <EmptyState title="No drift reports yet">Reports appear here after the weekly drift job has run.</EmptyState>
    </>
  );
}
