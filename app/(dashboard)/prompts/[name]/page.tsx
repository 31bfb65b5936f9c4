import type { Metadata } from "next";
import { PromptDetail } from "@/components/prompts/prompt-detail";
import { requireUser } from "@/lib/http/page-guard";
import { presentComparisonListItem } from "@/lib/contracts/prompt-comparisons";
import { presentPromptDetail } from "@/lib/contracts/prompts";
import { getPromptDetail } from "@/lib/prompts";
import { listComparisons } from "@/lib/prompt-comparisons";
import { orNotFound } from "@/lib/http/or-not-found";

export async function generateMetadata({ params }: { params: Promise<{ name: string }> }): Promise<Metadata> {
  return { title: `Prompt ${decodeURIComponent((await params).name)}` };
}

export default async function PromptPage({ params }: { params: Promise<{ name: string }> }) {
  const user = await requireUser();
  const name = decodeURIComponent((await params).name);
  const detail = await orNotFound(getPromptDetail({ input: { name } }));
  const comparisons = await listComparisons({ input: { name } });
  return (
    <PromptDetail
      initial={presentPromptDetail(detail)}
      comparisons={{ items: comparisons.map(presentComparisonListItem) }}
      canEdit={user.role === "ADMIN"}
    />
  );
}
