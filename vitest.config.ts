import { defineConfig } from 'vitest/config';

// Unit and property tests only; the Playwright specs in tests/e2e run under their own runner.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // The JSON report is what CI counts for its closing line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
