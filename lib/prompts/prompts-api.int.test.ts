import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as cancelRoute from "@/app/api/prompt-comparisons/[id]/cancel/route";
import * as itemsRoute from "@/app/api/prompt-comparisons/[id]/items/route";
import * as comparisonRoute from "@/app/api/prompt-comparisons/[id]/route";
import * as comparisonsRoute from "@/app/api/prompts/[name]/comparisons/route";
import * as diffRoute from "@/app/api/prompts/[name]/diff/route";
import * as labelRoute from "@/app/api/prompts/[name]/labels/[label]/route";
import * as promptRoute from "@/app/api/prompts/[name]/route";
import * as versionRoute from "@/app/api/prompts/[name]/versions/[version]/route";
import * as versionsRoute from "@/app/api/prompts/[name]/versions/route";
import * as promptsRoute from "@/app/api/prompts/route";
import { comparisonItemPageJson, comparisonJson } from "@/lib/contracts/prompt-comparisons";
import { diffJson, promptDetailJson } from "@/lib/contracts/prompts";
import { db } from "@/lib/db";
import { settleComparisons } from "@/lib/prompt-comparisons";
import { apiKeyWithScopes, signedInUser, type TestUser } from "@/test/helpers/actors";
import { withEnv } from "@/test/helpers/env";
import { bearer, callRoute } from "@/test/helpers/http";
import { taskPrompt, useDatabasePrompts } from "@/test/helpers/prompts";
import { unique } from "@/test/helpers/unique";

// The prompt API end to end through the route handlers: what an admin does in the editor, what a
// recruiter may read and may not change, and the documented response shapes.

let admin: TestUser;
let recruiter: TestUser;
let restore: () => void;

beforeAll(async () => {
  [admin, recruiter] = await Promise.all([signedInUser("ADMIN"), signedInUser("RECRUITER")]);
  restore = useDatabasePrompts();
});
afterAll(() => restore());

const as = (user: TestUser) => ({ cookie: user.cookie });
const template = (line: string) => [
  { role: "system", content: `You read résumés.\n${line}` },
  { role: "user", content: "<resume>\n{{resume}}\n</resume>" },
];

describe("prompt API", () => {
  it("an admin saves a version, diffs it and moves production; a recruiter reads but cannot write", async () => {
    const { name } = await taskPrompt("resume-extraction");
    const params = { name };

    const created = await callRoute(versionsRoute.POST, {
      headers: as(admin),
      params,
      body: {
        template: template("Report at most 3 technical skills."),
        config: { temperature: 0.1, response_schema: "resume_extraction" },
        message: "Fewer skills",
        base_version: 1,
      },
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      version: 2,
      base_version: 1,
      variables: ["resume"],
      config: { temperature: 0.1 },
      author: "Test ADMIN",
    });

    const invalid = await callRoute(versionsRoute.POST, {
      headers: as(admin),
      params,
      body: { template: [{ role: "user", content: "{{resume}} {{job}}" }], message: "bad" },
    });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe("template");

    const diff = diffJson.parse(
      await (
        await callRoute(diffRoute.GET, {
          headers: as(recruiter),
          params,
          path: `/api/prompts/${name}/diff?from=1&to=2`,
        })
      ).json(),
    );
    expect(diff.lines.filter((line) => line.kind === "add").map((line) => line.text)).toContain(
      "Report at most 3 technical skills.",
    );
    expect(diff.config).toEqual([{ key: "temperature", from: 0, to: 0.1 }]);

    const refused = await callRoute(labelRoute.PUT, {
      headers: as(recruiter),
      params: { name, label: "production" },
      body: { version: 2 },
    });
    expect(refused.status).toBe(403);
    const stale = await callRoute(labelRoute.PUT, {
      headers: as(admin),
      params: { name, label: "production" },
      body: { version: 2, expected_from_version: 2 },
    });
    expect(stale.status).toBe(409);
    const moved = await callRoute(labelRoute.PUT, {
      headers: as(admin),
      params: { name, label: "production" },
      body: { version: 2, expected_from_version: 1, note: "ship it" },
    });
    expect(await moved.json()).toEqual({ label: "production", from_version: 1, to_version: 2, moved: true });

    const detail = promptDetailJson.parse(
      await (await callRoute(promptRoute.GET, { headers: as(recruiter), params })).json(),
    );
    expect(detail.labels).toEqual([expect.objectContaining({ name: "production", version: 2 })]);
    expect(detail.events[0]).toMatchObject({
      label: "production",
      from_version: 1,
      to_version: 2,
      actor: "Test ADMIN",
      note: "ship it",
    });
    expect(detail.last_change).toMatchObject({ kind: "label", summary: "production moved from version 1 to 2" });

    const one = await callRoute(versionRoute.GET, { headers: as(recruiter), params: { name, version: "2" } });
    expect(await one.json()).toMatchObject({ version: 2, message: "Fewer skills" });
    const list = await callRoute(promptsRoute.GET, { headers: as(recruiter) });
    expect(((await list.json()) as { items: { name: string }[] }).items.map((item) => item.name)).toContain(name);
    expect(
      (
        await callRoute(versionsRoute.POST, {
          headers: as(recruiter),
          params,
          body: { template: template("x"), message: "m" },
        })
      ).status,
    ).toBe(403);
  });

  it("an admin API key creates prompts; names are unique", async () => {
    const key = bearer((await apiKeyWithScopes(["admin"])).key);
    const name = unique("api-text");
    const body = { name, type: "text", variables: ["topic"], template: "Write about {{topic}}." };
    const created = await callRoute(promptsRoute.POST, { headers: key, body });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      name,
      type: "text",
      task: null,
      variables: ["topic"],
      latest_version: 1,
    });
    expect((await callRoute(promptsRoute.POST, { headers: key, body })).status).toBe(409);
    expect(
      (await callRoute(promptsRoute.POST, { headers: bearer((await apiKeyWithScopes(["scoring"])).key), body })).status,
    ).toBe(403);
  });

  it("starts, reads, pages and cancels comparisons with the documented shapes", async () => {
    const { name } = await taskPrompt("resume-extraction");
    await callRoute(versionsRoute.POST, {
      headers: as(admin),
      params: { name },
      body: { template: template("Two."), message: "two" },
    });
    const candidate = await db.candidate.create({
      data: { fullName: unique("api cmp"), resumeText: "Python engineer, 5 years." },
      select: { id: true },
    });
    const body = {
      version_a: 1,
      version_b: 2,
      dataset: { kind: "candidates", ids: [candidate.id, candidate.id] },
      seed: 4,
    };

    expect((await callRoute(comparisonsRoute.POST, { headers: as(recruiter), params: { name }, body })).status).toBe(
      403,
    );
    expect(
      (
        await callRoute(comparisonsRoute.POST, {
          headers: as(admin),
          params: { name },
          body: { ...body, version_b: 1 },
        })
      ).status,
    ).toBe(400);

    const started = await withEnv({ LLM_PROVIDER: undefined, ENV: undefined, LLM_FALLBACKS: undefined }, async () => {
      const response = await callRoute(comparisonsRoute.POST, { headers: as(admin), params: { name }, body });
      await settleComparisons();
      return response;
    });
    expect(started.status).toBe(202);
    const { id } = comparisonJson.parse(await started.json());

    const read = comparisonJson.parse(
      await (await callRoute(comparisonRoute.GET, { headers: as(recruiter), params: { id } })).json(),
    );
    expect(read).toMatchObject({
      status: "completed",
      total: 2,
      completed: 2,
      builtin_answers: { a: 2, b: 2 },
      summary: { items: 2, validity: { a: 1, b: 1 } },
    });
    const page = comparisonItemPageJson.parse(
      await (
        await callRoute(itemsRoute.GET, {
          headers: as(recruiter),
          params: { id },
          path: `/api/prompt-comparisons/${id}/items?limit=1&offset=1`,
        })
      ).json(),
    );
    expect(page).toMatchObject({
      total: 2,
      limit: 1,
      offset: 1,
      items: [{ position: 1, status: "done", changed: false }],
    });
    const listed = await callRoute(comparisonsRoute.GET, { headers: as(recruiter), params: { name } });
    expect(((await listed.json()) as { items: { id: string }[] }).items.map((item) => item.id)).toEqual([id]);
    expect((await callRoute(cancelRoute.POST, { headers: as(admin), params: { id } })).status).toBe(409);
  });
});
