import { expect, test } from "@playwright/test";
import { SAME_ORIGIN, STORAGE } from "./support";

// Prompt management end to end. The admin journey runs on a prompt of its own (a copy of the production
// résumé-extraction prompt, for the same task), so moving its labels cannot change what other specs see.
// Prompts really run: the app's LLM provider is the fake OpenAI-compatible server playwright.config.ts
// starts, which answers like the builtin rules and obeys "at most N technical skills".

const LIMIT_LINE = "Report at most 3 technical skills.";

test.describe("as an admin", () => {
  test.use({ storageState: STORAGE.admin });

  test("edits the extraction prompt, compares it with production on 50 candidates, and promotes it", async ({
    page,
  }, testInfo) => {
    test.setTimeout(240_000);

    const source = await (await page.request.get("/api/prompts/resume-extraction")).json();
    const production = source.versions.find(
      (version: { version: number }) =>
        version.version === source.labels.find((label: { name: string }) => label.name === "production").version,
    );
    const name = `resume-e2e-${Date.now().toString(36)}`;
    const created = await page.request.post("/api/prompts", {
      headers: SAME_ORIGIN,
      data: {
        name,
        type: "chat",
        task: "resume-extraction",
        description: "E2E copy of resume-extraction",
        template: production.template,
        config: production.config,
        message: "Copy of production",
      },
    });
    expect(created.status()).toBe(201);

    await page.goto("/prompts");
    await expect(page.getByRole("table", { name: "Prompts" })).toContainText("resume-extraction");
    await page.getByRole("link", { name, exact: true }).click();
    await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();

    // Edit: an unknown variable is caught as it is typed; the fixed template saves as version 2.
    await page.getByRole("link", { name: "New version" }).click();
    await expect(page.getByRole("heading", { name: `New version of ${name}` })).toBeVisible();
    const system = page.getByLabel("Message 1 (system)");
    const original = await system.inputValue();
    await system.fill(`${original}\n${LIMIT_LINE} Mention {{job}}.`);
    await expect(page.getByRole("list", { name: "Template problems" })).toContainText("Unknown variables: job");
    await expect(page.getByRole("button", { name: "Save as new version" })).toBeDisabled();
    await system.fill(`${original}\n${LIMIT_LINE}`);
    await expect(page.getByTestId("template-variables")).toContainText("{{resume}}");
    // The editor says which model each provider of the chain will run for this version.
    const willRun = page.getByRole("list", { name: "Models that will run" });
    await expect(willRun).toContainText("openai gpt-4.1-mini (configured)");
    await page.getByLabel("Model's provider").selectOption("openai");
    await page.getByLabel("Model", { exact: true }).fill("gpt-4.1");
    await expect(willRun).toContainText("openai gpt-4.1 (this version's model)");
    await page.getByLabel("Model's provider").selectOption("");
    await expect(willRun).toContainText("openai gpt-4.1-mini (configured)");
    await page.getByLabel("Model", { exact: true }).fill("");
    await page.getByLabel("What changed").fill("Ask for at most 3 technical skills");
    await page.getByRole("button", { name: "Save as new version" }).click();

    // The diff of the new version against the one it came from.
    await expect(page).toHaveURL(new RegExp(`/prompts/${name}/diff\\?from=1&to=2`));
    await expect(page.getByRole("heading", { name: `${name}: v1 → v2` })).toBeVisible();
    await expect(page.locator('[data-diff="add"]')).toContainText(LIMIT_LINE);
    await expect(page.locator('[data-diff="remove"]')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath("prompt-diff.png"), fullPage: true });

    // Compare v1 (production) with v2 on 50 stored candidates, scored against a job.
    await page.getByRole("link", { name: "Back to the prompt" }).click();
    await page.getByRole("link", { name: "Compare versions" }).click();
    await expect(page.getByLabel("Version A (baseline)")).toHaveValue("1");
    await expect(page.getByLabel("Version B (candidate)")).toHaveValue("2");
    await expect(page.getByLabel("Number of candidates")).toHaveValue("50");
    await page.getByRole("button", { name: "Run comparison" }).click();
    await expect(page).toHaveURL(new RegExp(`/prompts/${name}/comparisons/`));
    await expect(page.getByTestId("comparison-progress")).toHaveText("50 of 50 items", { timeout: 180_000 });
    await expect(page.getByText("completed", { exact: true })).toBeVisible();

    const results = page.getByRole("table", { name: "Comparison results" });
    await expect(results.getByRole("row", { name: /Valid output rate/ })).toContainText("100.0 %");
    await expect(results.getByRole("row", { name: /Candidates changing band/ })).toBeVisible();
    await expect(results.getByRole("row", { name: /Rank correlation/ })).toBeVisible();
    const agreement = page.getByRole("table", { name: "Agreement per field" });
    await expect(agreement.locator('[data-field="seniority"]')).toContainText("100.0 %");
    await expect(agreement.locator('[data-field="technical_skills"]')).not.toContainText("100.0 %");
    await page.getByLabel("Only items where the versions differ").check();
    await expect(page.getByTestId("comparison-item").first()).toContainText("differs");
    await page.screenshot({ path: testInfo.outputPath("prompt-comparison.png"), fullPage: true });

    // Promote v2, with the comparison in the audit trail.
    await page.getByRole("button", { name: "Promote v2 to production…" }).click();
    await expect(page.getByRole("alertdialog", { name: "Confirm label move" })).toContainText("from v1 to v2");
    await page.getByRole("button", { name: "Confirm move" }).click();
    await expect(page.getByText("production now points at v2")).toBeVisible();

    await page.getByRole("link", { name: "Back to the prompt" }).click();
    await expect(page.getByText("production → v2")).toBeVisible();
    const history = page.getByRole("table", { name: "Label history" });
    await expect(history.getByRole("row").nth(1)).toContainText("v1 → v2");
    await expect(history.getByRole("link", { name: "Comparison" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("prompt-promoted.png"), fullPage: true });

    // Rolling back is moving the label back.
    await page.getByLabel("To version").selectOption("1");
    await page.getByRole("button", { name: "Move…" }).click();
    await expect(page.getByRole("alertdialog", { name: "Confirm label move" })).toContainText("from v2 to v1");
    await page.getByRole("button", { name: "Confirm move" }).click();
    await expect(page.getByText("production now points at v1.")).toBeVisible();
    await expect(history.getByRole("row").nth(1)).toContainText("v2 → v1");
  });
});

test.describe("as a recruiter", () => {
  test.use({ storageState: STORAGE.recruiter });

  test("reads prompts but cannot edit them: no controls, and the API answers 403", async ({ page }, testInfo) => {
    await page.goto("/prompts/resume-extraction");
    await expect(page.getByRole("heading", { name: "resume-extraction", exact: true })).toBeVisible();
    await expect(page.getByRole("table", { name: "Versions" })).toBeVisible();
    await expect(page.getByRole("link", { name: "New version" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Compare versions" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Edit from here" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Move a label" })).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath("prompt-recruiter.png"), fullPage: true });

    expect((await page.goto("/prompts/resume-extraction/edit"))?.status()).toBe(403);
    expect((await page.goto("/prompts/resume-extraction/compare"))?.status()).toBe(403);

    expect((await page.request.get("/api/prompts")).status()).toBe(200);
    const writes = [
      page.request.post("/api/prompts/resume-extraction/versions", {
        headers: SAME_ORIGIN,
        data: { template: [{ role: "user", content: "{{resume}}" }], message: "nope" },
      }),
      page.request.put("/api/prompts/resume-extraction/labels/production", {
        headers: SAME_ORIGIN,
        data: { version: 1 },
      }),
      page.request.post("/api/prompts/resume-extraction/comparisons", {
        headers: SAME_ORIGIN,
        data: { version_a: 1, version_b: 2, dataset: { kind: "candidates" } },
      }),
    ];
    for (const response of await Promise.all(writes)) expect(response.status()).toBe(403);
  });
});
