import { CODE_PROMPTS } from "./code-prompts";
import { promptConfig, type PromptConfig } from "@/lib/vocabulary/prompt-config";
import { chatTemplate, type PromptTemplate } from "@/lib/vocabulary/prompt-template";

export { promptConfig, type PromptConfig };

// Where prompts come from. The server installs the database registry at start (lib/startup/prepare-app.ts);
// until then, and for a prompt the database does not hold, the versions in code answer. Callers only ever
// see resolvePrompt(name, label) or resolvePromptVersion(name, version).

export const PROMPT_NAMES = ["resume-extraction", "job-requirements", "match-rationale"] as const;
export type PromptName = (typeof PROMPT_NAMES)[number];

export interface ResolvedPrompt {
  name: string;
  version: number;
  /** PromptVersion id for versions stored in the database; null for prompts in code. */
  versionId: string | null;
  template: PromptTemplate;
  config: PromptConfig;
}

export interface PromptSource {
  resolve(name: string, label: string): Promise<ResolvedPrompt>;
  /** One exact version, whatever the labels say (comparisons run version A against version B). */
  resolveVersion(name: string, version: number): Promise<ResolvedPrompt>;
}

export class PromptNotFound extends Error {
  constructor(name: string, ref: string) {
    super(`No prompt "${name}" with ${ref}.`);
    this.name = "PromptNotFound";
  }
}

/** Version 1 of a prompt kept in code, or null. */
export function codePrompt(name: string): ResolvedPrompt | null {
  const prompt = (CODE_PROMPTS as Record<string, (typeof CODE_PROMPTS)[PromptName] | undefined>)[name];
  if (!prompt) return null;
  return {
    name,
    version: 1,
    versionId: null,
    template: chatTemplate.parse(prompt.template),
    config: promptConfig.parse(prompt.config),
  };
}

/** Prompts in code: every label resolves to version 1. */
export const codePromptSource: PromptSource = {
  async resolve(name, label) {
    const prompt = codePrompt(name);
    if (!prompt) throw new PromptNotFound(name, `label "${label}"`);
    return prompt;
  },
  async resolveVersion(name, version) {
    const prompt = codePrompt(name);
    if (!prompt || version !== 1) throw new PromptNotFound(name, `version ${version}`);
    return prompt;
  },
};

// On globalThis: Next.js bundles the start-up hook and the route handlers separately, and both must see
// the source installed at start.
const holder = globalThis as typeof globalThis & { __shortlistPromptSource?: PromptSource };

function activeSource(): PromptSource {
  return holder.__shortlistPromptSource ?? codePromptSource;
}

export function resolvePrompt(name: string, label = "production"): Promise<ResolvedPrompt> {
  return activeSource().resolve(name, label);
}

export function resolvePromptVersion(name: string, version: number): Promise<ResolvedPrompt> {
  return activeSource().resolveVersion(name, version);
}

/** Swaps the source (the database-backed registry at start-up; tests). Returns the previous one. */
export function usePromptSource(source: PromptSource): PromptSource {
  const previous = activeSource();
  holder.__shortlistPromptSource = source;
  return previous;
}
