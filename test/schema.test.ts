import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {schemaErrors, schema} from './shape.js'
import {corpusPath, hasCorpus} from './corpus-folder.js'

const corpus = corpusPath()
const fixtures = new URL('../fixtures/', import.meta.url).pathname
const seed = parse(readFileSync(join(fixtures, 'seed-release', 'input.txt')))

describe('the published JSON Schema (schema.json)', () => {
  it('is a 2020-12 schema of PressRelease that the package exports', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.title).toBe('PressRelease')
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    expect(pkg.exports['./schema.json']).toBe('./schema.json')
    expect(pkg.files).toContain('schema.json')
  })

  it('accepts every fixture’s expected object', () => {
    for (const name of readdirSync(fixtures).sort()) {
      const path = join(fixtures, name, 'expected.json')
      if (existsSync(path)) expect(schemaErrors(JSON.parse(readFileSync(path, 'utf8'))), name).toBeNull()
    }
  })

  // The Markdown forms are left out: they take four times as long to read.
  for (const form of ['text', 'lines', 'pdftext', 'original']) {
    it.skipIf(!hasCorpus(form))(`accepts the object of every corpus ${form} release (${join(corpus, form)})`, () => {
      const files = readdirSync(join(corpus, form)).sort()
      expect(files.length).toBeGreaterThan(0)
      for (const name of files) {
        let release
        try {
          release = parse(readFileSync(join(corpus, form, name)))
        } catch {
          continue // refused bytes: a PDF, an HTML page saved as .hwpx
        }
        expect(schemaErrors(release), `${form}/${name}`).toBeNull()
      }
    })
  }

  it('refuses objects that break it: empty headline, a renamed field, a bad date, a spaced name', () => {
    const copy = () => JSON.parse(JSON.stringify(seed))
    expect(schemaErrors(copy())).toBeNull()
    const empty = copy()
    empty.headline = ''
    expect(schemaErrors(empty)).toMatch(/\/headline/)
    const renamed = copy()
    renamed.embargo.channels[0].name = null
    expect(schemaErrors(renamed)).toMatch(/additional properties/)
    const date = copy()
    date.embargo.date = '2025. 5. 28.'
    expect(schemaErrors(date)).toMatch(/\/embargo/)
    const spaced = copy()
    spaced.contacts[0].name = '장 두원'
    expect(schemaErrors(spaced)).toMatch(/\/contacts\/0\/name/)
  })
})
