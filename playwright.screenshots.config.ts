import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// `npm run docs:screenshots`: the README's screenshots, taken from the production build on the demo data
// with the e2e suite's servers and sign-ins. Not a test suite: it only writes docs/screenshots/*.png.
export default defineConfig({
  ...base,
  testDir: "docs/screenshots",
  testMatch: "*.capture.ts",
  workers: 1,
  reporter: "list",
  use: { ...base.use, viewport: { width: 1440, height: 900 } },
});
