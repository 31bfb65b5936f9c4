import { expect, test } from "@playwright/test";
import { STORAGE } from "./support";

test.describe("as an admin", () => {
  test.use({ storageState: STORAGE.admin });

  test("sees the LLM provider chain and each provider's status", async ({ page }, testInfo) => {
    await page.goto("/admin/providers");
    await expect(page.getByRole("heading", { name: "LLM providers" })).toBeVisible();
    // The builtin rules always close the chain (the e2e run may put its fake LLM in front of them).
    await expect(page.getByRole("list", { name: "Provider chain" }).getByRole("listitem").last()).toContainText(
      "builtin",
    );
    await expect(page.getByRole("table", { name: "Provider status" })).toContainText("builtin");
    await expect(page.getByRole("table", { name: "Provider status" })).toContainText("Always available");
    // The embedding model and how many stored candidate vectors come from it (all of the demo's do).
    await expect(page.getByRole("heading", { name: "Embeddings" })).toBeVisible();
    await expect(page.getByText(/shortlist-hash-v1 \(builtin, 384 dimensions\)/)).toBeVisible();
    await expect(page.getByRole("progressbar", { name: "Candidate vectors from this model" })).toHaveAttribute(
      "value",
      "1",
    );
    await page.screenshot({ path: testInfo.outputPath("providers.png"), fullPage: true });

    const api = await page.request.get("/api/admin/providers");
    expect(api.status()).toBe(200);
    const body = (await api.json()) as { chain: string[]; providers: { name: string }[] };
    expect(body.chain.at(-1)).toBe("builtin");
    expect(body.providers.map((provider) => provider.name)).toEqual(body.chain);
  });
});

test.describe("as a recruiter", () => {
  test.use({ storageState: STORAGE.recruiter });

  test("is refused the provider page and its API", async ({ page }) => {
    const response = await page.goto("/admin/providers");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "This page is for admins" })).toBeVisible();
    const api = await page.request.get("/api/admin/providers");
    expect(api.status()).toBe(403);
  });
});
