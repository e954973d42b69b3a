import { defineConfig } from 'vitest/config';

// Unit and property tests only; the Playwright specs in tests/e2e run under their own runner.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
