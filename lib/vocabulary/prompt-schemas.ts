import { z } from "zod";
import { chatTemplate, textTemplate } from "./prompt-template";
import { promptConfig } from "./prompt-config";
import { PROMPT_TASK_NAMES } from "./prompt-tasks";

// Inputs of the registry's operations. Pure (no database): the API contracts and the editor reuse them.

export const promptNameSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9_.-]*$/, "use lower-case letters, digits and . _ - (starting with a letter or digit)");

/** `latest` is implicit (the highest version) and never stored, so it cannot be moved. */
export const LATEST_LABEL = "latest";

export const labelNameSchema = z
  .string()
  .min(1)
  .max(36)
  .regex(/^[a-z0-9_.-]+$/, "use lower-case letters, digits and . _ - (at most 36)")
  .refine((name) => name !== LATEST_LABEL, "the latest label always points at the highest version and cannot be moved");

export const variableNameSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "use letters, digits and _")
  .max(64);

export const promptTypeSchema = z.enum(["text", "chat"]);
export type PromptType = z.infer<typeof promptTypeSchema>;

export const promptTemplateSchema = z.union([textTemplate, chatTemplate]);

export const versionNumberSchema = z.number().int().min(1).max(1_000_000);

export const createVersionInput = z.object({
  name: promptNameSchema,
  template: promptTemplateSchema,
  config: promptConfig.default({}),
  message: z.string().trim().min(1, "say what changed").max(500),
  /** The version the editor started from (recorded, and shown in the history). */
  baseVersion: versionNumberSchema.optional(),
});
export type CreateVersionInput = z.input<typeof createVersionInput>;

export const createPromptInput = z.object({
  name: promptNameSchema,
  type: promptTypeSchema,
  /** The gateway task that runs the prompt; its variables are then the task's. */
  task: z
    .enum(PROMPT_TASK_NAMES as [string, ...string[]])
    .nullable()
    .default(null),
  description: z.string().trim().max(500).default(""),
  /** Declared variables of a prompt no task runs (a task prompt takes the task's). */
  variables: z.array(variableNameSchema).max(20).default([]),
  template: promptTemplateSchema,
  config: promptConfig.default({}),
  message: z.string().trim().min(1).max(500).default("First version"),
});
export type CreatePromptInput = z.input<typeof createPromptInput>;

export const moveLabelInput = z.object({
  name: promptNameSchema,
  label: labelNameSchema,
  version: versionNumberSchema,
  /** Refuse the move when the label no longer points here (someone moved it since the admin looked). */
  expectedFromVersion: versionNumberSchema.nullable().optional(),
  /** The comparison that justified the move, kept in the audit trail. */
  comparisonId: z.string().min(1).max(64).optional(),
  note: z.string().trim().max(500).default(""),
});
export type MoveLabelInput = z.input<typeof moveLabelInput>;
