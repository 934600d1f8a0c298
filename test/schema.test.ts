import {existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough, Readable} from 'node:stream'
import {Ajv2020} from 'ajv/dist/2020.js'
import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {cli} from '../src/cli.js'
import {messages} from '../src/messages.js'
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

describe('the JSON Schema of the command’s records (record.schema.json)', () => {
  const record = JSON.parse(readFileSync(new URL('../record.schema.json', import.meta.url), 'utf8'))
  const ajv = new Ajv2020({allErrors: true, strict: true})
  ajv.addSchema(schema)
  const validate = ajv.compile(record)
  const errors = (value: unknown) => (validate(value) ? null : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; '))

  it('is shipped and named by URLs that serve the raw files', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    expect(pkg.exports['./record.schema.json']).toBe('./record.schema.json')
    expect(pkg.files).toContain('record.schema.json')
    expect(schema.$id).toBe('https://raw.githubusercontent.com/bodojaryo/bodojaryo/main/schema.json')
    expect(record.$id).toBe('https://raw.githubusercontent.com/bodojaryo/bodojaryo/main/record.schema.json')
  })

  it('names every rule of the diagnostics catalogue', () => {
    expect([...record.$defs.message.properties.ruleId.anyOf[0].enum].sort()).toEqual(Object.keys(messages).sort())
  })

  it('accepts every record the command writes, as NDJSON, as a JSON array and as trees, and refuses broken ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-records-'))
    const seedText = readFileSync(join(fixtures, 'seed-release', 'input.txt'))
    writeFileSync(join(dir, 'a-seed.txt'), seedText)
    writeFileSync(join(dir, 'b-cp949.txt'), readFileSync(join(fixtures, 'seed-release-cp949', 'input.txt')))
    writeFileSync(join(dir, 'c-empty.txt'), '')
    writeFileSync(join(dir, 'd-image.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]))
    writeFileSync(join(dir, 'e-bare.txt'), '안내 말씀\n')
    const records: unknown[] = []
    for (const argv of [[dir, join(dir, 'missing.txt')], [dir, '--tree'], [dir, '-F', 'json']]) {
      const out: Buffer[] = []
      const stdout = new PassThrough().on('data', (c) => out.push(c))
      const stdin = Object.assign(Readable.from([]), {isTTY: true})
      await cli([...argv, '--jobs', '1', '--silent'], {stdin, stdout, stderr: new PassThrough().resume()})
      const text = Buffer.concat(out).toString('utf8')
      // Several inputs as JSON or trees are one array of records; as NDJSON, a record per line.
      if (argv.includes('json') || argv.includes('--tree')) records.push(...JSON.parse(text))
      else records.push(...text.trim().split('\n').map((line) => JSON.parse(line)))
    }
    expect(records).toHaveLength(6 + 5 + 5)
    const seen = new Set<string>()
    for (const r of records as Array<{ok: boolean; path: string; error?: {code: string}; messages?: Array<{severity: string}>}>) {
      expect(errors(r), r.path).toBeNull()
      seen.add(r.ok ? `ok ${r.messages!.map((m) => m.severity).join(' ')}` : r.error!.code)
    }
    // Success with info and warnings, and each kind of failure, were all checked.
    expect([...seen].join('\n')).toMatch(/ok .*info/)
    expect([...seen].join('\n')).toMatch(/ok .*warning/)
    for (const code of ['ENOENT', 'ERR_EMPTY_INPUT', 'ERR_BINARY_INPUT']) expect(seen).toContain(code)

    const good = records[0] as {messages: Array<Record<string, unknown>>; data: Record<string, unknown>}
    expect(errors({...good, messages: [{...good.messages[0], ruleId: 'no-such-rule'}]})).toMatch(/ruleId/)
    expect(errors({...good, data: {...good.data, headline: ''}})).not.toBeNull()
    const {messages: _m, ...noMessages} = good
    expect(errors(noMessages)).not.toBeNull()
    expect(errors({path: 'x', ok: false, error: {code: 'ERR_X', message: ''}})).toMatch(/message/)
  })
})
