import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparisonView } from "@/components/prompts/comparison-view";
import { requireUser } from "@/lib/http/page-guard";
import { presentComparison } from "@/lib/contracts/prompt-comparisons";
import { getPromptDetail } from "@/lib/prompts";
import { getComparison } from "@/lib/prompt-comparisons";
import { orNotFound } from "@/lib/http/or-not-found";

export const metadata: Metadata = { title: "Prompt comparison" };

export default async function ComparisonPage({ params }: { params: Promise<{ name: string; id: string }> }) {
  const user = await requireUser();
  const { name: rawName, id } = await params;
  const name = decodeURIComponent(rawName);
  const comparison = await orNotFound(getComparison({ input: { id: decodeURIComponent(id) } }));
  if (comparison.promptName !== name) notFound();
  const detail = await getPromptDetail({ input: { name } });
  const production = detail.labels.find((label) => label.name === "production")?.version ?? null;
  return (
    <ComparisonView initial={presentComparison(comparison)} canEdit={user.role === "ADMIN"} production={production} />
  );
}
