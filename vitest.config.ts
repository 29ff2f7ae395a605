import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
    globalSetup: ['test/support/log-capture.global.ts'], // checks every log line of the run for the tests' personal data
    setupFiles: ['test/support/log-capture.setup.ts'],
  },
});
