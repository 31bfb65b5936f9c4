import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { BASE_URL } from "../playwright.config";

export const DEMO_PASSWORD = "shortlist-demo";
export const ADMIN = { email: "admin@shortlist.local", password: DEMO_PASSWORD };
export const RECRUITER = { email: "recruiter@shortlist.local", password: DEMO_PASSWORD };
/** The Origin a browser sends with the app's own writes (signed-in writes without it are refused). */
export const SAME_ORIGIN = { origin: BASE_URL };
export const STORAGE = { admin: "test-results/.auth/admin.json", recruiter: "test-results/.auth/recruiter.json" };

export async function signIn(page: Page, account: { email: string; password: string }) {
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // In the page, not necessarily visible: on a phone the signed-in user sits in the closed menu.
  await expect(page.getByTestId("signed-in-user")).toBeAttached();
}

/** No serious or critical axe violations on the page as it is now. */
export async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical",
  );
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`)).toEqual([]);
}
