import { describe, expect, it } from "vitest";
import { PROMPT_NAMES, PromptNotFound, resolvePrompt, usePromptSource, type PromptSource } from "./source";
import { renderTemplate, templateVariables } from "./render";

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
    const system = prompt.template.filter((message) => message.role === "system").map((message) => message.content).join("");
    expect(system).not.toMatch(/\{\{/);
    const values = Object.fromEntries((VARIABLES[name] ?? []).map((variable) => [variable, "x"]));
    expect(renderTemplate(prompt.template, values).length).toBe(prompt.template.length);
  });

  it("fails for an unknown prompt", async () => {
    await expect(resolvePrompt("nope")).rejects.toBeInstanceOf(PromptNotFound);
  });

  it("can be swapped for another source (the database-backed registry)", async () => {
    const stored: PromptSource = {
      resolve: async (name, label) => ({ name, version: 7, versionId: `pv-${label}`, template: [{ role: "user", content: "hi" }], config: {} }),
    };
    const previous = usePromptSource(stored);
    try {
      expect(await resolvePrompt("resume-extraction", "staging")).toMatchObject({ version: 7, versionId: "pv-staging" });
    } finally {
      usePromptSource(previous);
    }
    expect((await resolvePrompt("resume-extraction")).version).toBe(1);
  });
});
