import { describe, expect, it } from "vitest";
import {
  PROMPT_NAMES,
  PromptNotFound,
  resolvePrompt,
  resolvePromptVersion,
  usePromptSource,
  type PromptSource,
} from "./source";
import { renderTemplate, templateVariables, toMessages } from "@/lib/vocabulary/prompt-template";

const VARIABLES: Record<string, string[]> = {
  "resume-extraction": ["resume"],
  "job-requirements": ["title", "description"],
  "match-rationale": ["match"],
};

describe("code prompt source", () => {
  it.each(PROMPT_NAMES)("%s resolves to version 1 with the variables its task supplies", async (name) => {
    const prompt = await resolvePrompt(name);
    expect(prompt).toMatchObject({ name, version: 1, versionId: null });
    expect(templateVariables(prompt.template)).toEqual(VARIABLES[name]);
    // Untrusted text only ever goes into the user message.
    const system = toMessages(prompt.template)
      .filter((message) => message.role === "system")
      .map((message) => message.content)
      .join("");
    expect(system).not.toMatch(/\{\{/);
    const values = Object.fromEntries((VARIABLES[name] ?? []).map((variable) => [variable, "x"]));
    expect(renderTemplate(prompt.template, values).length).toBe(toMessages(prompt.template).length);
  });

  it("fails for an unknown prompt, and for versions other than 1", async () => {
    await expect(resolvePrompt("nope")).rejects.toBeInstanceOf(PromptNotFound);
    await expect(resolvePromptVersion("resume-extraction", 2)).rejects.toBeInstanceOf(PromptNotFound);
    expect((await resolvePromptVersion("resume-extraction", 1)).version).toBe(1);
  });

  it("can be swapped for another source (the database-backed registry)", async () => {
    const stored: PromptSource = {
      resolve: async (name, label) => ({
        name,
        version: 7,
        versionId: `pv-${label}`,
        template: [{ role: "user", content: "hi" }],
        config: {},
      }),
      resolveVersion: async (name, version) => ({
        name,
        version,
        versionId: `pv-${version}`,
        template: "hi",
        config: {},
      }),
    };
    const previous = usePromptSource(stored);
    try {
      expect(await resolvePrompt("resume-extraction", "staging")).toMatchObject({
        version: 7,
        versionId: "pv-staging",
      });
      expect(await resolvePromptVersion("resume-extraction", 3)).toMatchObject({ version: 3, versionId: "pv-3" });
    } finally {
      usePromptSource(previous);
    }
    expect((await resolvePrompt("resume-extraction")).version).toBe(1);
  });
});
