import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Prompts" };

export default async function PromptsPage() {
  await requireUser();
  return (
    <>
      <PageHeader title="Prompts" description="Versioned LLM prompts, their labels and comparisons." />
      <EmptyState title="No prompts yet">
        Prompt versions appear here once the prompt registry is set up. Until then, scoring uses the built-in extractor.
      </EmptyState>
    </>
  );
}
