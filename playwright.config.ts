import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './src/cli/chromium';

// Browser tests run against the production build (`vite preview`) in Debian's Chromium: Playwright
// cannot download its own browsers here. E2E_PORT lets two checkouts run their tests side by side
// without one reusing the other's server.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  // Its own folder: it empties it on every run, and the screenshots in test-results/screens stay.
  outputDir: 'test-results/playwright',
  // A test's budget, not an assertion: on a loaded two-core machine the suite ran 1.7 times slower
  // than the day before (session 40's CI), and play33 ran out of its 4 minutes.
  timeout: 180_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
