import { expect, test, type Page } from "@playwright/test";
import { STORAGE, expectNoSeriousViolations } from "./support";

test.use({ storageState: STORAGE.recruiter });

const RESUME = `Alex Moreno
Berlin · alex.moreno@example.com · +49 151 23456789 · linkedin.com/in/alex-moreno

Senior MLOps engineer with 8 years of experience running machine learning platforms.

EXPERIENCE
Senior MLOps Engineer — Quartz Finance (2020–present)
- Built the model deployment pipeline on Kubernetes with Terraform and Airflow.
- Wrote Python services and CI/CD with GitHub Actions.

EDUCATION
M.Sc. Computer Science, TU Munich

SKILLS
Python, Kubernetes, Terraform, Airflow, Docker, AWS, CI/CD · mentoring, teamwork`;

async function openFirstJob(page: Page) {
  await page.goto("/jobs");
  const first = page.getByRole("table", { name: "Jobs" }).getByRole("link").first();
  const title = (await first.textContent())?.trim() ?? "";
  await first.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return title;
}

test("a recruiter ranks, scores, saves and follows up a candidate", async ({ page }, testInfo) => {
  const jobTitle = await openFirstJob(page);
  const ranking = page.getByRole("table", { name: /Candidates ranked for this job/ });
  await expect(ranking.getByRole("row")).toHaveCount(51); // header + the first page of 50
  await page.screenshot({ path: testInfo.outputPath("1-job-ranking.png"), fullPage: false });

  await page.getByText("Score a new candidate for this job").click();
  await page.getByLabel("Résumé text").fill(RESUME);
  await page.getByRole("button", { name: "Read résumé" }).click();
  await expect(page.getByRole("button", { name: "Remove kubernetes" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("2-extracted-fields.png"), fullPage: true });

  await page.getByRole("button", { name: `Score against ${jobTitle}` }).click();
  await expect(page.getByTestId("score-value")).toBeVisible();
  await expect(page.getByRole("img", { name: /^Signal contributions/ })).toBeVisible();
  await expect(page.getByText("Evidence in the résumé")).toBeVisible();
  await page.getByRole("region", { name: "Score" }).screenshot({ path: testInfo.outputPath("3-score-explained.png") });

  const name = `Alex Moreno ${Date.now()}`;
  await page.getByLabel("Candidate name").fill(name);
  await page.getByRole("button", { name: "Save candidate" }).click();
  await expect(page.getByRole("link", { name: "Open the candidate" })).toBeVisible();

  const outcome = page.getByRole("form", { name: "Record an outcome" });
  await outcome.getByLabel("Outcome").selectOption("interviewed");
  await outcome.getByRole("button", { name: "Record outcome" }).click();
  await expect(outcome.getByText(/^Recorded by you/)).toBeVisible();

  await page.getByRole("link", { name: "Open the candidate" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const history = page.getByRole("table", { name: "Scores received" });
  await expect(history.getByRole("row", { name: new RegExp(jobTitle) })).toContainText("interviewed");
  await page.screenshot({ path: testInfo.outputPath("4-candidate-history.png"), fullPage: true });
});

/** Opens the first demo job that is (or is not) remote and waits for its ranking's first page. */
async function openJobRanking(page: Page, { remote }: { remote: boolean }) {
  await page.goto("/jobs");
  const jobs = page.getByRole("table", { name: "Jobs" }).locator("tbody tr");
  await jobs
    .filter(remote ? { hasText: /remote/i } : { hasNotText: /remote/i })
    .first()
    .getByRole("link")
    .first()
    .click();
  const ranking = page.getByRole("table", { name: /Candidates ranked for this job/ });
  await expect(ranking.getByRole("row")).toHaveCount(51);
  return ranking;
}

test("a recruiter narrows a job's ranking to local candidates, and to a required skill", async ({ page }) => {
  // A job in a city (a remote job has no local candidates).
  const rows = (await openJobRanking(page, { remote: false })).locator("tbody tr");
  // Filtered: the ranking for the filter has answered and been drawn (the list is no longer busy).
  const results = page.getByTestId("ranking-results");
  const filtered = async (parameter: string, choose: () => Promise<unknown>) => {
    const answered = page.waitForResponse(
      (response) => response.url().includes("/rankings?") && response.url().includes(parameter),
    );
    await choose();
    await answered;
    await expect(results).toHaveAttribute("aria-busy", "false");
    await expect(rows.first()).toBeVisible();
  };

  const location = page.getByLabel("Location");
  await filtered("local=true", () => location.selectOption("true"));
  for (const row of await rows.all()) await expect(row).toContainText("(local)");
  await filtered("local=false", () => location.selectOption("false"));
  for (const row of await rows.all()) await expect(row).not.toContainText("(local)");
  await location.selectOption("");

  const skill = page.getByLabel("Has skill");
  const label = (await skill.locator("option").nth(1).textContent())!.trim();
  await filtered("skill=", () => skill.selectOption({ index: 1 }));
  for (const row of await rows.all()) await expect(row).toContainText(`✓ ${label}`);
});

test("a remote job's ranking says why it cannot be filtered by location", async ({ page }) => {
  await openJobRanking(page, { remote: true });
  const location = page.getByLabel("Location");
  await expect(location).toBeDisabled();
  await expect(location).toHaveAccessibleDescription("Off: this job is remote.");
});

test("uploading an unsupported file explains what is accepted", async ({ page }, testInfo) => {
  await page.goto("/score");
  await page
    .getByLabel(/Or upload a résumé/)
    .setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  await expect(page.getByRole("alert").filter({ hasText: "not a supported résumé file" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("unsupported-upload.png") });
});

test("a recruiter creates a job with requirements read from its description", async ({ page }) => {
  await page.goto("/jobs/new");
  const title = `Analytics Engineer ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Department", { exact: true }).fill("Data");
  await page
    .getByLabel("Description")
    .fill("You will model data in dbt and SQL on Snowflake. Strong communication. Level: senior.");
  await page.getByRole("button", { name: "Extract requirements from description" }).click();
  await expect(page.getByRole("button", { name: "Remove dbt" })).toBeVisible();
  await page.getByRole("combobox", { name: "Required technical skills" }).fill("looker");
  await page.getByRole("combobox", { name: "Required technical skills" }).press("Enter");
  await page.getByRole("button", { name: "Create job" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("looker").first()).toBeVisible();
});

for (const [name, path] of [
  ["overview", "/"],
  ["jobs", "/jobs"],
  ["candidates", "/candidates"],
  ["score", "/score"],
] as const) {
  test(`the ${name} page has no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("main")).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

test("the job page has no serious accessibility violations", async ({ page }) => {
  await openFirstJob(page);
  await expect(page.getByRole("table", { name: /Candidates ranked/ })).toBeVisible();
  await expectNoSeriousViolations(page);
});
