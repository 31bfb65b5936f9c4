import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { Conflict, Invalid, NotFound } from "@/lib/errors";
import { llmRuntime } from "@/lib/llm/runtime";
import { runTask } from "@/lib/llm/run-task";
import {
  createPrompt,
  createPromptVersion,
  databasePromptSource,
  ensureCodePrompts,
  getPromptDetail,
  movePromptLabel,
  PromptNotFound,
} from "@/lib/prompts";
import { CODE_PROMPTS } from "@/lib/prompts/code-prompts";
import { startFakeLlmServer, type FakeLlmServer } from "@/test/fake-llm/server";
import { withEnv } from "@/test/helpers/env";
import { resumeResponder, TEST_KEY } from "@/test/helpers/llm";
import { adminActor, taskPrompt, useDatabasePrompts } from "@/test/helpers/prompts";
import { unique } from "@/test/helpers/unique";

let admin: UserActor;

beforeAll(async () => {
  admin = await adminActor("Ada Registry");
});

const resumeTemplate = (extra: string) => [
  { role: "system" as const, content: `You read résumés. ${extra}` },
  { role: "user" as const, content: "<resume>\n{{resume}}\n</resume>" },
];

describe("versions", () => {
  it("a new prompt starts at version 1 labelled production, with the creation in the audit trail", async () => {
    const { name } = await taskPrompt("resume-extraction", admin);
    const detail = await getPromptDetail({ input: { name } });
    expect(detail).toMatchObject({ type: "chat", task: "resume-extraction", variables: ["resume"], latestVersion: 1 });
    expect(detail.labels).toEqual([expect.objectContaining({ name: "production", version: 1 })]);
    expect(detail.versions[0]).toMatchObject({
      version: 1,
      authorName: "Ada Registry",
      labels: ["production", "latest"],
      variables: ["resume"],
    });
    expect(detail.events).toEqual([
      expect.objectContaining({ label: "production", fromVersion: null, toVersion: 1, actorName: "Ada Registry" }),
    ]);
  });

  it("refuses, at save time, unknown and missing variables, the wrong template type and another response schema", async () => {
    const { name } = await taskPrompt("resume-extraction");
    const save = (template: unknown, config: object = {}) =>
      createPromptVersion({ ctx: admin, input: { name, template: template as string, config, message: "try" } });
    await expect(save([{ role: "user", content: "{{resume}} {{job}}" }])).rejects.toMatchObject({
      errors: [{ path: "template", message: expect.stringContaining("Unknown variables: job") }],
    });
    await expect(save([{ role: "user", content: "no variables" }])).rejects.toMatchObject({
      errors: [{ path: "template", message: expect.stringContaining("Missing variables: resume") }],
    });
    await expect(save([{ role: "user", content: "{{resume}} {{ broken" }])).rejects.toBeInstanceOf(Invalid);
    await expect(save("a text, but this is a chat prompt {{resume}}")).rejects.toThrow(/chat prompt/);
    await expect(save(resumeTemplate("ok"), { responseSchema: "job_requirements" })).rejects.toMatchObject({
      errors: [{ path: "config.response_schema" }],
    });
    await expect(
      createPromptVersion({ ctx: admin, input: { name: unique("missing"), template: "x", message: "m" } }),
    ).rejects.toBeInstanceOf(NotFound);
    expect((await getPromptDetail({ input: { name } })).versionCount).toBe(1);
  });

  it("numbers concurrent saves 2, 3, 4… with no duplicate and no gap", async () => {
    const { name } = await taskPrompt("resume-extraction");
    const saves = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        createPromptVersion({
          ctx: admin,
          input: { name, template: resumeTemplate(`Variant ${i}.`), message: `variant ${i}`, baseVersion: 1 },
        }),
      ),
    );
    expect(saves.map((version) => version.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 2),
    );
    const stored = await db.promptVersion.findMany({
      where: { prompt: { name } },
      select: { version: true, baseVersion: true },
    });
    expect(new Set(stored.map((row) => row.version)).size).toBe(13);
  });

  it("text prompts take one template string, with their own declared variables", async () => {
    const name = unique("free-text");
    await createPrompt({
      ctx: admin,
      input: { name, type: "text", variables: ["topic"], template: "Write about {{topic}}." },
    });
    const version = await createPromptVersion({
      ctx: admin,
      input: { name, template: "Write briefly about {{topic}}.", message: "shorter" },
    });
    expect(version).toMatchObject({ version: 2, template: "Write briefly about {{topic}}." });
    await expect(
      createPrompt({ ctx: admin, input: { name, type: "text", variables: ["topic"], template: "{{topic}}" } }),
    ).rejects.toBeInstanceOf(Conflict);
  });
});

describe("labels", () => {
  it("moves labels, records every move, and rolls back by moving again", async () => {
    const { name } = await taskPrompt("resume-extraction");
    await createPromptVersion({ ctx: admin, input: { name, template: resumeTemplate("Two."), message: "two" } });
    await createPromptVersion({ ctx: admin, input: { name, template: resumeTemplate("Three."), message: "three" } });

    expect(
      await movePromptLabel({ ctx: admin, input: { name, label: "production", version: 2, expectedFromVersion: 1 } }),
    ).toEqual({
      label: "production",
      fromVersion: 1,
      toVersion: 2,
      moved: true,
    });
    await movePromptLabel({ ctx: admin, input: { name, label: "staging", version: 3 } });
    await movePromptLabel({
      ctx: { kind: "apiKey", apiKeyId: "k", name: "CI", scopes: ["admin"] },
      input: { name, label: "production", version: 1, note: "rollback" },
    });
    expect((await movePromptLabel({ ctx: admin, input: { name, label: "production", version: 1 } })).moved).toBe(false);

    const detail = await getPromptDetail({ input: { name } });
    expect(detail.labels.map((label) => `${label.name}@${label.version}`)).toEqual(["production@1", "staging@3"]);
    expect(
      detail.events.map((event) => [event.label, event.fromVersion, event.toVersion, event.actorName, event.note]),
    ).toEqual([
      ["production", 2, 1, "API key CI", "rollback"],
      ["staging", null, 3, "Ada Registry", ""],
      ["production", 1, 2, "Ada Registry", ""],
      ["production", null, 1, "test", "Created"],
    ]);
    expect(detail.versions.find((version) => version.version === 3)?.labels).toEqual(["staging", "latest"]);
  });

  it("refuses a move made on stale information, `latest`, unknown versions and foreign comparisons", async () => {
    const { name } = await taskPrompt("resume-extraction");
    await createPromptVersion({ ctx: admin, input: { name, template: resumeTemplate("Two."), message: "two" } });
    await expect(
      movePromptLabel({ ctx: admin, input: { name, label: "production", version: 2, expectedFromVersion: 2 } }),
    ).rejects.toBeInstanceOf(Conflict);
    await expect(movePromptLabel({ ctx: admin, input: { name, label: "latest", version: 2 } })).rejects.toThrow(
      /latest/,
    );
    await expect(
      movePromptLabel({ ctx: admin, input: { name, label: "production", version: 9 } }),
    ).rejects.toBeInstanceOf(NotFound);
    await expect(
      movePromptLabel({ ctx: admin, input: { name, label: "production", version: 2, comparisonId: "nope" } }),
    ).rejects.toBeInstanceOf(Invalid);
    await expect(movePromptLabel({ ctx: admin, input: { name, label: "Bad Label", version: 2 } })).rejects.toThrow();
  });

  it("concurrent moves of one label leave an audit trail whose from/to chain up", async () => {
    const { name } = await taskPrompt("resume-extraction");
    for (const n of [2, 3, 4])
      await createPromptVersion({ ctx: admin, input: { name, template: resumeTemplate(`V${n}.`), message: `v${n}` } });
    await Promise.all(
      [2, 3, 4, 2, 3].map((version) => movePromptLabel({ ctx: admin, input: { name, label: "production", version } })),
    );
    const events = (await getPromptDetail({ input: { name } })).events
      .filter((event) => event.label === "production")
      .reverse();
    for (let i = 1; i < events.length; i++) expect(events[i]!.fromVersion).toBe(events[i - 1]!.toVersion);
  });
});

describe("the database prompt source", () => {
  it("resolves labels and exact versions, falls back to code for prompts it lacks", async () => {
    const { name } = await taskPrompt("resume-extraction");
    await createPromptVersion({ ctx: admin, input: { name, template: resumeTemplate("Two."), message: "two" } });
    const source = databasePromptSource({ ttlMs: 0 });
    expect(await source.resolve(name, "production")).toMatchObject({ name, version: 1, versionId: expect.any(String) });
    expect(await source.resolve(name, "latest")).toMatchObject({ version: 2 });
    const cached = databasePromptSource({ ttlMs: 60_000 });
    expect((await cached.resolve(name, "latest")).version).toBe(2);
    await createPromptVersion({ ctx: admin, input: { name, template: resumeTemplate("Three."), message: "three" } });
    expect((await cached.resolve(name, "latest")).version).toBe(3);
    expect((await source.resolveVersion(name, 2)).template).toEqual(resumeTemplate("Two."));
    await expect(source.resolve(name, "staging")).rejects.toBeInstanceOf(PromptNotFound);
    await expect(source.resolveVersion(name, 4)).rejects.toBeInstanceOf(PromptNotFound);
    await expect(source.resolve(unique("unknown"), "production")).rejects.toBeInstanceOf(PromptNotFound);
  });

  it("sees a move on this instance at once and one made elsewhere within the TTL", async () => {
    const { name } = await taskPrompt("resume-extraction");
    await createPromptVersion({ ctx: admin, input: { name, template: resumeTemplate("Two."), message: "two" } });
    let now = 1_000_000;
    const source = databasePromptSource({ ttlMs: 10_000, now: () => now });
    expect((await source.resolve(name, "production")).version).toBe(1);
    await movePromptLabel({ ctx: admin, input: { name, label: "production", version: 2 } });
    expect((await source.resolve(name, "production")).version).toBe(2);

    // Another instance moves it back: this one keeps serving its cached answer until the TTL runs out.
    const v1 = await db.promptVersion.findFirstOrThrow({
      where: { prompt: { name }, version: 1 },
      select: { id: true },
    });
    await db.promptLabel.updateMany({ where: { prompt: { name }, name: "production" }, data: { versionId: v1.id } });
    now += 9_000;
    expect((await source.resolve(name, "production")).version).toBe(2);
    now += 2_000;
    expect((await source.resolve(name, "production")).version).toBe(1);
  });
});

describe("seeding from code", () => {
  it("stores the gateway's prompts as version 1 in production, once, even when started twice at once", async () => {
    await Promise.all([ensureCodePrompts(), ensureCodePrompts()]);
    expect(await ensureCodePrompts()).toEqual({ created: [], revised: [] });
    for (const name of ["resume-extraction", "job-requirements", "match-rationale"] as const) {
      const detail = await getPromptDetail({ input: { name } });
      const first = detail.versions.find((version) => version.version === 1);
      expect(first?.template).toEqual(CODE_PROMPTS[name].template);
      expect(detail.task).toBe(name);
      expect(detail.labels.some((label) => label.name === "production")).toBe(true);
    }
  });
});

describe("the gateway with prompts from the registry", () => {
  let server: FakeLlmServer;
  let restore: () => void;
  beforeAll(async () => {
    server = await startFakeLlmServer({ responder: resumeResponder });
    restore = useDatabasePrompts();
  });
  afterAll(async () => {
    restore();
    await server.close();
  });

  it("runs the labelled version, then exactly the version asked for, and records it on the Generation", async () => {
    const { name } = await taskPrompt("resume-extraction");
    const v2 = await createPromptVersion({
      ctx: admin,
      input: { name, template: resumeTemplate("MARK-TWO"), message: "two" },
    });
    await movePromptLabel({ ctx: admin, input: { name, label: "production", version: 2 } });
    const env = {
      LLM_PROVIDER: "openai",
      OPENAI_BASE_URL: server.openaiBaseUrl,
      OPENAI_API_KEY: TEST_KEY,
      LLM_FALLBACKS: "builtin",
      LLM_MAX_RETRIES: "0",
    };
    await withEnv(env, async () => {
      const ctx = { kind: "system" as const, name: "test" };
      const labelled = await runTask({
        gateway: llmRuntime().gateway,
        ctx,
        task: "resume-extraction",
        input: { text: "Jane, Python" },
        prompt: { name },
      });
      expect(labelled.prompt).toEqual({ name, version: 2 });
      expect(server.requests.at(-1)?.prompt).toContain("MARK-TWO");
      const row = await db.generation.findUniqueOrThrow({ where: { id: labelled.generationId! } });
      expect(row).toMatchObject({
        promptName: name,
        promptVersionNumber: 2,
        promptVersionId: v2.id,
        comparisonItemId: null,
      });

      const pinned = await runTask({
        gateway: llmRuntime().gateway,
        ctx,
        task: "resume-extraction",
        input: { text: "Jane, Python" },
        prompt: { name, version: 1 },
      });
      expect(pinned.prompt).toEqual({ name, version: 1 });
      expect(server.requests.at(-1)?.prompt).not.toContain("MARK-TWO");
    });
  });
});
