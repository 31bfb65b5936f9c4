import { Invalid, type FieldError } from "@/lib/errors";
import { checkTemplate, chatTemplate, textTemplate, type PromptTemplate } from "@/lib/vocabulary/prompt-template";
import type { PromptType } from "@/lib/vocabulary/prompt-schemas";
import type { PromptConfig } from "@/lib/vocabulary/prompt-config";
import { isPromptTask, PROMPT_TASKS } from "@/lib/vocabulary/prompt-tasks";

// The rules a version must satisfy before it is stored: a template of the prompt's type, exactly the
// prompt's declared variables, and — for a prompt a task runs — that task's response schema.

export interface PromptShape {
  name: string;
  type: PromptType;
  task: string | null;
  variables: readonly string[];
}

export function checkVersion(
  prompt: PromptShape,
  template: PromptTemplate,
  config: PromptConfig,
): { variables: string[] } {
  const errors: FieldError[] = [];
  const typed = prompt.type === "chat" ? chatTemplate.safeParse(template) : textTemplate.safeParse(template);
  if (!typed.success) {
    const expected = prompt.type === "chat" ? "a list of chat messages" : "one text";
    throw new Invalid(`"${prompt.name}" is a ${prompt.type} prompt: its template must be ${expected}.`, [
      { path: "template", message: `must be ${expected}` },
    ]);
  }
  const check = checkTemplate(template, prompt.variables);
  for (const problem of check.problems) errors.push({ path: "template", message: problem, code: "template" });
  if (
    isPromptTask(prompt.task) &&
    config.responseSchema !== undefined &&
    config.responseSchema !== PROMPT_TASKS[prompt.task].responseSchema
  ) {
    errors.push({
      path: "config.response_schema",
      message: `the ${prompt.task} task validates answers with "${PROMPT_TASKS[prompt.task].responseSchema}"`,
    });
  }
  // A model name means something to one provider only: a version that names a model says whose it is.
  if (config.model !== undefined && config.provider === undefined) {
    errors.push({
      path: "config.provider",
      message: "is required with a model: the provider the model runs on (ollama, deepseek or openai)",
    });
  }
  if (errors.length > 0) throw new Invalid("The version cannot be saved.", errors);
  return { variables: check.variables };
}
