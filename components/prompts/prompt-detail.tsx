"use client";

import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import type { comparisonListJson } from "@/lib/contracts/prompt-comparisons";
import type { PromptDetailJson } from "@/lib/contracts/prompts";
import type { z } from "zod";
import { ComparisonsTable } from "./comparisons-table";
import { DiffPicker } from "./diff-picker";
import { LabelBadges } from "./label-badges";
import { LabelHistory } from "./label-history";
import { LabelMover } from "./label-mover";
import { usePrompt } from "./queries";
import { VersionsTable } from "./versions-table";

const actionClass = "inline-flex items-center rounded-md px-3.5 py-2 text-sm font-medium";

export function PromptDetail({
  initial,
  comparisons,
  canEdit,
}: {
  initial: PromptDetailJson;
  comparisons: z.infer<typeof comparisonListJson>;
  canEdit: boolean;
}) {
  const { data = initial } = usePrompt(initial.name, initial);
  const path = `/prompts/${encodeURIComponent(data.name)}`;
  const production = data.labels.find((label) => label.name === "production")?.version ?? data.latest_version;
  const versions = data.versions.map((version) => version.version);
  return (
    <div className="space-y-6">
      <PageHeader
        title={data.name}
        description={
          <>
            {data.description || "A prompt of the LLM gateway."}{" "}
            {data.task ? (
              <>
                Run by the <code>{data.task}</code> task.
              </>
            ) : null}{" "}
            Variables: {data.variables.length ? data.variables.map((variable) => `{{${variable}}}`).join(", ") : "none"}
            .
          </>
        }
        actions={
          canEdit ? (
            <div className="flex gap-2">
              <Link
                href={`${path}/edit?from=${production}`}
                className={`${actionClass} bg-brand-600 text-white hover:bg-brand-700`}
              >
                New version
              </Link>
              {data.task && versions.length > 1 ? (
                <Link
                  href={`${path}/compare`}
                  className={`${actionClass} bg-white text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50`}
                >
                  Compare versions
                </Link>
              ) : null}
            </div>
          ) : null
        }
      />
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span className="font-medium">Labels:</span> <LabelBadges labels={data.labels} />
      </div>
      <section className="space-y-3">
        <h2 className="text-base font-semibold text-slate-900">Versions</h2>
        <VersionsTable name={data.name} versions={data.versions} canEdit={canEdit} />
      </section>
      {versions.length > 1 ? (
        <Card title="Diff two versions">
          <DiffPicker path={path} versions={versions} from={versions[1]!} to={versions[0]!} />
        </Card>
      ) : null}
      {canEdit ? <LabelMover name={data.name} labels={data.labels} versions={versions} /> : null}
      <section className="space-y-3">
        <h2 className="text-base font-semibold text-slate-900">Label history</h2>
        <LabelHistory name={data.name} events={data.events} />
      </section>
      {data.task ? (
        <section className="space-y-3">
          <h2 className="text-base font-semibold text-slate-900">Comparisons</h2>
          <ComparisonsTable name={data.name} initial={comparisons} />
        </section>
      ) : null}
    </div>
  );
}
