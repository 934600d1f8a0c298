/**
 * What `sources` is measured by (the corpus script and the tests): every non-null string value of
 * a typed object (block types aside: they name a shape, not a printed value) has an entry, and the
 * text at the entry holds the value: white space removed, the value's text; a phone, its digits;
 * a date (`YYYY-MM-DD`), a printed date of that month and day; a time, a printed time of that
 * hour and minute; an ISO moment, both; an edition's kind, `조간` or `석간`.
 */
import {findDates, findTimes, pad} from '../src/lib/date.js'
import type {PressRelease} from '../src/index.js'

export interface Measure {
  /** Non-null string values. */
  strings: number
  /** Of those, how many have an entry. */
  covered: number
  /** Of the entries, how many hold their value. */
  holds: number
  /** Of the entries, how many say where they are in the document (page and box, or section and paragraph). */
  located: number
  misses: string[]
  uncovered: string[]
}

/** Every non-null string value of the object, by path; block `type`s aside. */
export function stringValues(value: unknown, path = '', out: Array<[string, string]> = []): Array<[string, string]> {
  if (typeof value === 'string') out.push([path, value])
  else if (Array.isArray(value)) value.forEach((v, i) => stringValues(v, `${path}[${i}]`, out))
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (path === '' && (key === 'sources' || key === 'inferred')) continue
      if (key === 'type' && /blocks\[\d+\]$|children\[\d+\]$/.test(path)) continue
      stringValues(v, path ? `${path}.${key}` : key, out)
    }
  }
  return out
}

const squash = (value: string) => value.replace(/\s+/g, '')

/**
 * The text a span prints: in Markdown a line break written `<br>` is white space, and a character
 * escaped with a backslash (`\\~`, `\\*`) is that character.
 */
const printed = (span: string) => span.replace(/<br\s*\/?>/gi, ' ').replace(/\\([!-/:-@[-`{-~])/g, '$1')

/** Whether the text of a span holds the value of the path. */
export function holds(path: string, value: string, source: string): boolean {
  const span = printed(source)
  if (/\.phone$/.test(path)) return squash(span).replace(/[^\d*]/g, '').includes(value.replace(/[^\d*]/g, ''))
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return printsDate(span, value)
  if (/^\d{2}:\d{2}$/.test(value)) return printsTime(span, value)
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+09:00$/.test(value)) return printsDate(span, value.slice(0, 10)) && printsTime(span, value.slice(11, 16))
  if (/edition\.kind$/.test(path)) return squash(span).includes(value === 'morning' ? '조간' : '석간')
  if (squash(span).includes(squash(value))) return true
  // A department printed over two rows of a table is joined with a space: its parts, in order.
  if (/\.department$/.test(path)) {
    let from = 0
    for (const part of value.split(' ')) {
      from = squash(span).indexOf(squash(part), from)
      if (from < 0) return false
      from += squash(part).length
    }
    return true
  }
  return false
}

function printsDate(span: string, date: string): boolean {
  const [, month, day] = date.split('-').map(Number)
  return findDates(span).some((d) => d.month === month && d.day === day)
}

function printsTime(span: string, time: string): boolean {
  return findTimes(span).some((t) => `${pad(t.hour)}:${pad(t.minute)}` === time)
}

/** Measure a release's `sources` against the text it was parsed from. */
export function measureSources(release: PressRelease, text: string, original: 'pdf' | 'document' | null): Measure {
  const sources = release.sources ?? {}
  const m: Measure = {strings: 0, covered: 0, holds: 0, located: 0, misses: [], uncovered: []}
  for (const [path, value] of stringValues(release)) {
    m.strings++
    const source = sources[path]
    if (!source) {
      m.uncovered.push(`${path} ${JSON.stringify(value).slice(0, 60)}`)
      continue
    }
    m.covered++
    const span = text.slice(source.start.offset, source.end.offset)
    if (holds(path, value, span)) m.holds++
    else m.misses.push(`${path} ${JSON.stringify(value).slice(0, 60)} ≠ ${JSON.stringify(span).slice(0, 80)}`)
    if (original === 'pdf' ? source.page !== undefined && source.box !== undefined : original === 'document' && source.section !== undefined && source.paragraph !== undefined) m.located++
  }
  return m
}
