import { expect, test, type Page } from "@playwright/test";
import { RECRUITER, STORAGE, expectNoSeriousViolations } from "./support";

// The main journeys on a phone (390 × 844, touch): every page fits the screen's width (wide tables scroll
// inside their own box), the navigation opens from the Menu button, and every action is a tap.

const PHONE = { width: 390, height: 844 };
test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

/** The page is no wider than the phone: nothing makes it scroll sideways. */
async function expectFitsTheScreen(page: Page) {
  await expect(page.getByRole("main")).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} is ${width} px wide on a ${PHONE.width} px screen`).toBeLessThanOrEqual(PHONE.width);
}

/** Opens the menu and taps a link of the given navigation. */
async function tapNavLink(page: Page, navigation: "Main" | "Admin", name: string) {
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(page.getByRole("navigation", { name: navigation })).toBeHidden();
  await menu.tap();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  const link = page.getByRole("navigation", { name: navigation }).getByRole("link", { name, exact: true });
  await expect(link).toBeInViewport();
  const box = (await link.boundingBox())!;
  expect(box.height, `${name} is a comfortable touch target`).toBeGreaterThanOrEqual(44);
  await link.tap();
}

test("signing in by touch", async ({ page }) => {
  await page.goto("/login");
  await expectFitsTheScreen(page);
  await page.getByLabel("Email").tap();
  await page.getByLabel("Email").fill(RECRUITER.email);
  await page.getByLabel("Password").tap();
  await page.getByLabel("Password").fill(RECRUITER.password);
  await page.getByRole("button", { name: "Sign in" }).tap();
  await expect(page.getByRole("heading", { level: 1, name: /^Welcome/ })).toBeVisible();
  await expectFitsTheScreen(page);
  await expectNoSeriousViolations(page);
});

test.describe("as a recruiter", () => {
  test.use({ storageState: STORAGE.recruiter });

  test("every navigation link is reachable from the menu, and every page fits the screen", async ({ page }) => {
    await page.goto("/");
    for (const [name, path, heading] of [
      ["Jobs", "/jobs", "Jobs"],
      ["Candidates", "/candidates", "Candidates"],
      ["Score a candidate", "/score", "Score a candidate"],
      ["Prompts", "/prompts", "Prompts"],
      ["Drift", "/drift", "Drift"],
      ["Overview", "/", /^Welcome/],
    ] as const) {
      await tapNavLink(page, "Main", name);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expectFitsTheScreen(page);
      await expectNoSeriousViolations(page);
    }
    await tapNavLink(page, "Main", "API reference");
    await expect(page.getByRole("heading", { level: 1, name: "Shortlist API" })).toBeVisible();
    await expectFitsTheScreen(page);
  });

  test("a job's ranking shows each candidate's required skills without scrolling sideways", async ({ page }) => {
    await page.goto("/jobs");
    await expectFitsTheScreen(page);
    const jobs = page.getByRole("table", { name: "Jobs" });
    const title = (await jobs.getByRole("link").first().textContent())!.trim();
    await jobs.getByRole("link").first().tap();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const ranking = page.getByRole("table", { name: /Candidates ranked for this job/ });
    const first = ranking.getByRole("row").nth(1);
    await first.scrollIntoViewIfNeeded();
    await expect(first.getByText(/^(✓|✕) /).first()).toBeInViewport({ ratio: 1 });
    await expectFitsTheScreen(page);
    await expectNoSeriousViolations(page);

    // Comparing two candidates is a tap on each.
    await first.getByRole("checkbox").tap();
    await ranking.getByRole("row").nth(2).getByRole("checkbox").tap();
    await expect(page.getByText("2 selected to compare")).toBeVisible();
    await expectFitsTheScreen(page);

    await first.getByRole("link").tap();
    await expect(page.getByRole("heading", { level: 2, name: "Scores" })).toBeVisible();
    await expectFitsTheScreen(page);
  });

  test("a scored candidate's page, and recording an outcome by touch", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("table", { name: "Recent scores" }).getByRole("link").first().tap();
    await expect(page.getByRole("heading", { level: 2, name: "Scores" })).toBeVisible();
    await expectFitsTheScreen(page);
    const row = page.getByRole("table", { name: "Scores received" }).getByRole("row").nth(1);
    await row.getByRole("button", { name: "Record outcome" }).tap();
    const form = row.getByRole("form", { name: "Record an outcome" });
    await expectFitsTheScreen(page);
    await form.getByLabel("Outcome").selectOption("advanced");
    await form.getByRole("button", { name: "Record outcome" }).tap();
    await expect(form).toBeHidden();
    await expect(row).toContainText("advanced");
    await expectFitsTheScreen(page);
    await expectNoSeriousViolations(page);
  });

  test("scoring a résumé against a job, by touch", async ({ page }) => {
    await page.goto("/score");
    const picker = page.getByRole("combobox", { name: "Score against" });
    await picker.tap();
    await picker.fill("platform engineer");
    await page.getByRole("option", { name: /^Platform Engineer/ }).tap();
    await page
      .getByLabel("Résumé text")
      .fill(
        "Sam Lee\nsam.lee@example.com\nPlatform engineer, 6 years: Kubernetes, Terraform, Go, AWS.\nB.Sc. Computer Science",
      );
    await page.getByRole("button", { name: "Read résumé" }).tap();
    await page.getByRole("button", { name: "Score against Platform Engineer" }).tap();
    await expect(page.getByTestId("score-value")).toBeVisible();
    await expectFitsTheScreen(page);
    await expectNoSeriousViolations(page);
  });
});

test.describe("as a recruiter writing a job", () => {
  test.use({ storageState: STORAGE.recruiter });

  test("skills are suggested, added and removed by touch", async ({ page }) => {
    await page.goto("/jobs/new");
    await expectFitsTheScreen(page);
    const skills = page.getByRole("combobox", { name: "Required technical skills" });
    await skills.tap();
    await skills.fill("kube");
    await page
      .getByRole("option", { name: /^kubernetes/i })
      .first()
      .tap();
    const remove = page.getByRole("button", { name: "Remove kubernetes" });
    await expect(remove).toBeVisible();
    const box = (await remove.boundingBox())!;
    expect(Math.min(box.width, box.height), "the remove button is a 24 px tap target").toBeGreaterThanOrEqual(24);
    await remove.tap();
    await expect(remove).toHaveCount(0);
    await expectFitsTheScreen(page);
    await expectNoSeriousViolations(page);
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: STORAGE.admin });

  test("the admin pages and a prompt fit the screen", async ({ page }) => {
    await page.goto("/");
    for (const [name, heading] of [
      ["API keys", "API keys"],
      ["Users", "Users"],
      ["LLM providers", "LLM providers"],
    ] as const) {
      await tapNavLink(page, "Admin", name);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expectFitsTheScreen(page);
      await expectNoSeriousViolations(page);
    }
    await page.goto("/prompts");
    await page.getByRole("link", { name: "resume-extraction", exact: true }).tap();
    await expect(page.getByRole("heading", { level: 1, name: "resume-extraction" })).toBeVisible();
    await expectFitsTheScreen(page);
    await expectNoSeriousViolations(page);
  });

  test("an API key created on a phone is shown whole, inside the screen", async ({ page }) => {
    await page.goto("/admin/api-keys");
    await page.getByLabel("Name").fill(`Phone ${Date.now()}`);
    await page.getByRole("button", { name: "Create key" }).tap();
    await expect(page.getByLabel("New API key")).toBeVisible();
    await expectFitsTheScreen(page);
  });
});
