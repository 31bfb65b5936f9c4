import "server-only";
import { draftRationale, extractJobRequirements, extractResume } from "@/lib/extraction";
import { LlmError } from "../errors";
import type { BuiltinTask, GenerateResult, LlmProvider } from "../types";

// The offline provider: no network, no prompt, deterministic. It answers the gateway's known tasks with
// the rule-based extractors, so the product works with no LLM configured and as the last fallback.

export const BUILTIN_MODEL = "rules";

function answer(task: BuiltinTask): unknown {
  switch (task.name) {
    case "resume-extraction":
      return task.input.rules ?? extractResume(task.input.text);
    case "job-requirements":
      return extractJobRequirements(task.input);
    case "match-rationale":
      return draftRationale(task.input);
  }
}

export function createBuiltinProvider(): LlmProvider {
  return {
    name: "builtin",
    model: BUILTIN_MODEL,
    configured: { ok: true },
    endpoint: null,
    usesPrompt: false,
    async generate(request): Promise<GenerateResult> {
      if (!request.task)
        throw new LlmError("bad_request", "The builtin provider answers only the gateway's known tasks.");
      return {
        text: JSON.stringify(answer(request.task)),
        model: BUILTIN_MODEL,
        usage: { inputTokens: 0, outputTokens: 0, cachedTokens: 0 },
      };
    },
    async probe() {},
  };
}
