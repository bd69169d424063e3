// Browser journeys against a running Coproduce (the jar, or dev mode) and a real Keycloak.
// Run by EndToEndIT during `./mvnw verify`, or by hand:
//   BASE_URL=http://localhost:8080 KEYCLOAK_URL=http://localhost:8180 npx playwright test
// Uses the machine's Chromium (`npx playwright install` cannot download browsers here) and
// nothing that needs a network beyond localhost.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  outputDir: '../target/playwright-results',
  use: {
    baseURL: process.env.BASE_URL ?? 'http://localhost:8080',
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Debian's Chromium as root, with nothing reaching out to the network (shared with Lighthouse)
      args: ['--headless', ...(JSON.parse(readFileSync(path.join(here, 'scripts', 'chromium-flags.json'), 'utf8')) as string[])],
    },
  },
});
