import "server-only";
import { requirePrompt, requireVersion, type PromptRow, type VersionRow } from "./prompt-store";
import { diffVersions, type VersionDiff } from "./version-diff";

export async function diffPromptVersions({
  input,
}: {
  input: { name: string; from: number; to: number };
}): Promise<{ prompt: PromptRow; from: VersionRow; to: VersionRow; diff: VersionDiff }> {
  const prompt = await requirePrompt(input.name);
  const [from, to] = await Promise.all([requireVersion(prompt, input.from), requireVersion(prompt, input.to)]);
  return { prompt, from, to, diff: diffVersions(from, to) };
}
