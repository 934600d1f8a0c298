import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {decode, fromText, messages, parse} from '../src/index.js'
import {assertTreeInvariants} from './invariants.js'
import {findCases} from './fixture-cases.js'

const root = new URL('../fixtures/', import.meta.url).pathname
const update = Boolean(process.env.UPDATE)
const cases = findCases(root)

/** Compare `actual` with the JSON file at `path`; write it when UPDATE is set. */
function matchFile(path: string, actual: unknown): void {
  const serialised = JSON.stringify(actual, null, 2) + '\n'
  if (update) {
    writeFileSync(path, serialised)
    return
  }
  if (!existsSync(path)) {
    if (process.env.CI) throw new Error(`Missing expected file ${path}: run \`UPDATE=1 npm test\` and review it`)
    writeFileSync(path, serialised)
    return
  }
  expect(JSON.parse(serialised)).toEqual(JSON.parse(readFileSync(path, 'utf8')))
}

describe('fixtures', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(0)
  })

  it('shows every rule of the diagnostics catalogue in some fixture', () => {
    const seen = new Set<string>()
    for (const name of cases) {
      const dir = join(root, name)
      if (existsSync(join(dir, 'messages.json'))) for (const m of JSON.parse(readFileSync(join(dir, 'messages.json'), 'utf8'))) seen.add(m.ruleId)
      if (existsSync(join(dir, 'error.json'))) seen.add('binary-input')
    }
    expect([...seen].sort()).toEqual(Object.keys(messages).sort())
  })

  for (const name of cases) {
    describe(name, () => {
      const dir = join(root, name)
      const bytes = new Uint8Array(readFileSync(join(dir, 'input.txt')))
      let refusal: (Error & {code?: string; format?: string}) | null = null
      try {
        decode(bytes)
      } catch (error) {
        refusal = error as Error
      }

      if (refusal) {
        it('is refused with the error in error.json', () => {
          expect(() => parse(bytes)).toThrow()
          matchFile(join(dir, 'error.json'), {code: refusal!.code, format: refusal!.format, message: refusal!.message})
        })
        return
      }
      const text = decode(bytes).value

      it('parses to expected.json, with its messages in messages.json', () => {
        const file = new VFile()
        file.value = bytes
        const release = parse(file)
        matchFile(join(dir, 'expected.json'), release)
        const messages = file.messages.map((m) => ({ruleId: m.ruleId, severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info', line: m.line ?? null, column: m.column ?? null, reason: m.reason}))
        matchFile(join(dir, 'messages.json'), messages)
      })

      it('builds the tree in tree.json', () => {
        matchFile(join(dir, 'tree.json'), fromText(text))
      })

      it('keeps the tree invariants', () => {
        assertTreeInvariants(fromText(text), text)
      })
    })
  }
})
