import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { log } from "@/lib/log";
import { renderTemplate, resolvePrompt, type ResolvedPrompt } from "@/lib/prompts";
import type { Gateway } from "./gateway";
import { TASKS, taskSchema, type TaskDefinition, type TaskInputs } from "./tasks";
import type { ChatMessage, ProviderName, TaskName, TaskOutputs } from "./types";

/** What a task answered, and who answered it. */
export interface LlmAnswer<T> {
  value: T;
  provider: ProviderName;
  model: string;
  /** The prompt version that ran; null when the builtin rules answered (no prompt ran). */
  prompt: { name: string; version: number } | null;
  /** The Generation row of the answering call; null when it could not be stored. */
  generationId: string | null;
}

async function prepare<N extends TaskName>(task: TaskDefinition<N>, input: TaskInputs[N]): Promise<{ prompt: ResolvedPrompt; messages: ChatMessage[] } | null> {
  try {
    const prompt = await resolvePrompt(task.prompt);
    return { prompt, messages: renderTemplate(prompt.template, task.variables(input)) };
  } catch (error) {
    // A broken prompt must not stop scoring: the providers that need no prompt still answer.
    log.error("LLM prompt could not be prepared; only the builtin provider can answer", {
      prompt: task.prompt,
      error: error instanceof Error ? error.message : "unknown",
    });
    return null;
  }
}

export async function runTask<N extends TaskName>(options: {
  gateway: Gateway;
  ctx: Actor;
  task: N;
  input: TaskInputs[N];
  inferenceId?: string;
}): Promise<LlmAnswer<TaskOutputs[N]>> {
  const { gateway, task: name, input } = options;
  const task = TASKS[name] as TaskDefinition<N>;
  const needsPrompt = gateway.providers.some((provider) => provider.usesPrompt && provider.configured.ok);
  const prepared = needsPrompt ? await prepare(task, input) : null;
  const outcome = await gateway.generate({
    task: name,
    messages: prepared?.messages ?? [],
    prompt: prepared ? { name: prepared.prompt.name, version: prepared.prompt.version, versionId: prepared.prompt.versionId } : null,
    schema: taskSchema(name),
    temperature: prepared?.prompt.config.temperature,
    maxTokens: prepared?.prompt.config.maxTokens,
    builtin: task.builtin(input),
    inferenceId: options.inferenceId,
  });
  log.debug("LLM task answered", { task: name, provider: outcome.provider, actor: options.ctx.kind, calls: outcome.calls });
  return {
    value: outcome.value,
    provider: outcome.provider,
    model: outcome.model,
    prompt: outcome.prompt ? { name: outcome.prompt.name, version: outcome.prompt.version } : null,
    generationId: outcome.generationId,
  };
}
