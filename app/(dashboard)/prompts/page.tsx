import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/components/ui/format";
import { LabelBadges } from "@/components/prompts/label-badges";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/http/page-guard";
import { listPrompts } from "@/lib/prompts";

export const metadata: Metadata = { title: "Prompts" };

export default async function PromptsPage() {
  const user = await requireUser();
  const prompts = await listPrompts();
  return (
    <>
      <PageHeader
        title="Prompts"
        description={
          user.role === "ADMIN"
            ? "The prompts the LLM gateway runs. Versions are immutable; labels say which version runs where — move production to release a version, and back to roll it back."
            : "The prompts the LLM gateway runs, their versions and which version each label points at. Admins edit them."
        }
      />
      {prompts.length === 0 ? (
        <EmptyState title="No prompts yet">
          The gateway&apos;s prompts are stored here when the server starts.
        </EmptyState>
      ) : (
        <Table caption="Prompts">
          <thead>
            <tr>
              <Th>Prompt</Th>
              <Th>Task</Th>
              <Th>Labels</Th>
              <Th className="text-right">Versions</Th>
              <Th>Last change</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {prompts.map((prompt) => (
              <tr key={prompt.name}>
                <Td>
                  <Link
                    href={`/prompts/${encodeURIComponent(prompt.name)}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {prompt.name}
                  </Link>
                  {prompt.description ? (
                    <span className="mt-0.5 block text-xs text-slate-500">{prompt.description}</span>
                  ) : null}
                </Td>
                <Td>
                  {prompt.task ?? <span className="text-slate-400">—</span>}
                  <span className="block text-xs text-slate-500">{prompt.type}</span>
                </Td>
                <Td>
                  <LabelBadges labels={prompt.labels} />
                </Td>
                <Td className="text-right tabular-nums">{prompt.versionCount}</Td>
                <Td>
                  {prompt.lastChange ? (
                    <>
                      {prompt.lastChange.summary}
                      <span className="block text-xs text-slate-500">
                        {prompt.lastChange.by} · {formatDateTime(prompt.lastChange.at.toISOString())}
                      </span>
                    </>
                  ) : (
                    "—"
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
