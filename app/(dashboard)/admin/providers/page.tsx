import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "LLM providers" };

export default async function ProvidersPage() {
  await requireAdmin();
  return (
    <>
      <PageHeader title="LLM providers" description="The configured provider chain and how each provider is doing." />
      <EmptyState title="Built-in extractor only">
        No LLM provider is configured, so résumés are read by the built-in offline extractor.
      </EmptyState>
    </>
  );
}
