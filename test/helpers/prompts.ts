import type { UserActor } from "@/lib/auth/actor";
import { createPrompt, databasePromptSource, usePromptSource, type PromptSource } from "@/lib/prompts";
import { CODE_PROMPTS } from "@/lib/prompts/code-prompts";
import type { PromptTaskName } from "@/lib/vocabulary/prompt-tasks";
import { createUser } from "@/lib/users";
import { unique } from "./unique";

// Prompts of their own for each test: the shared database's real prompts (resume-extraction…) are never
// edited or relabelled by tests, since other files score through them at the same time.

export async function adminActor(name = "Ada Test"): Promise<UserActor> {
  const user = await createUser({
    input: { email: `${unique("prompt-admin")}@test.local`, name, role: "ADMIN", password: "correct-horse-battery" },
  });
  return { kind: "user", userId: user.id, email: user.email, name: user.name, role: "ADMIN" };
}

/** A prompt for a gateway task with a unique name, its version 1 copied from the code prompt. */
export async function taskPrompt(
  task: PromptTaskName,
  ctx: UserActor | { kind: "system"; name: string } = { kind: "system", name: "test" },
) {
  const name = unique(`t-${task}`);
  const code = CODE_PROMPTS[task];
  await createPrompt({
    ctx,
    input: { name, type: "chat", task, template: code.template, config: code.config, message: "Copied from code" },
  });
  return { name, template: code.template, config: code.config };
}

/** Makes the gateway read prompts from the database (as the server does after start); returns the undo. */
export function useDatabasePrompts(ttlMs = 0): () => void {
  const previous: PromptSource = usePromptSource(databasePromptSource({ ttlMs }));
  return () => void usePromptSource(previous);
}
