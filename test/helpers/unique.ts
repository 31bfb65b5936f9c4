import crypto from "node:crypto";

/** A short random suffix: tests share a database, so every row they create gets a unique name. */
export function unique(prefix: string): string {
  return `${prefix}-${crypto.randomBytes(5).toString("hex")}`;
}
