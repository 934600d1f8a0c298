import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {messages, parse, parseAsync, type PressRelease} from '../src/index.js'
import type {MessageData} from '../src/messages.js'
import {corpusPath, hasCorpus} from './corpus-folder.js'
import {hwpx, p, release as hwpxRelease, sectionXml} from './crafted.js'
import {findCases} from './fixture-cases.js'
import {releasePdf} from './pdf.js'
import {measureSources, stringValues} from './sources-measure.js'

const seed = readFileSync(new URL('../fixtures/seed-release/input.txt', import.meta.url), 'utf8')
const fixtures = new URL('../fixtures/', import.meta.url).pathname

/** The value at a path of the typed object (`contacts[1].phone`), or undefined. */
function at(release: unknown, path: string): unknown {
  let value: unknown = release
  for (const part of path.match(/[^.[\]]+/g) ?? []) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

/** The text of a source's span. */
const spanOf = (text: string, release: PressRelease, path: string) => {
  const source = release.sources![path]
  return text.slice(source.start.offset, source.end.offset)
}

describe('sources', () => {
  it('is left out unless asked for, and the rest of the object is the same', () => {
    const plain = parse(seed)
    expect('sources' in plain).toBe(false)
    const {sources, ...rest} = parse(seed, {sources: true})
    expect(sources).toBeTypeOf('object')
    expect(rest).toEqual(plain)
  })

  it('refuses an option that is no boolean', () => {
    expect(() => parse(seed, {sources: 'yes' as unknown as boolean})).toThrow(TypeError)
    expect(() => parse(seed, {sources: 'yes' as unknown as boolean})).toThrow(/`sources`/)
  })

  it('points the supplied release’s values at the text that prints them', () => {
    const release = parse(seed, {sources: true})
    expect(spanOf(seed, release, 'headline').replace(/\s+/g, ' ')).toBe(release.headline)
    expect(spanOf(seed, release, 'embargo.date')).toContain('2025. 5. 28.(수)')
    expect(spanOf(seed, release, 'embargo.time')).toContain('16:00')
    expect(spanOf(seed, release, 'distribution.date')).toContain('2025. 5. 28.(수)')
    expect(spanOf(seed, release, 'embargo.edition.date')).toContain('2025. 5. 29.(목)')
    expect(spanOf(seed, release, 'contacts[0].name').replace(/\s+/g, '')).toBe(release.contacts[0].name)
    expect(spanOf(seed, release, 'contacts[0].phone').replace(/\D/g, '')).toBe(release.contacts[0].phone!.replace(/\D/g, ''))
    // Points agree with their offsets.
    const lines = seed.split('\n')
    for (const [path, source] of Object.entries(release.sources!)) {
      for (const point of [source.start, source.end]) {
        const before = seed.slice(0, point.offset).split('\n')
        expect({path, line: point.line, column: point.column}).toEqual({path, line: before.length, column: before[before.length - 1].length + 1})
      }
      expect(source.end.offset, path).toBeGreaterThanOrEqual(source.start.offset!)
      expect(source.start.line).toBeLessThanOrEqual(lines.length)
    }
  })

  it('covers every string value of the supplied release, each held by its span', () => {
    const release = parse(seed, {sources: true})
    const measure = measureSources(release, seed, null)
    expect(measure.uncovered).toEqual([])
    expect(measure.misses).toEqual([])
    expect(measure.strings).toBeGreaterThan(100)
  })

  it('names the page and the box of each value read from a PDF', async () => {
    const file = new VFile({path: 'release.pdf', value: releasePdf()})
    const release = await parseAsync(file, {sources: true})
    const entries = Object.entries(release.sources!)
    expect(entries.length).toBeGreaterThan(5)
    for (const [path, source] of entries) {
      expect(source.page, path).toBeGreaterThanOrEqual(1)
      expect(source.box, path).toHaveLength(4)
      const [left, top, right, bottom] = source.box!
      expect(left, path).toBeLessThan(right)
      expect(top, path).toBeLessThan(bottom)
    }
    expect(measureSources(release, String(file.value), 'pdf').misses).toEqual([])
  })

  it('names the section and the paragraph of each value read from an HWPX document', () => {
    const bytes = hwpx(sectionXml(hwpxRelease + p('담당 부서 해양환경과 담당자 사무관 김바다 (044-200-5201)')))
    const file = new VFile({path: 'release.hwpx', value: bytes})
    const release = parse(file, {sources: true})
    expect(release.headline).toBe('해양 쓰레기 수거 확대')
    expect(release.sources!.headline).toMatchObject({section: 0, paragraph: 2})
    expect(release.sources!['embargo.date']).toMatchObject({section: 0, paragraph: 1})
    expect(measureSources(release, String(file.value), 'document').misses).toEqual([])
  })
})

describe('inferred', () => {
  const cases = findCases(fixtures)
  it('names, for every fixture, values that are there and a rule of the catalogue', () => {
    let count = 0
    for (const name of cases) {
      if (existsSync(join(fixtures, name, 'error.json'))) continue
      const release = parse(new Uint8Array(readFileSync(join(fixtures, name, 'input.txt'))))
      expect(Array.isArray(release.inferred), name).toBe(true)
      for (const entry of release.inferred) {
        count++
        expect(messages, `${name}: ${entry.rule}`).toHaveProperty(entry.rule)
        const value = at(release, entry.path)
        expect(value === null || value === undefined, `${name}: ${entry.path}`).toBe(false)
      }
    }
    expect(count).toBeGreaterThan(50)
  })

  it('says the year of an edition date printed without one was taken from the embargo', () => {
    const release = parse('보도자료\n\n보도시점\t2025. 11. 3.(월) 12:00 (11. 4.(화) 조간)\n\n새 제도 시행\n\n□ 새 제도가 시행된다.\n')
    expect(release.embargo?.edition?.date).toBe('2025-11-04')
    expect(release.inferred).toContainEqual({path: 'embargo.edition.date', rule: 'year-inferred'})
    expect(release.inferred.some((i) => i.path === 'embargo.date')).toBe(false)
  })

  it('gives each diagnostic about a value its path and the span the value was read from', () => {
    const file = new VFile(seed.replace('보도시점 2025. 5. 28.(수)', '보도시점 2025. 5. 28.(목)'))
    parse(file)
    const weekday = file.messages.find((m) => m.ruleId === 'weekday-mismatch')!
    expect((weekday as typeof weekday & {data?: MessageData}).data?.path).toBe('embargo.channels[0].date')
    expect(weekday.place).toMatchObject({start: {line: 3, column: 6}, end: {line: 3, column: 21}})
    const carried = file.messages.filter((m) => m.ruleId === 'department-carried')
    expect(carried.length).toBeGreaterThan(0)
    for (const m of carried) expect((m as typeof m & {data?: MessageData}).data?.path).toMatch(/^contacts\[\d+\]\.department$/)
  })
})

describe('sources over the corpus (skipped without it)', () => {
  for (const form of ['text', 'lines', 'markdown']) {
    it.skipIf(!hasCorpus(form))(`covers 98% of string values and 99% are held by their span (${corpusPath(form)})`, () => {
      const dir = corpusPath(form)
      let strings = 0
      let covered = 0
      let held = 0
      for (const name of readdirSync(dir).filter((f) => !f.startsWith('.')).sort()) {
        const text = readFileSync(join(dir, name), 'utf8')
        const file = new VFile({path: name, value: text})
        const release = parse(file, {sources: true})
        const m = measureSources(release, String(file.value), null)
        strings += m.strings
        covered += m.covered
        held += m.holds
        // Every value the object holds is counted.
        expect(m.strings).toBe(stringValues(release).length)
      }
      expect(covered / strings).toBeGreaterThanOrEqual(0.98)
      expect(held / covered).toBeGreaterThanOrEqual(0.99)
    })
  }

  it.skipIf(!hasCorpus('original'))(`gives every entry of a PDF original a page and a box (${corpusPath('original')})`, async () => {
    const dir = corpusPath('original')
    const names = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort()
    let entries = 0
    for (const name of names) {
      const release = await parseAsync(new VFile({path: name, value: new Uint8Array(readFileSync(join(dir, name)))}), {sources: true}).catch(() => null)
      if (!release) continue
      for (const [path, source] of Object.entries(release.sources!)) {
        entries++
        expect(source.page !== undefined && source.box !== undefined, `${name}: ${path}`).toBe(true)
      }
    }
    expect(entries).toBeGreaterThan(1000)
  }, 120_000)
})
