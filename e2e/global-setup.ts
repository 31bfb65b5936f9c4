import { chromium, type FullConfig } from "@playwright/test";
import { ADMIN, RECRUITER, STORAGE, signIn } from "./support";

// Signs in each demo account once and keeps its session for the specs (sign-in is rate-limited).
export default async function globalSetup(config: FullConfig) {
  const { baseURL, launchOptions } = config.projects[0]!.use;
  const browser = await chromium.launch(launchOptions);
  for (const [account, file] of [
    [ADMIN, STORAGE.admin],
    [RECRUITER, STORAGE.recruiter],
  ] as const) {
    const page = await browser.newPage({ baseURL });
    await page.goto("/login");
    await signIn(page, account);
    await page.context().storageState({ path: file });
    await page.close();
  }
  await browser.close();
}
