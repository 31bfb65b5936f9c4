import "server-only";
import type { Actor } from "@/lib/auth";
import { db } from "@/lib/db";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { invalidatePromptCache } from "./database-source";
import { requirePrompt } from "./prompt-store";
import { moveLabelInput, type MoveLabelInput } from "@/lib/vocabulary/prompt-schemas";
import { actorName, actorUserId } from "@/lib/auth";

export interface LabelMove {
  label: string;
  fromVersion: number | null;
  toVersion: number;
  /** False when the label already pointed at the version (nothing recorded). */
  moved: boolean;
}

/**
 * Points a label at a version and records the move (who, when, from, to, and the comparison behind it).
 * Moves of one prompt's labels are serialised, so two admins moving a label at once leave two audit rows
 * whose from/to chain up; `expectedFromVersion` turns a move made on stale information into a 409.
 */
export async function movePromptLabel({ ctx, input }: { ctx: Actor; input: MoveLabelInput }): Promise<LabelMove> {
  const { name, label, version, expectedFromVersion, comparisonId, note } = moveLabelInput.parse(input);
  const prompt = await requirePrompt(name);
  const result = await db.$transaction(async (tx) => {
    const target = await tx.promptVersion.findUnique({
      where: { promptId_version: { promptId: prompt.id, version } },
      select: { id: true },
    });
    if (!target) throw new NotFound(`Prompt ${name} has no version ${version}.`);
    if (comparisonId) {
      const comparison = await tx.promptComparison.findUnique({
        where: { id: comparisonId },
        select: { promptId: true, versionA: true, versionB: true },
      });
      if (!comparison || comparison.promptId !== prompt.id)
        throw new Invalid("The comparison is not one of this prompt's.", [
          { path: "comparison_id", message: "unknown comparison for this prompt" },
        ]);
      if (comparison.versionA !== version && comparison.versionB !== version) {
        throw new Invalid(`The comparison did not run version ${version}.`, [
          { path: "comparison_id", message: `compares versions ${comparison.versionA} and ${comparison.versionB}` },
        ]);
      }
    }
    // Label moves of one prompt take turns on the prompt's row, so the "from" read next is the label as
    // the previous move left it (and two first moves of a new label cannot both insert it).
    await tx.$queryRaw(Prisma.sql`SELECT id FROM "Prompt" WHERE id = ${prompt.id} FOR UPDATE`);
    const current = await tx.promptLabel.findUnique({
      where: { promptId_name: { promptId: prompt.id, name: label } },
      select: { id: true, version: { select: { version: true } } },
    });
    const fromVersion = current?.version.version ?? null;
    if (expectedFromVersion !== undefined && expectedFromVersion !== fromVersion) {
      throw new Conflict(
        `${label} now points at ${fromVersion === null ? "no version" : `version ${fromVersion}`}, not ${expectedFromVersion === null ? "nothing" : `version ${expectedFromVersion}`}: reload and try again.`,
      );
    }
    if (fromVersion === version) return { label, fromVersion, toVersion: version, moved: false };
    if (current) await tx.promptLabel.update({ where: { id: current.id }, data: { versionId: target.id } });
    else await tx.promptLabel.create({ data: { promptId: prompt.id, name: label, versionId: target.id } });
    await tx.promptLabelEvent.create({
      data: {
        promptId: prompt.id,
        label,
        fromVersion,
        toVersion: version,
        actorId: actorUserId(ctx),
        actorName: actorName(ctx),
        comparisonId: comparisonId ?? null,
        note,
      },
    });
    return { label, fromVersion, toVersion: version, moved: true };
  });
  invalidatePromptCache(name);
  return result;
}
