import "server-only";
import { db } from "@/lib/db";
import { NotFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PromptTemplate } from "@/lib/vocabulary/prompt-template";
import { promptTemplateSchema, promptTypeSchema, type PromptType } from "@/lib/vocabulary/prompt-schemas";
import { promptConfig, type PromptConfig, type ResolvedPrompt } from "./source";

// Reading prompt rows back into typed values. Stored JSON is parsed on the way out, so a row edited by
// hand into something invalid fails loudly here instead of deep inside a render.

export const promptSelect = {
  id: true,
  name: true,
  type: true,
  task: true,
  description: true,
  variables: true,
  createdAt: true,
} as const;

export interface PromptRow {
  id: string;
  name: string;
  type: PromptType;
  task: string | null;
  description: string;
  variables: string[];
  createdAt: Date;
}

export const versionSelect = {
  id: true,
  version: true,
  template: true,
  config: true,
  message: true,
  baseVersion: true,
  authorName: true,
  createdAt: true,
} as const;

export interface VersionRow {
  id: string;
  version: number;
  template: PromptTemplate;
  config: PromptConfig;
  message: string;
  baseVersion: number | null;
  authorName: string;
  createdAt: Date;
}

export function toPromptRow(row: Prisma.PromptGetPayload<{ select: typeof promptSelect }>): PromptRow {
  return { ...row, type: promptTypeSchema.parse(row.type) };
}

export function toVersionRow(row: Prisma.PromptVersionGetPayload<{ select: typeof versionSelect }>): VersionRow {
  return { ...row, template: promptTemplateSchema.parse(row.template), config: promptConfig.parse(row.config) };
}

export function toResolved(prompt: { name: string }, version: VersionRow): ResolvedPrompt {
  return {
    name: prompt.name,
    version: version.version,
    versionId: version.id,
    template: version.template,
    config: version.config,
  };
}

export async function findPrompt(name: string): Promise<PromptRow | null> {
  const row = await db.prompt.findUnique({ where: { name }, select: promptSelect });
  return row ? toPromptRow(row) : null;
}

export async function requirePrompt(name: string): Promise<PromptRow> {
  const prompt = await findPrompt(name);
  if (!prompt) throw new NotFound(`Prompt ${name} does not exist.`);
  return prompt;
}

export async function requireVersion(prompt: PromptRow, version: number): Promise<VersionRow> {
  const row = await db.promptVersion.findUnique({
    where: { promptId_version: { promptId: prompt.id, version } },
    select: versionSelect,
  });
  if (!row) throw new NotFound(`Prompt ${prompt.name} has no version ${version}.`);
  return toVersionRow(row);
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
