import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const index = fileURLToPath(new URL('../dist/index.js', import.meta.url))
const seed = readFileSync(new URL('../fixtures/seed-release/input.txt', import.meta.url), 'utf8')

/** The packages a fresh process loads to import the built package and run `code` (with `parse` and `toMarkdown` in scope). */
function packagesLoaded(code: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-load-'))
  const log = join(dir, 'loaded.txt')
  const hooks = `import {appendFileSync} from 'node:fs'; export async function load(url, context, next) { appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context) }`
  const script = [
    `import {register, createRequire} from 'node:module'`,
    `import {appendFileSync} from 'node:fs'`,
    `register(${JSON.stringify('data:text/javascript,' + encodeURIComponent(hooks))})`,
    `const {parse, toMarkdown} = await import(${JSON.stringify(index)})`,
    code,
    `appendFileSync(${JSON.stringify(log)}, Object.keys(createRequire(import.meta.url).cache).join('\\n') + '\\n')`
  ].join('\n')
  execFileSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'})
  const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n') : []
  rmSync(dir, {recursive: true, force: true})
  const names = new Set<string>()
  for (const line of lines) {
    const match = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(line)
    if (match) names.add(match[1])
  }
  return [...names].sort()
}

describe.skipIf(!existsSync(index))('libraries loaded by a fresh process', () => {
  it('loads none to parse a plain-text release', () => {
    expect(packagesLoaded(`parse(${JSON.stringify(seed)})`)).toEqual([])
  })

  it('loads the Markdown readers only when Markdown is read, and the writer only for toMarkdown', () => {
    const read = packagesLoaded(`parse(${JSON.stringify(seed)}, {format: 'markdown'})`)
    expect(read).toContain('remark-gfm')
    expect(read).not.toContain('remark-stringify')
    const written = packagesLoaded(`toMarkdown(parse(${JSON.stringify(seed)}))`)
    expect(written).toContain('remark-stringify')
    expect(written).not.toContain('remark-parse')
  })
})
