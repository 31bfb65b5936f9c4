import { expect, test } from "@playwright/test";
import { STORAGE, expectNoSeriousViolations } from "./support";

// The demo has three titles twice (lib/demo/catalog.ts); pickers tell them apart and search as you type.

test.describe("as a recruiter", () => {
  test.use({ storageState: STORAGE.recruiter });

  test("two jobs with the same title differ by place and opening date, and typing narrows them", async ({
    page,
  }, testInfo) => {
    await page.goto("/score");
    const picker = page.getByRole("combobox", { name: "Score against" });
    await picker.click();
    await picker.fill("senior data scientist");
    const options = page.getByRole("listbox", { name: "Score against: options" }).getByRole("option");
    await expect(options).toHaveCount(2);
    const details = await options.allInnerTexts();
    for (const detail of details)
      expect(detail).toMatch(/^Senior Data Scientist\nData · .+ · opened \d{1,2} \w+ \d{4}$/);
    expect(new Set(details).size).toBe(2);
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: testInfo.outputPath("job-picker.png") });

    const place = details[1]!.split(" · ")[1]!;
    await picker.fill(`scientist ${place}`);
    await expect(options).toHaveCount(1);
    await picker.press("Enter");
    await expect(picker).toHaveValue("Senior Data Scientist");
    await expect(picker).toHaveAccessibleDescription(new RegExp(`^Data · ${place} · opened`));

    await picker.fill("no such job anywhere");
    await expect(page.getByRole("status").filter({ hasText: "Nothing matches" })).toBeVisible();
    await picker.press("Escape");
    await expect(picker).toHaveValue("Senior Data Scientist");
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: STORAGE.admin });

  test("the prompt comparison's job picker searches the same way, with no job as a choice", async ({ page }) => {
    await page.goto("/prompts/resume-extraction/compare");
    const picker = page.getByRole("combobox", { name: /Score candidates against/ });
    await picker.click();
    await picker.fill("product manager");
    const options = page.getByRole("listbox").getByRole("option");
    await expect(options).toHaveCount(2);
    await picker.press("ArrowDown");
    await picker.press("Enter");
    await expect(picker).toHaveValue("Senior Product Manager");
    await picker.fill("no scoring");
    await expect(options).toHaveCount(1);
    await options.first().click();
    await expect(picker).toHaveValue("No scoring");
  });
});
