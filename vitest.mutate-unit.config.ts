import {defineConfig} from 'vitest/config'

// The unit tests of the header, title and contacts constructs alone, for `npm run mutate:unit`
// (`stryker.unit.config.json`): a module's run takes minutes, where the whole
// `vitest.mutate.config.ts` set takes an hour and more. What it kills is a lower bound of what
// that set kills.
export default defineConfig({
  test: {
    include: ['test/header.test.ts', 'test/title.test.ts', 'test/contacts.test.ts'],
    testTimeout: 60_000
  }
})
