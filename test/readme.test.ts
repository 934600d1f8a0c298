/** The README against the package it describes: what it lists is what there is. (Its examples run in `package.test.ts`.) */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {helpText} from '../src/cli.js'
import {messages} from '../src/messages.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const section = (title: string) => readme.slice(readme.indexOf(`\n## ${title}\n`), readme.indexOf('\n## ', readme.indexOf(`\n## ${title}\n`) + 1))

describe('README', () => {
  it('lists its sections in its contents, in order', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]).filter((h) => h !== 'Contents')
    const contents = [...section('Contents').matchAll(/^- \[(.+?)\]\(#(.+?)\)$/gm)]
    expect(contents.map((m) => m[1])).toEqual(headings)
    for (const [, title, anchor] of contents) expect(anchor).toBe(title.toLowerCase().replace(/[^a-z0-9 -]/g, '').replaceAll(' ', '-'))
  })

  it('gives every diagnostic rule with its severity', () => {
    const table = section('Diagnostics')
    for (const [rule, {severity}] of Object.entries(messages)) expect(table).toMatch(new RegExp(`^\\| \`${rule}\` \\| ${severity} \\|`, 'm'))
  })

  it('gives every error code', () => {
    const codes = [...readFileSync(new URL('../src/errors.ts', import.meta.url), 'utf8').matchAll(/^ {2}\| '(ERR_[A-Z_]+)'$/gm)].map((m) => m[1])
    expect(codes.length).toBeGreaterThan(10)
    const table = section('Errors')
    for (const code of codes) expect(table).toMatch(new RegExp(`^\\| \`${code}\` \\|`, 'm'))
  })

  it('gives every option of the command', () => {
    const table = section('CLI')
    const flags = [...helpText.matchAll(/^ +((?:-\w, )?--[\w-]+)/gm)].map((m) => m[1])
    expect(flags).toContain('--verbose')
    for (const [, flags] of helpText.matchAll(/^ +((?:-\w, )?--[\w-]+)/gm)) expect(table, flags).toContain(`| \`${flags}`)
  })

  it('shows TypeScript examples that import only the package and what it tells to install', () => {
    const examples = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1])
    expect(examples.length).toBeGreaterThanOrEqual(5)
    for (const code of examples) {
      for (const [, name] of code.matchAll(/^import .* from '([^']+)'$/gm)) expect(['bodojaryo', 'vfile', 'unified', 'unist-util-visit'].includes(name) || name.startsWith('node:'), name).toBe(true)
    }
    // The first compiles under `strict`: an embargo may be absent.
    expect(examples[0]).toMatch(/release\.embargo\?\./)
  })

  it('keeps development material out, in docs/', () => {
    expect(readme).not.toMatch(/mutant|Stryker|mutate/i)
    expect(readme).toContain('docs/development.md')
    for (const name of ['development', 'architecture', 'evaluation', 'mutation-testing', 'speed-and-memory']) {
      expect(readFileSync(new URL(`../docs/${name}.md`, import.meta.url), 'utf8')).toMatch(/^# /)
    }
  })
})
