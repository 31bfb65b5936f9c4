import "server-only";
import { requirePrompt, requireVersion, type PromptRow, type VersionRow } from "./prompt-store";
import { templateVariables } from "@/lib/vocabulary/prompt-template";
import { diffVersions, type VersionDiff } from "./version-diff";

type WithVariables = VersionRow & { variables: string[] };

export async function diffPromptVersions({
  input,
}: {
  input: { name: string; from: number; to: number };
}): Promise<{ prompt: PromptRow; from: WithVariables; to: WithVariables; diff: VersionDiff }> {
  const prompt = await requirePrompt(input.name);
  const [from, to] = await Promise.all([requireVersion(prompt, input.from), requireVersion(prompt, input.to)]);
  const withVariables = (version: VersionRow) => ({ ...version, variables: templateVariables(version.template) });
  return { prompt, from: withVariables(from), to: withVariables(to), diff: diffVersions(from, to) };
}
