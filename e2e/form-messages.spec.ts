import { expect, test, type Page } from "@playwright/test";
import { STORAGE, expectNoSeriousViolations } from "./support";

// Forms say what is wrong in words, beside the field, never with an internal field name or type jargon.

async function expectNoJargon(page: Page) {
  const text = await page.getByRole("main").innerText();
  expect(text).not.toMatch(/band_override|Invalid input|expected \w+, received|`/);
}

test.describe("as a recruiter", () => {
  test.use({ storageState: STORAGE.recruiter });

  test("recording an outcome asks for an outcome or a band override, and a reason for an override", async ({
    page,
  }) => {
    await page.goto("/");
    await page.getByRole("table", { name: "Recent scores" }).getByRole("link").first().click();
    const row = page.getByRole("table", { name: "Scores received" }).getByRole("row").nth(1);
    await row.getByRole("button", { name: "Record outcome" }).click();
    const form = row.getByRole("form", { name: "Record an outcome" });
    await form.getByRole("button", { name: "Record outcome" }).click();
    await expect(form.getByRole("alert")).toHaveText("Choose an outcome, a band override, or both.");
    await form.getByLabel("Band override").selectOption("possible");
    await form.getByRole("button", { name: "Record outcome" }).click();
    await expect(form.getByLabel("Reason for the override")).toHaveAccessibleDescription(
      "A band override needs a reason.",
    );
    await expectNoJargon(page);
    await expectNoSeriousViolations(page);
  });

  test("a new job without a title or department says both are needed", async ({ page }) => {
    await page.goto("/jobs/new");
    await page.getByRole("button", { name: "Create job" }).click();
    await expect(page.getByLabel("Title")).toHaveAccessibleDescription("Must not be empty.");
    await expect(page.getByLabel("Department", { exact: true })).toHaveAccessibleDescription("Must not be empty.");
    await expectNoJargon(page);
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: STORAGE.admin });

  test("an API key needs a name and a scope", async ({ page }) => {
    await page.goto("/admin/api-keys");
    for (const box of await page.getByRole("checkbox").all()) await box.uncheck();
    await page.getByRole("button", { name: "Create key" }).click();
    await expect(page.getByLabel("Name")).toHaveAccessibleDescription("Must not be empty.");
    await expect(page.getByText("Choose at least one scope.")).toBeVisible();
    await expectNoJargon(page);
  });

  test("a new user needs a name, an e-mail address and a long enough password", async ({ page }) => {
    await page.goto("/admin/users");
    await page.getByLabel("Email").fill("sam.taylor");
    await page.getByLabel("Initial password").fill("short");
    await page.getByRole("button", { name: "Add user" }).click();
    await expect(page.getByLabel("Name")).toHaveAccessibleDescription("Must not be empty.");
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription(
      "Enter an e-mail address, such as name@example.com.",
    );
    await expect(page.getByLabel("Initial password")).toHaveAccessibleDescription("Must be at least 8 characters.");
    await expectNoJargon(page);
  });
});
