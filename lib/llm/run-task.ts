import "server-only";
import type { Actor } from "@/lib/auth";
import { log } from "@/lib/log";
import { renderTemplate } from "@/lib/vocabulary/prompt-template";
import { resolvePrompt, resolvePromptVersion, type ResolvedPrompt } from "@/lib/prompts";
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
  /** Every Generation row of this answer: the answering call and the failed attempts before it. */
  generationIds: string[];
}

/**
 * Which prompt a task runs: by default its own prompt at `production`. Comparisons pin one exact version
 * (of the task's prompt or of another prompt written for the same task); other callers may name a label.
 */
export type PromptChoice =
  { name?: string; label?: string; version?: undefined } | { name?: string; version: number; label?: undefined };

function resolveChoice(defaultName: string, choice: PromptChoice | undefined): Promise<ResolvedPrompt> {
  const name = choice?.name ?? defaultName;
  return choice?.version !== undefined
    ? resolvePromptVersion(name, choice.version)
    : resolvePrompt(name, choice?.label);
}

async function prepare<N extends TaskName>(
  task: TaskDefinition<N>,
  input: TaskInputs[N],
  choice: PromptChoice | undefined,
): Promise<{ prompt: ResolvedPrompt; messages: ChatMessage[] } | null> {
  try {
    const prompt = await resolveChoice(task.prompt, choice);
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
  /** The scoring request the task serves, before its inference is stored (see GenerationTrace.traceId). */
  traceId?: string;
  prompt?: PromptChoice;
  /**
   * False: only providers that run the prompt may answer, and a task they all fail throws instead of
   * falling back to the rules (a comparison measures the prompt, and the rules would mask its failures).
   */
  allowBuiltin?: boolean;
  comparisonItemId?: string;
  /** How long this request may wait for an LLM before the rules answer; none for background work. */
  deadlineMs?: number;
}): Promise<LlmAnswer<TaskOutputs[N]>> {
  const { gateway, task: name, input } = options;
  const deadline = options.deadlineMs === undefined ? undefined : Date.now() + options.deadlineMs;
  const task = TASKS[name] as TaskDefinition<N>;
  const needsPrompt = gateway.providers.some((provider) => provider.usesPrompt && provider.configured.ok);
  const prepared = needsPrompt ? await prepare(task, input, options.prompt) : null;
  const outcome = await gateway.generate({
    task: name,
    messages: prepared?.messages ?? [],
    prompt: prepared
      ? { name: prepared.prompt.name, version: prepared.prompt.version, versionId: prepared.prompt.versionId }
      : null,
    config: prepared?.prompt.config,
    schema: taskSchema(name),
    temperature: prepared?.prompt.config.temperature,
    maxTokens: prepared?.prompt.config.maxTokens,
    builtin: options.allowBuiltin === false ? undefined : task.builtin(input),
    deadline,
    inferenceId: options.inferenceId,
    traceId: options.traceId,
    comparisonItemId: options.comparisonItemId,
  });
  log.debug("LLM task answered", {
    task: name,
    provider: outcome.provider,
    actor: options.ctx.kind,
    calls: outcome.calls,
  });
  return {
    value: outcome.value,
    provider: outcome.provider,
    model: outcome.model,
    prompt: outcome.prompt ? { name: outcome.prompt.name, version: outcome.prompt.version } : null,
    generationId: outcome.generationId,
    generationIds: outcome.generationIds,
  };
}
