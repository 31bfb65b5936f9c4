import "server-only";
import { db } from "@/lib/db";
import {
  promptSelect,
  requirePrompt,
  requireVersion,
  toPromptRow,
  toVersionRow,
  versionSelect,
  type PromptRow,
  type VersionRow,
} from "./prompt-store";
import { templateVariables } from "@/lib/vocabulary/prompt-template";
import { promptVersionMetrics, type VersionMetrics } from "./version-metrics";

export interface LabelPointer {
  name: string;
  version: number;
  updatedAt: Date;
}

export interface LastChange {
  kind: "version" | "label";
  at: Date;
  by: string;
  summary: string;
}

export interface PromptSummary extends PromptRow {
  labels: LabelPointer[];
  latestVersion: number;
  versionCount: number;
  lastChange: LastChange | null;
}

export interface LabelEvent {
  id: string;
  label: string;
  fromVersion: number | null;
  toVersion: number;
  actorName: string;
  comparisonId: string | null;
  note: string;
  createdAt: Date;
}

export interface VersionDetail extends VersionRow {
  variables: string[];
  labels: string[];
  metrics: VersionMetrics | null;
}

export interface PromptDetail extends PromptSummary {
  versions: VersionDetail[];
  events: LabelEvent[];
}

const labelSelect = { name: true, updatedAt: true, version: { select: { version: true } } } as const;
const eventSelect = {
  id: true,
  label: true,
  fromVersion: true,
  toVersion: true,
  actorName: true,
  comparisonId: true,
  note: true,
  createdAt: true,
} as const;

function lastChange(
  version: { version: number; createdAt: Date; authorName: string } | undefined,
  event: LabelEvent | undefined,
): LastChange | null {
  const fromVersion = version && {
    kind: "version" as const,
    at: version.createdAt,
    by: version.authorName,
    summary: `Version ${version.version} saved`,
  };
  const fromEvent = event && {
    kind: "label" as const,
    at: event.createdAt,
    by: event.actorName,
    summary:
      event.fromVersion === null
        ? `${event.label} set to version ${event.toVersion}`
        : `${event.label} moved from version ${event.fromVersion} to ${event.toVersion}`,
  };
  if (!fromVersion || !fromEvent) return fromVersion ?? fromEvent ?? null;
  return fromEvent.at >= fromVersion.at ? fromEvent : fromVersion;
}

const labelsOf = (labels: { name: string; updatedAt: Date; version: { version: number } }[]): LabelPointer[] =>
  labels
    .map((label) => ({ name: label.name, version: label.version.version, updatedAt: label.updatedAt }))
    .sort((a, b) => a.name.localeCompare(b.name));

export async function listPrompts(): Promise<PromptSummary[]> {
  const rows = await db.prompt.findMany({
    orderBy: { name: "asc" },
    select: {
      ...promptSelect,
      labels: { select: labelSelect },
      versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, createdAt: true, authorName: true } },
      labelEvents: { orderBy: { createdAt: "desc" }, take: 1, select: eventSelect },
      _count: { select: { versions: true } },
    },
  });
  return rows.map(({ labels, versions, labelEvents, _count, ...prompt }) => ({
    ...toPromptRow(prompt),
    labels: labelsOf(labels),
    latestVersion: versions[0]?.version ?? 0,
    versionCount: _count.versions,
    lastChange: lastChange(versions[0], labelEvents[0]),
  }));
}

export async function getPromptDetail({ input }: { input: { name: string } }): Promise<PromptDetail> {
  const prompt = await requirePrompt(input.name);
  const [versions, labels, events, metrics] = await Promise.all([
    db.promptVersion.findMany({ where: { promptId: prompt.id }, orderBy: { version: "desc" }, select: versionSelect }),
    db.promptLabel.findMany({ where: { promptId: prompt.id }, select: labelSelect }),
    db.promptLabelEvent.findMany({
      where: { promptId: prompt.id },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: eventSelect,
    }),
    promptVersionMetrics({ promptId: prompt.id }),
  ]);
  const pointers = labelsOf(labels);
  const details = versions.map((row): VersionDetail => {
    const version = toVersionRow(row);
    return {
      ...version,
      variables: templateVariables(version.template),
      labels: pointers.filter((label) => label.version === version.version).map((label) => label.name),
      metrics: metrics.get(version.id) ?? null,
    };
  });
  if (details[0]) details[0].labels.push("latest");
  return {
    ...prompt,
    labels: pointers,
    latestVersion: details[0]?.version ?? 0,
    versionCount: details.length,
    lastChange: lastChange(details[0], events[0]),
    versions: details,
    events,
  };
}

export async function getPromptVersion({
  input,
}: {
  input: { name: string; version: number };
}): Promise<{ prompt: PromptRow; version: VersionRow & { variables: string[] } }> {
  const prompt = await requirePrompt(input.name);
  const version = await requireVersion(prompt, input.version);
  return { prompt, version: { ...version, variables: templateVariables(version.template) } };
}
