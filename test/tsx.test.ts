import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))

describe('under tsx', () => {
  // tsx loads `vfile` once for the script and once more for the package's `require`: two classes.
  it('parses a VFile made with the script’s own copy of vfile', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'test/scripts/vfile-under-tsx.ts'], {cwd: root, encoding: 'utf8'})
    expect(JSON.parse(out)).toEqual({headline: '정책 첫걸음', iso: '2025-05-28T16:00:00+09:00', onFile: true, rules: ['missing-contacts']})
  })
})
