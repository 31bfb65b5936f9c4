import { expect, test } from "@playwright/test";
import { SAME_ORIGIN, STORAGE } from "./support";

// The demo data holds six weeks of scoring with one drifted week (lib/demo/history.ts).

test.describe("as a recruiter", () => {
  test.use({ storageState: STORAGE.recruiter });

  test("sees the drift episode in the demo history, without the admin actions", async ({ page }, testInfo) => {
    await page.goto("/drift");
    await expect(page.getByRole("heading", { name: "Drift", exact: true })).toBeVisible();
    await expect(page.getByRole("img", { name: /Drift score per run, with the 15% alert threshold/ })).toBeVisible();
    const reports = page.getByRole("table", { name: "Drift reports" });
    await expect(reports.getByRole("row")).toHaveCount(7); // header and six weeks
    const driftedWeek = reports.getByRole("row").filter({ has: page.getByText("Drifted", { exact: true }) });
    await expect(driftedWeek).toHaveCount(1);
    await expect(reports.getByText("Insufficient data")).toHaveCount(1);
    await expect(page.getByRole("button", { name: "Run now" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Pin this week as baseline" })).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath("drift-latest-week.png"), fullPage: true });

    await driftedWeek.getByRole("button", { name: /Show the report/ }).click();
    await expect(page).toHaveURL(/\/drift\?report=/);
    const summary = page.getByTestId("report-summary");
    await expect(summary).toContainText("Drifted");
    await expect(summary).toContainText("No alert sent: no alert channel was configured");
    await expect(page.getByRole("img", { name: /PSI per signal against the 0.1 threshold/ })).toBeVisible();
    await expect(page.getByRole("img", { name: /Reference and current distribution of/ })).toBeVisible();
    await expect(page.getByTestId("embedding-drift")).toContainText("Domain classifier ROC AUC");
    await page.getByText("Every signal as a table").click();
    const signals = page.getByRole("table", { name: "Drift per signal" });
    await expect(signals.getByRole("row").filter({ hasText: "seniority_level" })).toContainText("Drifted");
    await page.screenshot({ path: testInfo.outputPath("drift-episode.png"), fullPage: true });

    // A shared link opens the same week.
    await page.reload();
    await expect(page.getByTestId("report-summary")).toContainText("Drifted");

    expect((await page.request.get("/api/drift/reports")).status()).toBe(200);
    expect((await page.request.post("/api/admin/drift/run", { headers: SAME_ORIGIN })).status()).toBe(403);
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

    await page.getByRole("button", { name: "Pin this week as baseline" }).click();
    await expect(page.getByText(/Reports compare with a pinned baseline/)).toBeVisible();
    await page.getByRole("button", { name: "Unpin baseline" }).click();
    await expect(page.getByText(/Reports compare with a pinned baseline/)).toHaveCount(0);

    expect((await page.request.get("/api/cron/drift")).status()).toBe(401);
    const scheduled = await page.request.get("/api/cron/drift", {
      headers: { authorization: "Bearer e2e-cron-secret-0123456789" },
    });
    expect(scheduled.status()).toBe(200);
    expect(((await scheduled.json()) as { monitored_signals: number }).monitored_signals).toBe(36);
  });
});
