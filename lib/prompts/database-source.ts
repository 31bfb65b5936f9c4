import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { toResolved, toVersionRow, versionSelect } from "./prompt-store";
import { LATEST_LABEL } from "@/lib/vocabulary/prompt-schemas";
import { codePrompt, PromptNotFound, type PromptSource, type ResolvedPrompt } from "./source";

// The registry as the gateway's prompt source. Labels are cached per process for PROMPT_CACHE_TTL_MS:
// a move on this instance clears its entries at once, other instances see it when their entry expires.
// Versions never change, so a version looked up by number is cached until the cache is cleared. A prompt
// the database does not hold falls back to the version in code.

interface Entry {
  prompt: ResolvedPrompt;
  /** Infinity for exact versions (immutable). */
  expiresAt: number;
}

const MAX_ENTRIES = 500;

// On globalThis: label moves (route handlers) and the gateway (wherever it runs) must share one cache.
const holder = globalThis as typeof globalThis & { __shortlistPromptCache?: Map<string, Entry> };

function cache(): Map<string, Entry> {
  holder.__shortlistPromptCache ??= new Map();
  return holder.__shortlistPromptCache;
}

/** Forgets what this instance cached for a prompt (after a label move), or everything. */
export function invalidatePromptCache(name?: string): void {
  if (name === undefined) return cache().clear();
  for (const key of cache().keys()) if (key.startsWith(`${name}\u0000`)) cache().delete(key);
}

async function cached(
  key: string,
  ttlMs: number,
  now: () => number,
  load: () => Promise<ResolvedPrompt>,
): Promise<ResolvedPrompt> {
  const hit = cache().get(key);
  if (hit && hit.expiresAt > now()) return hit.prompt;
  const prompt = await load();
  if (ttlMs > 0) {
    if (cache().size >= MAX_ENTRIES) cache().clear();
    cache().set(key, { prompt, expiresAt: now() + ttlMs });
  }
  return prompt;
}

async function loadLabel(name: string, label: string): Promise<ResolvedPrompt> {
  const row =
    label === LATEST_LABEL
      ? await db.promptVersion.findFirst({
          where: { prompt: { name } },
          orderBy: { version: "desc" },
          select: versionSelect,
        })
      : (
          await db.promptLabel.findFirst({
            where: { name: label, prompt: { name } },
            select: { version: { select: versionSelect } },
          })
        )?.version;
  if (row) return toResolved({ name }, toVersionRow(row));
  const fallback = codePrompt(name);
  if (fallback && (await db.prompt.count({ where: { name } })) === 0) return fallback;
  throw new PromptNotFound(name, `label "${label}"`);
}

async function loadVersion(name: string, version: number): Promise<ResolvedPrompt> {
  const row = await db.promptVersion.findFirst({ where: { version, prompt: { name } }, select: versionSelect });
  if (row) return toResolved({ name }, toVersionRow(row));
  const fallback = codePrompt(name);
  if (fallback && version === 1 && (await db.prompt.count({ where: { name } })) === 0) return fallback;
  throw new PromptNotFound(name, `version ${version}`);
}

export function databasePromptSource(options: { ttlMs?: number; now?: () => number } = {}): PromptSource {
  const now = options.now ?? Date.now;
  const ttl = () => options.ttlMs ?? env().PROMPT_CACHE_TTL_MS;
  return {
    resolve: (name, label) => cached(`${name}\u0000@${label}`, ttl(), now, () => loadLabel(name, label)),
    resolveVersion: (name, version) =>
      cached(`${name}\u0000#${version}`, Number.POSITIVE_INFINITY, now, () => loadVersion(name, version)),
  };
}
