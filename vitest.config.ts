import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The JSON report feeds .ci/run's "N passed, N failed" line.
    reporters: ['default', ['json', { outputFile: 'test-results/results.json' }]],
  },
});
