import { expect, test } from "@playwright/test";
import { STORAGE } from "./support";

test.use({ storageState: STORAGE.admin });

test("an API key created in the admin page works on the API until it is revoked", async ({
  page,
  playwright,
  baseURL,
}, testInfo) => {
  const name = `Greenhouse ${Date.now()}`;
  await page.goto("/admin/api-keys");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create key" }).click();
  const shown = page.getByLabel("New API key");
  await expect(shown).toBeVisible();
  const key = (await shown.textContent())?.trim() ?? "";
  expect(key).toMatch(/^sl_/);
  await page.screenshot({ path: testInfo.outputPath("api-key-created.png"), fullPage: true });

  // A client with no cookies, as an ATS would call.
  const ats = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${key}` } });
  const me = await ats.get("/api/me");
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ kind: "api_key", name });
  expect((await ats.get("/api/jobs?limit=5")).status()).toBe(200);

  const row = page.getByRole("row", { name: new RegExp(name) });
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await row.getByRole("button", { name: "Confirm revoke" }).click();
  await expect(row.getByText("Revoked")).toBeVisible();

  const after = await ats.get("/api/me");
  expect(after.status()).toBe(401);
  await ats.dispose();
});

test("the key list never shows a full key again", async ({ page }) => {
  await page.goto("/admin/api-keys");
  await page.getByLabel("Name").fill(`Lever ${Date.now()}`);
  await page.getByRole("button", { name: "Create key" }).click();
  const key = (await page.getByLabel("New API key").textContent())?.trim() ?? "";
  await page.reload();
  await expect(page.getByRole("table", { name: "API keys" })).toBeVisible();
  expect(await page.content()).not.toContain(key);
});
