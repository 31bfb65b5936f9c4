import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
const base = "http://localhost:3201";
await page.goto(base + "/login");
await page.getByLabel("Email").fill(process.argv[2] ?? "admin@shortlist.local");
await page.getByLabel("Password").fill("shortlist-demo");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForTimeout(3000);
await page.goto(base + "/drift");
if (process.argv[3]) {
  await page.getByRole("button", { name: process.argv[3] }).click();
}
await page.waitForTimeout(6000);
await page.screenshot({ path: "/tmp/drift-dev/drift.png", fullPage: true });
console.log(
  await page
    .locator("main")
    .innerText()
    .then((t) => t.slice(0, 1500)),
);
await browser.close();
