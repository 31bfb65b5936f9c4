import "server-only";
import { db } from "@/lib/db";
import { Conflict } from "@/lib/errors";
import { CODE_PROMPTS } from "./code-prompts";
import { createPrompt } from "./create-prompt";
import { PROMPT_NAMES } from "./source";
import { PROMPT_TASKS } from "@/lib/vocabulary/prompt-tasks";

/**
 * Stores the gateway's prompts from code as version 1, labelled `production`, in any database that lacks
 * them (every start runs this; instances racing on a fresh database meet the unique name and agree).
 * Prompts already stored are never touched: from then on the database is the source of truth.
 */
export async function ensureCodePrompts(): Promise<string[]> {
  const created: string[] = [];
  for (const name of PROMPT_NAMES) {
    if ((await db.prompt.count({ where: { name } })) > 0) continue;
    const code = CODE_PROMPTS[name];
    try {
      await createPrompt({
        ctx: { kind: "system", name: "system" },
        input: {
          name,
          type: "chat",
          task: name,
          description: PROMPT_TASKS[name].description,
          template: code.template,
          config: code.config,
          message: "Version 1, from the prompts in code",
        },
      });
      created.push(name);
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
    }
  }
  return created;
}
