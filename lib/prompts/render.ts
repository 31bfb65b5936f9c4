import { z } from "zod";

// Prompt templates are chat messages with `{{variable}}` placeholders. Rendering is strict: a placeholder
// without a value, a value without a placeholder, or a malformed placeholder is an error, so a template
// and its caller can never silently drift apart. Values are inserted verbatim in one pass (a value that
// itself contains `{{x}}` stays literal text).

export const chatTemplate = z
  .array(z.object({ role: z.enum(["system", "user", "assistant"]), content: z.string().min(1).max(20_000) }).strict())
  .min(1)
  .max(20);
export type ChatTemplate = z.infer<typeof chatTemplate>;

export class PromptRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PromptRenderError";
  }
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const ANY_BRACES = /\{\{|\}\}/;

/** Names of the variables a template uses, in order of first use. */
export function templateVariables(template: ChatTemplate): string[] {
  const names = new Set<string>();
  for (const message of template) {
    for (const match of message.content.matchAll(PLACEHOLDER)) names.add(match[1] as string);
    if (ANY_BRACES.test(message.content.replace(PLACEHOLDER, ""))) {
      throw new PromptRenderError(`Malformed placeholder in a ${message.role} message.`);
    }
  }
  return [...names];
}

export function renderTemplate(template: ChatTemplate, variables: Record<string, string>): ChatTemplate {
  const used = templateVariables(template);
  const missing = used.filter((name) => !Object.hasOwn(variables, name));
  if (missing.length > 0) throw new PromptRenderError(`Missing prompt variables: ${missing.join(", ")}.`);
  const unknown = Object.keys(variables).filter((name) => !used.includes(name));
  if (unknown.length > 0) throw new PromptRenderError(`Unknown prompt variables: ${unknown.join(", ")}.`);
  return template.map((message) => ({
    role: message.role,
    content: message.content.replace(PLACEHOLDER, (_, name: string) => variables[name] as string),
  }));
}

/**
 * Makes untrusted text safe to place between `<tag>` and `</tag>`: a closing tag inside the text (in any
 * case or spacing) is defused, so the data cannot end its own delimiter and pose as instructions.
 */
export function escapeTagContent(text: string, tag: string): string {
  const closing = new RegExp(`<\\s*/\\s*${tag}\\s*>`, "gi");
  const opening = new RegExp(`<\\s*${tag}\\s*>`, "gi");
  return text.replace(closing, `</ ${tag}-text>`).replace(opening, `< ${tag}-text>`);
}
