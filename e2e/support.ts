import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "shortlist-demo";
export const ADMIN = { email: "admin@shortlist.local", password: DEMO_PASSWORD };
export const RECRUITER = { email: "recruiter@shortlist.local", password: DEMO_PASSWORD };
export const STORAGE = { admin: "test-results/.auth/admin.json", recruiter: "test-results/.auth/recruiter.json" };

export async function signIn(page: Page, account: { email: string; password: string }) {
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeAttached();
}
