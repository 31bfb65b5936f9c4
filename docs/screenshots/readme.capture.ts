import { expect, test } from "@playwright/test";
import { STORAGE } from "../../e2e/support";

// The README's dashboard screenshots: a job's ranking with its reasons, one row's explanation open, and
// a stored score's explanation on the candidate's page.

test.use({ storageState: STORAGE.recruiter });

const OUT = "docs/screenshots";

test("ranking with reasons and a candidate's explanation", async ({ page }) => {
  await page.goto("/jobs");
  await page.getByRole("table", { name: "Jobs" }).getByRole("link").first().click();
  const ranking = page.getByRole("table", { name: /Candidates ranked for this job/ });
  const firstRow = ranking.getByRole("row").nth(1);
  await expect(firstRow.getByRole("listitem").first()).toBeVisible();
  await page.screenshot({ path: `${OUT}/ranking-with-reasons.png` });

  await firstRow.getByRole("button", { name: "Why this score?" }).click();
  await expect(ranking.getByRole("img", { name: /^Signal contributions/ })).toBeVisible();
  await ranking.getByRole("region", { name: "Main reasons" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${OUT}/ranking-explanation.png` });

  await firstRow.getByRole("link").first().click();
  const history = page.getByRole("table", { name: "Scores received" });
  await history.getByRole("row").nth(1).getByRole("button", { name: "Why this score?" }).click();
  const reasons = history.getByRole("region", { name: "Main reasons" });
  await expect(reasons).toBeVisible();
  // The explanation at the top of the window, with the row it explains just above it.
  await reasons.evaluate((element) => element.closest("tr")?.previousElementSibling?.scrollIntoView());
  await page.screenshot({ path: `${OUT}/candidate-explanation.png` });
});
