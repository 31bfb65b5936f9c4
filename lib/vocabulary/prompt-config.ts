import { z } from "zod";

/** Providers a version's model can belong to (the builtin rules run no model). */
export const PROMPT_MODEL_PROVIDERS = ["ollama", "deepseek", "openai"] as const;
export type PromptModelProvider = (typeof PROMPT_MODEL_PROVIDERS)[number];

/** The config stored with a version. Pure: the API contracts and the editor parse with it too. */
export const promptConfig = z
  .object({
    /** The provider `model` belongs to; required with `model` when a version is saved. */
    provider: z.enum(PROMPT_MODEL_PROVIDERS).optional(),
    /** The model this version runs on `provider`; every other provider in the chain runs its configured one. */
    model: z.string().trim().min(1).max(120).optional(),
    temperature: z.number().min(0).max(2).optional(),
    maxTokens: z.number().int().min(1).max(32_000).optional(),
    /** Name of the structured-output schema the answer must satisfy (the task's; checked at save). */
    responseSchema: z.string().trim().min(1).max(80).optional(),
  })
  .strict();
export type PromptConfig = z.infer<typeof promptConfig>;

/**
 * The model a provider runs for a version: the version's own on the provider it names, otherwise the
 * provider's configured model (a model name means nothing to another provider). The gateway and the
 * prompt editor both ask this, so what the editor says is what runs.
 */
export function modelFor(
  provider: { name: string; model: string },
  config: Pick<PromptConfig, "provider" | "model">,
): string {
  return config.model && config.provider === provider.name ? config.model : provider.model;
}
