import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * The key that signs session cookies. Production deployments on PostgreSQL must set AUTH_SECRET (every
 * instance needs the same one); the embedded setup keeps a generated one next to its data, so the
 * two-command start needs no configuration and sessions survive restarts.
 */
export function authSecret(): string {
  // lib/env.ts refuses to start production on PostgreSQL without AUTH_SECRET.
  const { AUTH_SECRET, PGLITE_DATA_DIR } = env();
  if (AUTH_SECRET) return AUTH_SECRET;
  if (PGLITE_DATA_DIR.startsWith("memory://")) return crypto.randomBytes(48).toString("base64url");
  return persistedSecret(path.join(path.dirname(path.resolve(PGLITE_DATA_DIR)), "auth-secret"));
}

function persistedSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = crypto.randomBytes(48).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
