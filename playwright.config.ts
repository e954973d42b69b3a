import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './src/cli/chromium';

// Browser tests run against the production build (`vite preview`) in Debian's Chromium: Playwright
// cannot download its own browsers here.
export default defineConfig({
  testDir: 'tests/e2e',
  // Its own folder: it empties it on every run, and the screenshots in test-results/screens stay.
  outputDir: 'test-results/playwright',
  timeout: 90_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: 'npx vite preview --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
