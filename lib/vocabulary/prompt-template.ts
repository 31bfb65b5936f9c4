import { z } from "zod";

// Prompt templates are a text (sent as one user message) or chat messages, with `{{variable}}`
// placeholders. Rendering is strict: a placeholder without a value, a value without a placeholder, or a
// malformed placeholder is an error, so a template and its caller can never silently drift apart. Values
// are inserted verbatim in one pass (a value that itself contains `{{x}}` stays literal text). A template
// that needs literal braces escapes them: `\{{` renders `{{` and `\}}` renders `}}`.
// Pure: the editor imports this module in the browser to list variables as the admin types.

export const chatMessage = z
  .object({ role: z.enum(["system", "user", "assistant"]), content: z.string().min(1).max(20_000) })
  .strict();
export const chatTemplate = z.array(chatMessage).min(1).max(20);
export type ChatTemplate = z.infer<typeof chatTemplate>;

export const textTemplate = z.string().min(1).max(50_000);
/** A text prompt (one string) or a chat prompt (messages). */
export type PromptTemplate = string | ChatTemplate;

export class PromptRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PromptRenderError";
  }
}

type Part = { kind: "text"; text: string } | { kind: "variable"; name: string };

const NAME = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/;

/** Where a malformed placeholder sits, for messages an editor can act on. */
function place(content: string, index: number, where: string): string {
  const line = content.slice(0, index).split("\n").length;
  return `${where}, line ${line}`;
}

/** Splits one message into literal text and placeholders; throws on a malformed placeholder. */
function parse(content: string, where: string): Part[] {
  const parts: Part[] = [];
  let text = "";
  let index = 0;
  while (index < content.length) {
    if (content.startsWith("\\{{", index) || content.startsWith("\\}}", index)) {
      text += content.slice(index + 1, index + 3);
      index += 3;
    } else if (content.startsWith("{{", index)) {
      const match = NAME.exec(content.slice(index + 2));
      if (!match) {
        throw new PromptRenderError(
          `Malformed placeholder in ${place(content, index, where)}: use {{name}} with letters, digits and _ (write \\{{ for literal braces).`,
        );
      }
      if (text) parts.push({ kind: "text", text });
      text = "";
      parts.push({ kind: "variable", name: match[1] as string });
      index += 2 + match[0].length;
    } else if (content.startsWith("}}", index)) {
      throw new PromptRenderError(`Unmatched }} in ${place(content, index, where)} (write \\}} for literal braces).`);
    } else {
      text += content[index];
      index += 1;
    }
  }
  if (text) parts.push({ kind: "text", text });
  return parts;
}

/** A text template is one user message; chat templates are already messages. */
export function toMessages(template: PromptTemplate): ChatTemplate {
  return typeof template === "string" ? [{ role: "user", content: template }] : template;
}

function parsed(template: PromptTemplate): { role: ChatTemplate[number]["role"]; parts: Part[] }[] {
  return toMessages(template).map((message, index) => ({
    role: message.role,
    parts: parse(
      message.content,
      typeof template === "string" ? "the template" : `message ${index + 1} (${message.role})`,
    ),
  }));
}

/** Names of the variables a template uses, in order of first use. Throws on malformed placeholders. */
export function templateVariables(template: PromptTemplate): string[] {
  const names = new Set<string>();
  for (const message of parsed(template)) {
    for (const part of message.parts) if (part.kind === "variable") names.add(part.name);
  }
  return [...names];
}

/** Renders into chat messages; every placeholder needs a value and every value a placeholder. */
export function renderTemplate(template: PromptTemplate, variables: Record<string, string>): ChatTemplate {
  const messages = parsed(template);
  const used = templateVariables(template);
  const missing = used.filter((name) => !Object.hasOwn(variables, name));
  if (missing.length > 0) throw new PromptRenderError(`Missing prompt variables: ${missing.join(", ")}.`);
  const unknown = Object.keys(variables).filter((name) => !used.includes(name));
  if (unknown.length > 0) throw new PromptRenderError(`Unknown prompt variables: ${unknown.join(", ")}.`);
  return messages.map((message) => ({
    role: message.role,
    content: message.parts
      .map((part) => (part.kind === "text" ? part.text : (variables[part.name] as string)))
      .join(""),
  }));
}

export interface TemplateCheck {
  /** Variables the template uses, in order of first use (empty when a placeholder is malformed). */
  variables: string[];
  /** Everything that stops the template from being saved, as sentences; empty when it can be saved. */
  problems: string[];
}

/**
 * Save-time check against the prompt's declared variables: the same rules as rendering, applied before a
 * version exists. A variable the template uses but the prompt does not declare would fail every render;
 * a declared variable the template leaves out would make its caller's value "unknown" at render time.
 */
export function checkTemplate(template: PromptTemplate, declared: readonly string[]): TemplateCheck {
  let variables: string[];
  try {
    variables = templateVariables(template);
  } catch (error) {
    return { variables: [], problems: [error instanceof Error ? error.message : "The template cannot be read."] };
  }
  const problems: string[] = [];
  const unknown = variables.filter((name) => !declared.includes(name));
  const unused = declared.filter((name) => !variables.includes(name));
  if (unknown.length > 0)
    problems.push(
      `Unknown variables: ${unknown.join(", ")} (this prompt accepts ${declared.length ? declared.join(", ") : "none"}).`,
    );
  if (unused.length > 0) problems.push(`Missing variables: ${unused.join(", ")} must appear in the template.`);
  return { variables, problems };
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
