import { expect, test } from "@playwright/test";
import { ADMIN, RECRUITER, STORAGE, signIn } from "./support";

test.describe("signed out", () => {
  test("a visitor is sent to sign in, then back to the page they asked for", async ({ page }, testInfo) => {
    await page.goto("/jobs");
    await expect(page).toHaveURL(/\/login\?next=%2Fjobs$/);
    await expect(page.getByRole("heading", { name: "Sign in to your workspace" })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("login.png"), fullPage: true });
    await signIn(page, RECRUITER);
    await expect(page).toHaveURL(/\/jobs$/);
    await expect(page.getByRole("heading", { name: "Jobs" })).toBeVisible();
  });

  test("a wrong password is refused with a readable message", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(ADMIN.email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test("API routes answer 401 problem documents, not redirects", async ({ request }) => {
    const response = await request.get("/api/jobs");
    expect(response.status()).toBe(401);
    expect(response.headers()["content-type"]).toBe("application/problem+json");
  });
});

test.describe("as a recruiter", () => {
  test.use({ storageState: STORAGE.recruiter });

  test("sees the workspace without admin navigation", async ({ page }, testInfo) => {
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Admin" })).toHaveCount(0);
    await expect(page.getByText("Candidates in the pool")).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("recruiter-overview.png"), fullPage: true });
    await page.getByRole("link", { name: "Candidates" }).first().click();
    await expect(page.getByRole("table", { name: "Candidates" }).getByRole("row")).toHaveCount(26);
  });

  test("is refused admin pages and admin APIs", async ({ page }) => {
    const response = await page.goto("/admin/api-keys");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "This page is for admins" })).toBeVisible();
    const api = await page.request.get("/api/admin/api-keys");
    expect(api.status()).toBe(403);
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: STORAGE.admin });

  test("sees admin navigation and the user list", async ({ page }) => {
    await page.goto("/");
    const admin = page.getByRole("navigation", { name: "Admin" });
    await expect(admin).toBeVisible();
    await admin.getByRole("link", { name: "Users" }).click();
    await expect(page.getByRole("table", { name: "Users" })).toContainText(RECRUITER.email);
  });
});

test("signing out ends the session", async ({ page }) => {
  await page.goto("/login");
  await signIn(page, ADMIN);
  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});
