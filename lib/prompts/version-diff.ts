import { diffLines, splitLines, type DiffLine } from "./line-diff";
import { templateVariables, toMessages, type PromptTemplate } from "@/lib/vocabulary/prompt-template";
import type { PromptConfig } from "@/lib/vocabulary/prompt-config";

// What changed between two versions: the template line by line (chat messages flattened under a header
// line per message, so a message added, removed or re-roled shows as such), the variables used, and the
// config. Pure.

export interface ConfigChange {
  key: keyof PromptConfig;
  from: string | number | null;
  to: string | number | null;
}

export interface VersionDiff {
  lines: DiffLine[];
  added: number;
  removed: number;
  variables: { added: string[]; removed: string[]; unchanged: string[] };
  config: ConfigChange[];
}

const CONFIG_KEYS: (keyof PromptConfig)[] = ["provider", "model", "temperature", "maxTokens", "responseSchema"];

export function templateLines(template: PromptTemplate): string[] {
  if (typeof template === "string") return splitLines(template);
  return toMessages(template).flatMap((message, index) => [
    `### message ${index + 1}: ${message.role}`,
    ...splitLines(message.content),
  ]);
}

function variablesOf(template: PromptTemplate): string[] {
  try {
    return templateVariables(template);
  } catch {
    return []; // stored versions were checked at save; this only guards hand-edited rows
  }
}

export function diffVersions(
  from: { template: PromptTemplate; config: PromptConfig },
  to: { template: PromptTemplate; config: PromptConfig },
): VersionDiff {
  const lines = diffLines(templateLines(from.template), templateLines(to.template));
  const before = variablesOf(from.template);
  const after = variablesOf(to.template);
  return {
    lines,
    added: lines.filter((line) => line.kind === "add").length,
    removed: lines.filter((line) => line.kind === "remove").length,
    variables: {
      added: after.filter((name) => !before.includes(name)),
      removed: before.filter((name) => !after.includes(name)),
      unchanged: after.filter((name) => before.includes(name)),
    },
    config: CONFIG_KEYS.flatMap((key) => {
      const a = from.config[key] ?? null;
      const b = to.config[key] ?? null;
      return a === b ? [] : [{ key, from: a, to: b }];
    }),
  };
}
