import { expect, test, type Locator, type Page } from "@playwright/test";
import { MONITORED_SIGNALS } from "../lib/drift/monitored";
import { ALERTING_DRIFTED_SIGNALS } from "../lib/drift/verdict";
import { SAME_ORIGIN, STORAGE, expectNoSeriousViolations } from "./support";

// The demo data holds six weeks of scoring with one drift episode (lib/demo/history.ts); the weeks after it
// compare with a reference that holds the episode, and may drift by their job embeddings alone.
// Serial: the admin's runs add a report, which the recruiter's counts must not see.
test.describe.configure({ mode: "serial" });

const PHONE = { width: 390, height: 844 };
const SNAKE_CASE = /\b[a-z]+_[a-z_]+\b/;

/** The weeks' labels on the drift-score chart's x-axis, once the chart has drawn them all. */
async function chartWeeks(page: Page, weeks: number): Promise<string[]> {
  const chart = page.getByRole("img", { name: /Drift score per week/ });
  const ticks = chart.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value");
  await expect(ticks).toHaveCount(weeks);
  return ticks.allTextContents();
}

/** The report rows of the history table, with their drift score and drifted signals (null: not judged). */
async function reportRows(page: Page): Promise<{ row: Locator; score: number | null; driftedSignals: number }[]> {
  const rows = await page.getByRole("table", { name: "Drift reports" }).getByRole("row").all();
  return Promise.all(
    rows.slice(1).map(async (row) => {
      const score = (await row.getByRole("cell").nth(2).textContent())!.trim();
      const signals = (await row.getByRole("cell").nth(3).textContent())!.trim();
      return {
        row,
        score: score === "—" ? null : Number.parseFloat(score),
        driftedSignals: Number.parseInt(signals, 10) || 0,
      };
    }),
  );
}

async function openRow(page: Page, row: Locator) {
  const show = row.getByRole("button", { name: /^Show the report for/ });
  if ((await show.count()) > 0) {
    const week = (await show.getAttribute("aria-label"))!.replace(/^Show the report for /, "");
    await show.click();
    await expect(page.getByTestId("report-summary").getByRole("heading")).toHaveText(`Week of ${week}`);
  }
}

test.describe("as a recruiter", () => {
  test.use({ storageState: STORAGE.recruiter });

  test("each week has one verdict, which the embeddings count in and the alert follows", async ({ page }) => {
    await page.goto("/drift");
    await expect(page.getByRole("heading", { name: "Drift", exact: true })).toBeVisible();
    await expect(page.getByRole("img", { name: /Drift score per week, with the 15% alert threshold/ })).toBeVisible();
    const rows = await reportRows(page);
    expect(rows).toHaveLength(6);
    expect(rows.filter(({ score }) => score === null)).toHaveLength(1);
    for (const { row, score, driftedSignals } of rows) {
      if (score === null) continue;
      await openRow(page, row);
      const summary = page.getByTestId("report-summary");
      const verdict = (await page.getByTestId("drift-verdict").textContent())!;
      const embeddingsDrifted =
        (await page.getByTestId("embedding-drift").getByText("Drifted", { exact: true }).count()) > 0;
      const drifted = score > 15 || driftedSignals >= ALERTING_DRIFTED_SIGNALS || embeddingsDrifted;
      await expect(summary.getByText(drifted ? "Drifted" : "No drift", { exact: true })).toBeVisible();
      await expect(row.getByText(drifted ? "Drifted" : "No drift", { exact: true })).toBeVisible();
      expect(verdict).toMatch(drifted ? /^Drifted: / : /^No drift: /);
      if (embeddingsDrifted) expect(verdict).toMatch(/embeddings/);
      // A drifted week is alerted (here: no channel is configured, and the page says so), never "not needed".
      await expect(page.getByTestId("alert-state")).toContainText(
        drifted ? "No alert sent: no alert channel was configured" : "No alert needed",
      );
    }
  });

  test("the episode in plain words: signals and recruiters by name, every distribution at once", async ({
    page,
  }, testInfo) => {
    await page.goto("/drift");
    // One bar per week, each date once.
    const weeks = await chartWeeks(page, 6);
    expect(new Set(weeks).size).toBe(weeks.length);
    await expect(page.getByRole("button", { name: "Run now" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Pin this week as baseline" })).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath("drift-latest-week.png"), fullPage: true });

    const rows = await reportRows(page);
    const episode = rows.reduce((top, row) => ((row.score ?? -1) > (top.score ?? -1) ? row : top));
    await openRow(page, episode.row);
    await expect(page).toHaveURL(/\/drift\?report=/);
    const summary = page.getByTestId("report-summary");
    await expect(summary.getByText("Drifted", { exact: true })).toBeVisible();
    await expect(summary).toContainText(`of ${MONITORED_SIGNALS.length}`);
    await expect(page.getByTestId("drift-verdict")).toHaveText(
      /^Drifted: \d+ of \d+ signals \([\d.]+%, over the 15% threshold\) — .*Seniority level/,
    );
    await expect(page.getByTestId("drift-verdict")).not.toHaveText(SNAKE_CASE);

    // Signals by name on the chart; every signal's distributions in a grid, the drifted ones first.
    const signalChart = page.getByRole("img", { name: /^PSI per signal against / });
    await expect(signalChart).toBeVisible();
    expect(await signalChart.locator(".recharts-yAxis-tick-labels text").allTextContents()).not.toContainEqual(
      expect.stringMatching(SNAKE_CASE),
    );
    const grid = page.getByRole("list", { name: "Distributions" });
    const cells = grid.getByRole("listitem");
    await expect(cells).toHaveCount(MONITORED_SIGNALS.length);
    await expect(grid.getByRole("img")).toHaveCount(MONITORED_SIGNALS.length);
    const marked = await Promise.all(
      (await cells.all()).map(async (cell) => (await cell.getByText("Drifted", { exact: true }).count()) > 0),
    );
    expect(marked[0]).toBe(true);
    expect(marked).toEqual([...marked].sort((a, b) => Number(b) - Number(a)));

    // The recruiter who took over jobs that week, by name; rare recruiters stay folded into "other".
    await grid.getByRole("button", { name: /^Recruiter/ }).click();
    const recruiters = page.getByRole("img", { name: "Reference and current distribution of Recruiter" });
    await expect(recruiters).toBeVisible();
    const names = await recruiters
      .locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value")
      .allTextContents();
    expect(names).toContainEqual(expect.stringMatching(/Jonas\s?Lindqvist/));
    expect(names).not.toContainEqual(expect.stringMatching(/^rec_\d+$/));

    await page.getByText("Every signal as a table").click();
    const signals = page.getByRole("table", { name: "Drift per signal" });
    await expect(signals.getByRole("row").filter({ hasText: "Seniority level" })).toContainText("Drifted");
    await expect(signals).not.toContainText(SNAKE_CASE);
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: testInfo.outputPath("drift-episode.png"), fullPage: true });

    // A shared link opens the same week.
    await page.reload();
    await expect(page.getByTestId("report-summary").getByText("Drifted", { exact: true })).toBeVisible();

    expect((await page.request.get("/api/drift/reports")).status()).toBe(200);
    expect((await page.request.post("/api/admin/drift/run", { headers: SAME_ORIGIN })).status()).toBe(403);
  });

  test.describe("on a phone", () => {
    test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

    test("the page fits the screen's width", async ({ page }) => {
      await page.goto("/drift");
      await expect(page.getByRole("list", { name: "Distributions" })).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(PHONE.width);
      await expectNoSeriousViolations(page);
    });
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: STORAGE.admin });

  test("runs the check now, pins and unpins a baseline; the scheduler's route needs its secret", async ({
    page,
  }, testInfo) => {
    await page.goto("/drift");
    await page.getByRole("button", { name: "Run now" }).click();
    await expect(page.getByRole("status").filter({ hasText: /^Checked / })).toBeVisible({ timeout: 30_000 });
    // Same window as the seeded latest week: its report is updated, not duplicated.
    await expect(page.getByRole("table", { name: "Drift reports" }).getByRole("row")).toHaveCount(7);
    await expect(page.getByTestId("report-summary")).toContainText("run by Ada Admin");
    await page.screenshot({ path: testInfo.outputPath("drift-run-now.png"), fullPage: true });

    // The latest week checked again against a pinned earlier week: two reports for one week in the
    // table, one bar for it on the chart.
    const rows = await reportRows(page);
    await openRow(page, rows[4]!.row);
    await page.getByRole("button", { name: "Pin this week as baseline" }).click();
    await expect(page.getByText(/Reports compare with a pinned baseline/)).toBeVisible();
    await page.getByRole("button", { name: "Run now" }).click();
    await expect(page.getByRole("table", { name: "Drift reports" }).getByRole("row")).toHaveCount(8);
    await expect(page.getByRole("table", { name: "Drift reports" }).getByText("vs baseline")).toHaveCount(1);
    const weeks = await chartWeeks(page, 6);
    expect(new Set(weeks).size).toBe(weeks.length);

    await page.getByRole("button", { name: "Unpin baseline" }).click();
    await expect(page.getByText(/Reports compare with a pinned baseline/)).toHaveCount(0);

    expect((await page.request.get("/api/cron/drift")).status()).toBe(401);
    const scheduled = await page.request.get("/api/cron/drift", {
      headers: { authorization: "Bearer e2e-cron-secret-0123456789" },
    });
    expect(scheduled.status()).toBe(200);
    expect(((await scheduled.json()) as { monitored_signals: number }).monitored_signals).toBe(
      MONITORED_SIGNALS.length,
    );
  });
});
