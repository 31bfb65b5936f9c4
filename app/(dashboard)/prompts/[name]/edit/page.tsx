import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { PromptEditor } from "@/components/prompts/prompt-editor";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/http/page-guard";
import { presentConfig } from "@/lib/contracts/prompts";
import { promptProviders } from "@/lib/llm";
import { getPromptDetail } from "@/lib/prompts";
import { isPromptTask, PROMPT_TASKS } from "@/lib/vocabulary/prompt-tasks";
import { orNotFound } from "@/lib/http/or-not-found";

export const metadata: Metadata = { title: "Edit prompt" };

const versionParam = z.coerce.number().int().min(1).optional().catch(undefined);

export default async function EditPromptPage({
  params,
  searchParams,
}: {
  params: Promise<{ name: string }>;
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  await requireAdmin();
  const name = decodeURIComponent((await params).name);
  const detail = await orNotFound(getPromptDetail({ input: { name } }));
  const production = detail.labels.find((label) => label.name === "production")?.version;
  const wanted = versionParam.parse((await searchParams).from) ?? production ?? detail.latestVersion;
  const base = detail.versions.find((version) => version.version === wanted) ?? detail.versions[0]!;
  return (
    <>
      <PageHeader
        title={`New version of ${name}`}
        description={
          <>
            Saving creates v{detail.latestVersion + 1}; no label moves until you move one.{" "}
            <Link href={`/prompts/${encodeURIComponent(name)}`} className="text-brand-700 underline">
              Back to the prompt
            </Link>
          </>
        }
      />
      <PromptEditor
        key={base.version}
        name={name}
        declared={detail.variables}
        base={{ version: base.version, template: base.template, config: presentConfig(base.config) }}
        responseSchema={isPromptTask(detail.task) ? PROMPT_TASKS[detail.task].responseSchema : null}
        chain={promptProviders()}
      />
    </>
  );
}
