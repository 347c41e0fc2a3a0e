import {defineConfig} from 'vitest/config'

// Resolve workspace packages to their TypeScript source, so tests never need a build.
const conditions = ['@claimtrace/source', 'module', 'node', 'development|production']

export default defineConfig({
  resolve: {conditions},
  ssr: {resolve: {conditions, externalConditions: ['@claimtrace/source']}},
  test: {
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 60_000,
    projects: [
      // `npx -y pnpm@10 test`: every assertion but the slow ones.
      {extends: true, test: {name: 'unit', include: ['packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['**/*.slow.test.ts', '**/node_modules/**']}},
      // `npx -y pnpm@10 test:slow`, run in CI: megabyte inputs for linear time, a 10k-article corpus.
      {extends: true, test: {name: 'slow', include: ['packages/*/test/**/*.slow.test.ts'], testTimeout: 600_000}}
    ]
  }
})
