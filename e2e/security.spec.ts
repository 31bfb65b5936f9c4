import { expect, test } from "@playwright/test";
import { BASE_URL } from "../playwright.config";
import { RECRUITER, STORAGE, signIn } from "./support";

// What an attack on the running app found: headers, cross-site writes and the sign-in redirect.

test.describe("signed out", () => {
  test("pages carry a nonce-based CSP and the fixed security headers", async ({ page }) => {
    const response = await page.goto("/login");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    // Served over plain http here: HSTS is only sent when APP_URL is https.
    expect(headers["strict-transport-security"]).toBeUndefined();
    const again = (await page.goto("/login"))!.headers()["content-security-policy"];
    expect(again).not.toBe(headers["content-security-policy"]);
  });

  test("a next= that a browser would read as another site lands on the overview instead", async ({ page }) => {
    await page.goto("/login?next=%2F%09%2Fevil.example");
    await signIn(page, RECRUITER);
    expect(new URL(page.url()).origin).toBe(BASE_URL);
    await expect(page).toHaveURL(`${BASE_URL}/`);
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: STORAGE.admin });

  test("the app runs under its CSP without a single violation", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    for (const path of ["/", "/jobs", "/drift", "/prompts", "/admin/providers", "/score"]) {
      await page.goto(path);
      await expect(page.getByTestId("signed-in-user")).toBeVisible();
    }
    await page.getByRole("link", { name: "Jobs" }).first().click();
    await expect(page).toHaveURL(/\/jobs$/);
    expect(violations).toEqual([]);
  });

  test("a write with the admin's cookie from another origin is refused; from the app it works", async ({ page }) => {
    const foreign = await page.request.post("/api/admin/api-keys", {
      headers: { origin: "http://evil.example" },
      data: { name: "csrf", scopes: ["admin"] },
    });
    expect(foreign.status()).toBe(403);
    const form = await page.request.post("/api/admin/drift/run", {
      headers: { origin: "http://evil.example" },
      form: { run: "1" },
    });
    expect(form.status()).toBe(403);
    const own = await page.request.post("/api/admin/api-keys", {
      headers: { origin: BASE_URL },
      data: { name: `e2e-origin-${Date.now().toString(36)}`, scopes: ["scoring"] },
    });
    expect(own.status()).toBe(201);
  });
});
