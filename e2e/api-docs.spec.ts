import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { STORAGE, expectNoSeriousViolations } from "./support";

const designPayload: unknown = JSON.parse(fs.readFileSync("test/fixtures/design-example-payload.json", "utf8"));

// The API is easy to try: every operation has an example, the reference is one tap from the app, and
// a key pasted into it calls this server.

test("every operation in /api/openapi.json has an example request and response", async ({ request }) => {
  const document = (await (await request.get("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, Operation>>;
  };
  type Operation = {
    requestBody?: { content: Record<string, { example?: unknown }> };
    responses: Record<string, { content?: Record<string, { example?: unknown }> }>;
  };
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ name: `${method} ${path}`, operation })),
  );
  expect(operations.length).toBeGreaterThan(40);
  for (const { name, operation } of operations) {
    const success = Object.entries(operation.responses).find(([status]) => status.startsWith("2"))![1];
    // JSON, or a download's own media type (the ranking as text/csv).
    const [media] = Object.values(success.content ?? {});
    expect(media?.example, name).toBeDefined();
    const body = operation.requestBody?.content["application/json"];
    if (body) expect(body.example, name).toBeDefined();
  }
  const v2 = document.paths["/api/v2/score"]!.post!;
  expect(v2.requestBody!.content["application/json"]!.example).toEqual(designPayload);
});

test.describe("as an admin", () => {
  test.use({ storageState: STORAGE.admin });

  test("creates a key, follows the link to the API reference and scores the DESIGN payload with it", async ({
    page,
  }, testInfo) => {
    await page.goto("/admin/api-keys");
    await page.getByLabel("Name").fill(`Try it ${Date.now()}`);
    await page.getByRole("button", { name: "Create key" }).click();
    const key = (await page.getByLabel("New API key").textContent())!.trim();
    await page.getByRole("main").getByRole("link", { name: "API reference" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Shortlist API" })).toBeVisible();
    // The key alone speaks for the caller: no session from here on.
    await page.context().clearCookies();

    await page.getByLabel("API key").fill(key);
    const v2 = page.locator("#postV2Score");
    await v2.getByText("Try it", { exact: true }).click();
    await expect(v2.getByLabel("Request body (JSON)")).toHaveValue(/"request_id": "req_123456"/);
    await v2.getByRole("button", { name: "Send POST" }).click();
    await expect(v2.getByRole("status")).toHaveText(/^200/);
    const answer = v2.getByRole("region", { name: "Response" });
    await expect(answer).toContainText('"request_id": "req_123456"');
    await expect(answer).toContainText('"band"');
    await page.screenshot({ path: testInfo.outputPath("api-reference-try-it.png"), fullPage: false });

    // Descriptions render their Markdown code as code: no backtick shows.
    expect(await page.getByRole("main").innerText()).not.toContain("`");
    await expect(page.locator("#getAdminModels").getByText("admin", { exact: true })).toHaveJSProperty(
      "tagName",
      "CODE",
    );
    await expectNoSeriousViolations(page);
  });

  test("a key without the admin scope is told so in plain words", async ({ page }) => {
    await page.goto("/admin/api-keys");
    await page.getByLabel("Name").fill(`Scoring only ${Date.now()}`);
    for (const scope of ["sync", "outcomes"])
      await page.getByRole("checkbox", { name: new RegExp(`^${scope} —`) }).uncheck();
    await page.getByRole("button", { name: "Create key" }).click();
    const key = (await page.getByLabel("New API key").textContent())!.trim();
    await page.goto("/docs/api");
    await page.context().clearCookies();
    await page.getByLabel("API key").fill(key);
    const models = page.locator("#getAdminModels");
    await models.getByText("Try it", { exact: true }).click();
    await models.getByRole("button", { name: "Send GET" }).click();
    await expect(models.getByRole("status")).toHaveText(/^403/);
    await expect(models.getByRole("region", { name: "Response" })).toContainText(
      '"detail": "This API key lacks the admin scope."',
    );
  });
});

test.describe("as a recruiter", () => {
  test.use({ storageState: STORAGE.recruiter });

  test("the API reference is in the navigation", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API reference" }).click();
    await expect(page).toHaveURL(/\/docs\/api$/);
    await expect(page.getByRole("link", { name: "/api/openapi.json" })).toBeVisible();
  });
});
