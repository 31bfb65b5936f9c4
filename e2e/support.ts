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
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
}
