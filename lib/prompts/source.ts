import { z } from "zod";
import { CODE_PROMPTS } from "./code-prompts";
import { chatTemplate, type ChatTemplate } from "./render";

// Where prompts come from. Today: version 1 of each prompt, in code. The prompts issue backs the same
// interface with versions stored in the database (PromptVersion + PromptLabel); callers only ever see
// resolvePrompt(name, label), so nothing else changes when it does.

export const PROMPT_NAMES = ["resume-extraction", "job-requirements", "match-rationale"] as const;
export type PromptName = (typeof PROMPT_NAMES)[number];

export const promptConfig = z
  .object({
    temperature: z.number().min(0).max(2).optional(),
    maxTokens: z.number().int().min(1).max(32_000).optional(),
  })
  .strict();
export type PromptConfig = z.infer<typeof promptConfig>;

export interface ResolvedPrompt {
  name: string;
  version: number;
  /** PromptVersion id once versions live in the database; null for prompts in code. */
  versionId: string | null;
  template: ChatTemplate;
  config: PromptConfig;
}

export interface PromptSource {
  resolve(name: string, label: string): Promise<ResolvedPrompt>;
}

export class PromptNotFound extends Error {
  constructor(name: string, label: string) {
    super(`No prompt "${name}" with label "${label}".`);
    this.name = "PromptNotFound";
  }
}

/** Prompts in code: every label resolves to version 1. */
export const codePromptSource: PromptSource = {
  async resolve(name, label) {
    const prompt = (CODE_PROMPTS as Record<string, { template: ChatTemplate; config: PromptConfig } | undefined>)[name];
    if (!prompt) throw new PromptNotFound(name, label);
    return { name, version: 1, versionId: null, template: chatTemplate.parse(prompt.template), config: promptConfig.parse(prompt.config) };
  },
};

let activeSource: PromptSource = codePromptSource;

export function resolvePrompt(name: string, label = "production"): Promise<ResolvedPrompt> {
  return activeSource.resolve(name, label);
}

/** Swaps the source (the database-backed registry at start-up; tests). Returns the previous one. */
export function usePromptSource(source: PromptSource): PromptSource {
  const previous = activeSource;
  activeSource = source;
  return previous;
}
