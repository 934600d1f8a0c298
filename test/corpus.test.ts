import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fromText, parse} from '../src/index.js'
import {assertTreeInvariants} from './invariants.js'

const corpus = new URL('../../shared/corpus/', import.meta.url).pathname
const present = existsSync(join(corpus, 'text'))

describe.skipIf(!present)('real releases (../shared/corpus)', () => {
  for (const form of ['text', 'lines', 'pdftext', 'markdown']) {
    it(`keeps the tree invariants on every ${form} release`, () => {
      const files = readdirSync(join(corpus, form)).sort()
      expect(files.length).toBeGreaterThan(0)
      for (const name of files) {
        const text = readFileSync(join(corpus, form, name), 'utf8')
        try {
          assertTreeInvariants(fromText(text), text)
        } catch (error) {
          throw new Error(`${form}/${name}: ${(error as Error).message}`)
        }
      }
    })
  }

  it('gives the same typed object for LF and CRLF line endings', () => {
    for (const name of readdirSync(join(corpus, 'text')).sort().slice(0, 30)) {
      const text = readFileSync(join(corpus, 'text', name), 'utf8').replace(/\r\n?/g, '\n')
      expect(parse(text.replace(/\n/g, '\r\n')), name).toEqual(parse(text))
    }
  })

  it('finds an embargo or a kind in every text release', () => {
    for (const name of readdirSync(join(corpus, 'text')).sort()) {
      const release = parse(readFileSync(join(corpus, 'text', name), 'utf8'))
      expect(release.embargo !== null || release.kind !== null, name).toBe(true)
      expect(release.headline?.length, name).toBeGreaterThan(0)
    }
  })
})
