import type { z } from "zod";

// Forms validate with the API's own schemas, whose default messages speak to programmers
// ("Invalid input: expected string, received undefined"). These say the same to a person.

type Issue = z.core.$ZodRawIssue;

const FORMATS: Record<string, string> = {
  email: "Enter an e-mail address, such as name@example.com.",
  url: "Enter a web address, such as https://example.com.",
  datetime: "Enter a date and time.",
  date: "Enter a date.",
};

function count(value: number | bigint, one: string, many: string): string {
  return `${value.toLocaleString("en")} ${value === 1 || value === 1n ? one : many}`;
}

function tooSmall(issue: Extract<Issue, { code: "too_small" }>): string {
  const { minimum, origin } = issue;
  if (origin === "string")
    return minimum <= 1 ? "Required." : `Use at least ${count(minimum, "character", "characters")}.`;
  if (origin === "array" || origin === "set")
    return minimum <= 1 ? "Choose at least one." : `Choose at least ${minimum.toLocaleString("en")}.`;
  return issue.inclusive === false ? `Must be more than ${minimum}.` : `Must be ${minimum} or more.`;
}

function tooBig(issue: Extract<Issue, { code: "too_big" }>): string {
  const { maximum, origin } = issue;
  if (origin === "string") return `Use at most ${count(maximum, "character", "characters")}.`;
  if (origin === "array" || origin === "set") return `Choose at most ${maximum.toLocaleString("en")}.`;
  return issue.inclusive === false ? `Must be less than ${maximum}.` : `Must be ${maximum} or less.`;
}

function invalidType(issue: Extract<Issue, { code: "invalid_type" }>): string {
  if (issue.input === undefined || issue.input === null || issue.input === "") return "Required.";
  if (issue.expected === "number" || issue.expected === "int") return "Enter a number.";
  return "Enter a valid value.";
}

/** Plain words for a zod issue; a message the schema states itself takes precedence over these. */
export const formErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      return invalidType(issue);
    case "too_small":
      return tooSmall(issue);
    case "too_big":
      return tooBig(issue);
    case "invalid_value":
      return "Choose one of the options.";
    case "invalid_format":
      return FORMATS[issue.format] ?? "Check the format.";
    case "not_multiple_of":
      return issue.divisor === 1 ? "Enter a whole number." : `Enter a multiple of ${issue.divisor}.`;
    default:
      return "Check this value.";
  }
};

/** A schema's own message ("must not be empty") as a sentence: capitalised, with a full stop. */
export function sentence(message: string): string {
  const trimmed = message.trim();
  if (!trimmed) return trimmed;
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}

/**
 * Messages by field path ("" for the form as a whole). A nested field's message also stands for
 * its parents (`template.0.content` → `template`), so a form that shows errors per top-level field
 * never drops one.
 */
export function messagesByPath(issues: readonly { path: readonly PropertyKey[]; message: string }[]) {
  const messages: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String);
    const shallowest = Math.min(1, path.length);
    for (let depth = path.length; depth >= shallowest; depth--)
      messages[path.slice(0, depth).join(".")] ??= sentence(issue.message);
  }
  return messages;
}

/** Validates a form's value with the API schema, in the form's words. */
export function validateForm<T extends z.ZodType>(
  schema: T,
  value: unknown,
): { data: z.infer<T>; errors: null } | { data: null; errors: Record<string, string> } {
  const parsed = schema.safeParse(value, { error: formErrorMap });
  return parsed.success
    ? { data: parsed.data, errors: null }
    : { data: null, errors: messagesByPath(parsed.error.issues) };
}
