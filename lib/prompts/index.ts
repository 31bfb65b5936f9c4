// The prompt registry's public face (server side). What the browser needs too (template syntax, input
// schemas, the task list) is pure and lives in lib/vocabulary.
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
export {
  checkTemplate,
  escapeTagContent,
  PromptRenderError,
  renderTemplate,
  templateVariables,
  type ChatTemplate,
  type PromptTemplate,
} from "@/lib/vocabulary/prompt-template";
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
export { requirePrompt, requireVersion } from "./prompt-store";
