import {defineConfig} from 'vitest/config'

// Resolve workspace packages to their TypeScript source, so tests never need a build.
const conditions = ['@claimtrace/source', 'module', 'node', 'development|production']

export default defineConfig({
  resolve: {conditions},
  ssr: {resolve: {conditions, externalConditions: ['@claimtrace/source']}},
  test: {
    include: ['packages/*/test/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 60_000
  }
})
