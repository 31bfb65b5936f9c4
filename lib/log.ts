import "server-only";
import { env } from "@/lib/env";

// Structured JSON logs on stdout. Anything that looks like a credential is redacted before writing.

type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level | "silent", number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
// Keys whose values are credentials: `password`, `accessToken`, `api_key`… but not `tokenCount` or `apiKeyId`.
const SECRET_KEY = /(pass(word)?|secret|token|authorization|cookie|apikey|credentials?)$/;
const BEARER = /\b(Bearer\s+)[A-Za-z0-9._~+/=-]+/g;
const SHORTLIST_KEY = /\bsl_[A-Za-z0-9_-]{20,}/g;
const URL_PASSWORD = /(\w+:\/\/[^:/?#\s]+:)[^@/?#\s]+@/g;

function threshold(): number {
  try {
    return ORDER[env().LOG_LEVEL];
  } catch {
    return ORDER.info; // an invalid environment is itself reported; logging must still work
  }
}

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") {
    return value
      .replace(BEARER, "$1[redacted]")
      .replace(SHORTLIST_KEY, "sl_[redacted]")
      .replace(URL_PASSWORD, "$1[redacted]@");
  }
  if (value instanceof Error)
    return { name: value.name, message: redact(value.message, depth), stack: redact(value.stack, depth) };
  if (value === null || typeof value !== "object") return value;
  // A log line holds a bounded copy: anything nested deeper is elided, so no value can overflow the stack.
  if (depth > 5) return "[nested]";
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      SECRET_KEY.test(key.toLowerCase().replace(/[-_]/g, "")) ? "[redacted]" : redact(item, depth + 1),
    ]),
  );
}

function write(level: Level, message: string, fields?: Record<string, unknown>): void {
  if (ORDER[level] < threshold()) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...(redact(fields ?? {}) as object) });
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line + "\n");
}

export const log = {
  debug: (message: string, fields?: Record<string, unknown>) => write("debug", message, fields),
  info: (message: string, fields?: Record<string, unknown>) => write("info", message, fields),
  warn: (message: string, fields?: Record<string, unknown>) => write("warn", message, fields),
  error: (message: string, fields?: Record<string, unknown>) => write("error", message, fields),
};
