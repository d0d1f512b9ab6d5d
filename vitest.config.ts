import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const jsonReport = process.env.VITEST_JSON;

const common = { testTimeout: 30_000, hookTimeout: 30_000, pool: 'forks' } as const;

export default defineConfig({
  test: {
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
    projects: [
      {
        test: {
          ...common,
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/chaos/**'],
          // One file per core. Vitest's default leaves a core free (n - 1), which on the 2-core CI
          // machines ran the files one at a time while most of them wait on I/O or child processes.
          maxWorkers: availableParallelism(),
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Load and fault-injection suites saturate the CPU on purpose: they run after the others,
        // one file at a time, so neither disturbs (nor is disturbed by) the rest of the suite.
        test: {
          ...common,
          name: 'chaos',
          include: ['tests/chaos/**/*.test.ts'],
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
