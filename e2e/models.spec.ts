import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { SAME_ORIGIN, STORAGE } from "./support";

// Admin → Models: a version compared with the active model on recent demo history, activated with a note
// after confirmation, and the activation in the audit trail. The version activated carries the active
// weights under a new name, so the specs running beside this one keep their scores.

interface ModelJson {
  version: string;
  active: boolean;
  definition: { intercept: number; terms: Record<string, unknown>; bands: Record<string, number> };
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`),
  ).toEqual([]);
}

test.describe("as an admin", () => {
  test.use({ storageState: STORAGE.admin });

  test("compares a model version with the active one, activates it after confirming, and sees it audited", async ({
    page,
  }, testInfo) => {
    const listed = (await (await page.request.get("/api/admin/models")).json()) as { items: ModelJson[] };
    const active = listed.items.find((model) => model.active)!;
    const stamp = Date.now();
    const generous = `e2e-generous-${stamp}`;
    const copy = `e2e-copy-${stamp}`;
    for (const [version, intercept] of [
      [generous, active.definition.intercept + 1.5],
      [copy, active.definition.intercept],
    ] as const) {
      const created = await page.request.post("/api/admin/models", {
        headers: SAME_ORIGIN,
        data: { version, definition: { ...active.definition, intercept }, notes: `Made by the e2e spec (${version}).` },
      });
      expect(created.status()).toBe(201);
    }

    await page.goto("/admin/models");
    const versions = page.getByRole("table", { name: "Model versions" });
    await expect(versions).toBeVisible();
    // The fresh install's default model was fitted: its held-out figures are listed.
    const activeRow = versions.getByRole("row", { name: new RegExp(active.version) });
    await expect(activeRow.getByText("active", { exact: true })).toBeVisible();
    await expect(activeRow).toContainText(/0\.\d{3}/);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: new RegExp(`^Compare with active\\s*\\(${generous}\\)$`) }).click();
    await expect(page.getByRole("heading", { name: `Model ${generous}` })).toBeVisible();
    await expect(page.getByTestId("band-change-summary")).toContainText(/\d+ of 500 recent scores would change band/);
    await expect(page.getByRole("table", { name: /Band transitions/ })).toBeVisible();
    await expect(page.getByRole("table", { name: /would change band, largest change first/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /Each recent score under/ })).toBeVisible();
    await expect(page.getByRole("table", { name: new RegExp(`Weights of ${generous}`) })).toBeVisible();
    await page.getByLabel("Recent scores", { exact: true }).selectOption("100");
    await expect(page.getByTestId("band-change-summary")).toContainText("of 100 recent scores");
    await page.screenshot({ path: testInfo.outputPath("model-comparison.png"), fullPage: true });
    await expectNoAxeViolations(page);

    await page.goto(`/admin/models/${copy}`);
    await expect(page.getByTestId("band-change-summary")).toContainText("0 of 500 recent scores would change band");
    await page.getByLabel("Note (optional)").fill("Same weights, checked by the e2e spec");
    await page.getByRole("button", { name: "Activate…" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Confirm activation" });
    await expect(dialog).toContainText(`Replace ${active.version} with ${copy}?`);
    await expectNoAxeViolations(page);
    try {
      await dialog.getByRole("button", { name: "Confirm activation" }).click();
      // Once activated, the page shows the version as the active model (the activation form is gone).
      await expect(page.getByText("This is the active model.")).toBeVisible();
      await expect(page.getByRole("button", { name: "Activate…" })).toHaveCount(0);

      await page.goto("/admin/models");
      const trail = page.getByRole("table", { name: "Model activations" });
      const audited = trail.getByRole("row", { name: new RegExp(`${active.version} → ${copy}`) });
      await expect(audited).toContainText("Ada Admin");
      await expect(audited).toContainText("Same weights, checked by the e2e spec");
    } finally {
      const restored = await page.request.post("/api/admin/models/activations", {
        headers: SAME_ORIGIN,
        data: { version: active.version, note: "Restored by the e2e spec" },
      });
      expect(restored.status()).toBe(200);
    }
  });
});

test.describe("as a recruiter", () => {
  test.use({ storageState: STORAGE.recruiter });

  test("neither the page nor its API is available", async ({ page }) => {
    const response = await page.goto("/admin/models");
    expect(response?.status()).toBe(403);
    expect((await page.request.get("/api/admin/models/activations")).status()).toBe(403);
    const activation = await page.request.post("/api/admin/models/activations", {
      headers: SAME_ORIGIN,
      data: { version: "anything" },
    });
    expect(activation.status()).toBe(403);
  });
});
