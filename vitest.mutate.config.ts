import {defineConfig} from 'vitest/config'

// The tests `npm run mutate` runs against each mutant: unit tests and fixtures, which assert
// values. The corpus-wide tests (accuracy gate, invariants, property runs) take seconds each and
// would run for every mutant.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/accuracy.test.ts', 'test/corpus.test.ts', 'test/property.test.ts', 'test/documents.test.ts', 'test/own-tree.test.ts', 'test/markdown.test.ts', 'test/cli.test.ts'],
    testTimeout: 60_000
  }
})
