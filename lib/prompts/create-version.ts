import "server-only";
import { type Actor, actorName, actorUserId } from "@/lib/auth";
import { db } from "@/lib/db";
import { Conflict, NotFound } from "@/lib/errors";
import { invalidatePromptCache } from "./database-source";
import { isUniqueViolation, requirePrompt, toVersionRow, versionSelect, type VersionRow } from "./prompt-store";
import { createVersionInput, type CreateVersionInput } from "@/lib/vocabulary/prompt-schemas";
import { checkVersion } from "./version-rules";

// A new version is the highest number + 1. Two saves racing for the same number meet the unique index on
// (promptId, version): the loser reads the new highest number and tries again, so numbers never repeat
// and never skip.

const MAX_ATTEMPTS = 25;

const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * (attempt + 1)));

export async function createPromptVersion({
  ctx,
  input,
}: {
  ctx: Actor;
  input: CreateVersionInput;
}): Promise<VersionRow> {
  const { name, template, config, message, baseVersion } = createVersionInput.parse(input);
  const prompt = await requirePrompt(name);
  checkVersion(prompt, template, config);
  if (baseVersion !== undefined) {
    const base = await db.promptVersion.count({ where: { promptId: prompt.id, version: baseVersion } });
    if (base === 0) throw new NotFound(`Prompt ${name} has no version ${baseVersion} to start from.`);
  }
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const highest = await db.promptVersion.aggregate({ where: { promptId: prompt.id }, _max: { version: true } });
    try {
      const row = await db.promptVersion.create({
        data: {
          promptId: prompt.id,
          version: (highest._max.version ?? 0) + 1,
          template,
          config,
          message,
          baseVersion: baseVersion ?? null,
          authorId: actorUserId(ctx),
          authorName: actorName(ctx),
        },
        select: versionSelect,
      });
      invalidatePromptCache(name); // `latest` now means this version
      return toVersionRow(row);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await pause(attempt);
    }
  }
  throw new Conflict(`Too many versions of ${name} are being saved at once; try again.`);
}
