import "server-only";
import { isDeepStrictEqual } from "node:util";
import { actorName } from "@/lib/auth";
import { db } from "@/lib/db";
import { Conflict } from "@/lib/errors";
import { CODE_PROMPTS } from "./code-prompts";
import { createPrompt } from "./create-prompt";
import { invalidatePromptCache } from "./database-source";
import { movePromptLabel } from "./move-label";
import { findPrompt, isUniqueViolation } from "./prompt-store";
import { PROMPT_NAMES, type PromptName } from "./source";
import { PROMPT_TASKS } from "@/lib/vocabulary/prompt-tasks";

// The gateway's prompts live in code until a database holds them; from then on the database is the
// source of truth. When the code's prompts are revised, a database gets the revision as a new version;
// `production` follows it only while it still points at a version from code — a version an admin chose
// stays in production, and the revision waits beside it to be compared.

const SYSTEM = { kind: "system", name: "system" } as const;
/** How the versions the code stored are told from those people saved. */
const FROM_CODE = "from the prompts in code";
const PRODUCTION = "production";

export interface CodePromptsStored {
  /** Prompts stored as version 1. */
  created: PromptName[];
  /** Prompts given the code's revision as a new version, and whether production moved to it. */
  revised: { name: PromptName; version: number; production: boolean }[];
}

/**
 * Stores the gateway's prompts from code as version 1, labelled `production`, in any database that lacks
 * them, and a revision of the code's prompts as a new version (every start runs this; instances racing
 * meet the unique name or version number and agree).
 */
export async function ensureCodePrompts(): Promise<CodePromptsStored> {
  const stored: CodePromptsStored = { created: [], revised: [] };
  for (const name of PROMPT_NAMES) {
    const prompt = await findPrompt(name);
    if (!prompt) {
      if (await createFromCode(name)) stored.created.push(name);
      continue;
    }
    const revision = await reviseFromCode(name, prompt.id);
    if (revision) stored.revised.push({ name, ...revision });
  }
  return stored;
}

async function createFromCode(name: PromptName): Promise<boolean> {
  const code = CODE_PROMPTS[name];
  try {
    await createPrompt({
      ctx: SYSTEM,
      input: {
        name,
        type: "chat",
        task: name,
        description: PROMPT_TASKS[name].description,
        template: code.template,
        config: code.config,
        message: `Version 1, ${FROM_CODE}`,
      },
    });
    return true;
  } catch (error) {
    if (error instanceof Conflict) return false;
    throw error;
  }
}

/** The versions the code stored: by the system, saying so. */
const fromCode = { authorId: null, authorName: actorName(SYSTEM), message: { contains: FROM_CODE } };
const isFromCode = (version: { authorId: string | null; authorName: string; message: string }) =>
  version.authorId === null && version.authorName === fromCode.authorName && version.message.includes(FROM_CODE);

const sameAsCode = (name: PromptName, version: { template: unknown; config: unknown }) =>
  isDeepStrictEqual(version.template, CODE_PROMPTS[name].template) &&
  isDeepStrictEqual(version.config, CODE_PROMPTS[name].config);

/** The code's prompt as a new version when it differs from the last version the code stored; null otherwise. */
async function reviseFromCode(
  name: PromptName,
  promptId: string,
): Promise<{ version: number; production: boolean } | null> {
  for (;;) {
    const last = await db.promptVersion.findFirst({
      where: { promptId, ...fromCode },
      orderBy: { version: "desc" },
      select: { version: true, template: true, config: true },
    });
    // A prompt people created before the code had one is theirs alone.
    if (!last || sameAsCode(name, last)) return null;
    const highest = await db.promptVersion.aggregate({ where: { promptId }, _max: { version: true } });
    const version = (highest._max.version ?? 0) + 1;
    try {
      await db.promptVersion.create({
        data: {
          promptId,
          version,
          template: CODE_PROMPTS[name].template,
          config: CODE_PROMPTS[name].config,
          message: `Revised ${FROM_CODE}`,
          baseVersion: last.version,
          authorName: fromCode.authorName,
        },
      });
    } catch (error) {
      // Another instance or an admin saved this number first: look again (the revision may be stored now).
      if (isUniqueViolation(error)) continue;
      throw error;
    }
    invalidatePromptCache(name);
    return { version, production: await followInProduction(promptId, name, version) };
  }
}

/** Moves production to the code's revision when it points at a version from code. */
async function followInProduction(promptId: string, name: PromptName, version: number): Promise<boolean> {
  const label = await db.promptLabel.findUnique({
    where: { promptId_name: { promptId, name: PRODUCTION } },
    select: { version: { select: { version: true, authorId: true, authorName: true, message: true } } },
  });
  const current = label?.version;
  if (current && !isFromCode(current)) return false;
  try {
    const move = await movePromptLabel({
      ctx: SYSTEM,
      input: {
        name,
        label: PRODUCTION,
        version,
        expectedFromVersion: current?.version ?? null,
        note: "The prompts in code were revised; production followed, as no one had chosen another version.",
      },
    });
    return move.moved;
  } catch (error) {
    // An admin moved the label meanwhile: their choice stands.
    if (error instanceof Conflict) return false;
    throw error;
  }
}
