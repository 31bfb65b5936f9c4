import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CODE_PROMPTS } from "./code-prompts";
import { movePromptLabel } from "./move-label";
import { ensureCodePrompts } from "./seed-prompts";

// A database seeded by older code gets the code's revised prompts as new versions at start; production
// follows only where it still runs a version from code. A database of its own: the test rewrites the
// prompts every other test resolves.

const system = { kind: "system", name: "system" } as const;
const OLDER = [{ role: "system", content: "An older prompt from code." }];

async function asOlderCode(name: keyof typeof CODE_PROMPTS): Promise<void> {
  await db.promptVersion.updateMany({ where: { prompt: { name }, version: 1 }, data: { template: OLDER } });
}

const versionsOf = (name: string) =>
  db.promptVersion.findMany({
    where: { prompt: { name } },
    orderBy: { version: "asc" },
    select: { version: true, template: true, baseVersion: true, authorId: true, labels: { select: { name: true } } },
  });

describe("prompts revised in code", () => {
  it("are stored as new versions; production follows a version from code, never an admin's choice", async () => {
    expect((await ensureCodePrompts()).created).toHaveLength(3);
    await asOlderCode("resume-extraction");
    await asOlderCode("job-requirements");
    // An admin's own version of the job prompt is in production.
    const prompt = await db.prompt.findUniqueOrThrow({ where: { name: "job-requirements" }, select: { id: true } });
    await db.promptVersion.create({
      data: { promptId: prompt.id, version: 2, template: OLDER, message: "Shorter", baseVersion: 1, authorName: "Ada" },
    });
    await movePromptLabel({ ctx: system, input: { name: "job-requirements", label: "production", version: 2 } });

    expect(await ensureCodePrompts()).toEqual({
      created: [],
      revised: [
        { name: "resume-extraction", version: 2, production: true },
        { name: "job-requirements", version: 3, production: false },
      ],
    });
    const resume = await versionsOf("resume-extraction");
    expect(resume.map((version) => [version.version, version.baseVersion, version.labels.map((l) => l.name)])).toEqual([
      [1, null, []],
      [2, 1, ["production"]],
    ]);
    expect(resume[1]!.template).toEqual(CODE_PROMPTS["resume-extraction"].template);
    const job = await versionsOf("job-requirements");
    expect(job.map((version) => [version.version, version.baseVersion, version.labels.map((l) => l.name)])).toEqual([
      [1, null, []],
      [2, 1, ["production"]],
      [3, 1, []],
    ]);
    expect(job[2]!.template).toEqual(CODE_PROMPTS["job-requirements"].template);
    const moves = await db.promptLabelEvent.findMany({
      where: { prompt: { name: "resume-extraction" }, label: "production" },
      orderBy: { createdAt: "asc" },
      select: { fromVersion: true, toVersion: true, actorName: true },
    });
    expect(moves.at(-1)).toEqual({ fromVersion: 1, toVersion: 2, actorName: "system" });

    // Started again, nothing is revised twice.
    expect(await ensureCodePrompts()).toEqual({ created: [], revised: [] });
  });

  it("is stored once when instances start at once", async () => {
    await asOlderCode("match-rationale");
    const [first, second] = await Promise.all([ensureCodePrompts(), ensureCodePrompts()]);
    expect([...first.revised, ...second.revised]).toEqual([{ name: "match-rationale", version: 2, production: true }]);
    expect((await versionsOf("match-rationale")).map((version) => version.version)).toEqual([1, 2]);
  });
});
