import "server-only";
import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { Conflict, Invalid } from "@/lib/errors";
import { invalidatePromptCache } from "./database-source";
import { isUniqueViolation, promptSelect, toPromptRow, type PromptRow } from "./prompt-store";
import { createPromptInput, type CreatePromptInput } from "@/lib/vocabulary/prompt-schemas";
import { isPromptTask, PROMPT_TASKS } from "@/lib/vocabulary/prompt-tasks";
import { actorName, actorUserId } from "@/lib/auth";
import { checkVersion } from "./version-rules";

/**
 * Creates a prompt with its first version, labelled `production`. A prompt a task runs declares the
 * task's variables; any other declares its own.
 */
export async function createPrompt({ ctx, input }: { ctx: Actor; input: CreatePromptInput }): Promise<PromptRow> {
  const parsed = createPromptInput.parse(input);
  const variables = isPromptTask(parsed.task)
    ? [...PROMPT_TASKS[parsed.task].variables]
    : [...new Set(parsed.variables)];
  if (isPromptTask(parsed.task) && parsed.variables.length > 0 && parsed.variables.join() !== variables.join()) {
    throw new Invalid("A task's prompt takes the task's variables.", [
      { path: "variables", message: `the ${parsed.task} task fills ${variables.join(", ")}` },
    ]);
  }
  const shape = { name: parsed.name, type: parsed.type, task: parsed.task, variables };
  checkVersion(shape, parsed.template, parsed.config);
  const author = { id: actorUserId(ctx), name: actorName(ctx) };
  try {
    const row = await db.$transaction(async (tx) => {
      const prompt = await tx.prompt.create({
        data: { name: parsed.name, type: parsed.type, task: parsed.task, description: parsed.description, variables },
        select: promptSelect,
      });
      const version = await tx.promptVersion.create({
        data: {
          promptId: prompt.id,
          version: 1,
          template: parsed.template,
          config: parsed.config,
          message: parsed.message,
          authorId: author.id,
          authorName: author.name,
        },
        select: { id: true },
      });
      await tx.promptLabel.create({ data: { promptId: prompt.id, name: "production", versionId: version.id } });
      await tx.promptLabelEvent.create({
        data: {
          promptId: prompt.id,
          label: "production",
          fromVersion: null,
          toVersion: 1,
          actorId: author.id,
          actorName: author.name,
          note: "Created",
        },
      });
      return prompt;
    });
    invalidatePromptCache(parsed.name);
    return toPromptRow(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new Conflict(`A prompt named ${parsed.name} already exists.`);
    throw error;
  }
}
