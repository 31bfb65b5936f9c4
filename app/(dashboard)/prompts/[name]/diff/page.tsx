import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { formatDateTime } from "@/components/ui/format";
import { DiffPicker } from "@/components/prompts/diff-picker";
import { DiffView } from "@/components/prompts/diff-view";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/http/page-guard";
import { presentDiff } from "@/lib/contracts/prompts";
import { diffPromptVersions, getPromptDetail } from "@/lib/prompts";
import { orNotFound } from "@/lib/http/or-not-found";

export const metadata: Metadata = { title: "Prompt diff" };

const versionParam = z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined);

export default async function DiffPage({
  params,
  searchParams,
}: {
  params: Promise<{ name: string }>;
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  await requireUser();
  const name = decodeURIComponent((await params).name);
  const query = await searchParams;
  const detail = await orNotFound(getPromptDetail({ input: { name } }));
  const versions = detail.versions.map((version) => version.version);
  const to = versionParam.parse(query.to) ?? versions[0] ?? 1;
  const from = versionParam.parse(query.from) ?? Math.max(1, to - 1);
  const result = await orNotFound(diffPromptVersions({ input: { name, from, to } }));
  const diff = presentDiff(name, result);
  const path = `/prompts/${encodeURIComponent(name)}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`${name}: v${from} → v${to}`}
        description={
          <>
            <strong>v{to}</strong> “{diff.to.message}” by {diff.to.author || "—"}, {formatDateTime(diff.to.created_at)}.{" "}
            <Link href={path} className="text-brand-700 underline">
              Back to the prompt
            </Link>
          </>
        }
      />
      <Card>
        <DiffPicker path={path} versions={versions} from={from} to={to} />
      </Card>
      <DiffView diff={diff} />
    </div>
  );
}
