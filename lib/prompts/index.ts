export { escapeTagContent, PromptRenderError, renderTemplate, templateVariables, type ChatTemplate } from "./render";
export {
  codePromptSource,
  PROMPT_NAMES,
  PromptNotFound,
  resolvePrompt,
  usePromptSource,
  type PromptConfig,
  type PromptName,
  type PromptSource,
  type ResolvedPrompt,
} from "./source";
