import { z } from "zod";

/** The config stored with a version. Pure: the API contracts and the editor parse with it too. */
export const promptConfig = z
  .object({
    /** The model the version was written for. Recorded and shown; the provider configuration picks the model that runs. */
    model: z.string().trim().min(1).max(120).optional(),
    temperature: z.number().min(0).max(2).optional(),
    maxTokens: z.number().int().min(1).max(32_000).optional(),
    /** Name of the structured-output schema the answer must satisfy (the task's; checked at save). */
    responseSchema: z.string().trim().min(1).max(80).optional(),
  })
  .strict();
export type PromptConfig = z.infer<typeof promptConfig>;
