// The prompt registry's public face (server side). The browser imports the pure modules directly:
// render.ts (variables as you type), line-diff.ts, version-diff.ts, schemas.ts, task-contracts.ts.
export { createPrompt } from "./create-prompt";
export { createPromptVersion } from "./create-version";
export { databasePromptSource, invalidatePromptCache } from "./database-source";
export { diffPromptVersions } from "./diff-prompt-versions";
export { movePromptLabel, type LabelMove } from "./move-label";
export type { PromptRow, VersionRow } from "./prompt-store";
export {
  getPromptDetail,
  getPromptVersion,
  listPrompts,
  type LabelEvent,
  type LabelPointer,
  type LastChange,
  type PromptDetail,
  type PromptSummary,
  type VersionDetail,
} from "./read-prompts";
export { checkTemplate, escapeTagContent, PromptRenderError, renderTemplate, templateVariables, type ChatTemplate, type PromptTemplate } from "./render";
export { ensureCodePrompts } from "./seed-prompts";
export {
  codePromptSource,
  PROMPT_NAMES,
  PromptNotFound,
  resolvePrompt,
  resolvePromptVersion,
  usePromptSource,
  type PromptConfig,
  type PromptName,
  type PromptSource,
  type ResolvedPrompt,
} from "./source";
export type { VersionDiff } from "./version-diff";
