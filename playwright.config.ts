import { defineConfig } from "@playwright/test";

// E2E against the production build (`next build` + `next start`) on a fresh embedded database,
// in Debian's Chromium. Never `npx playwright install`: the browser comes from apt.

// E2E_PORT lets several checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${PORT}`;

// A fake OpenAI-compatible LLM on the next port (E2E_FAKE_LLM_PORT to change it), started before the app,
// so prompts really run: it answers like the builtin rules (the other specs see the same data) and obeys
// "at most N technical skills", which the prompt spec edits in.
const FAKE_LLM_PORT = Number(process.env.E2E_FAKE_LLM_PORT ?? PORT + 1);
const FAKE_LLM_URL = `http://127.0.0.1:${FAKE_LLM_PORT}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  workers: 2,
  fullyParallel: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: BASE_URL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [
    {
      command: `node --conditions=react-server --import tsx e2e/fake-llm-server.ts ${FAKE_LLM_PORT}`,
      url: `${FAKE_LLM_URL}/v1/models`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: `node scripts/e2e-server.mjs ${PORT} ${FAKE_LLM_URL}`,
      url: `${BASE_URL}/api/health`,
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
