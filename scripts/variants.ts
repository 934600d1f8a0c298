/**
 * Layout variants of one release's plain-text export (TAB between cells): the same release
 * printed the way other years and issuers print it, saying exactly the same, so the release's
 * gold still applies. Each transformation returns null for a release it cannot rewrite
 * faithfully (a header shape it does not know), and that release is left out of it.
 *
 * Used by `scripts/eval.ts` (the `variants` row) and by `test/variants.test.ts`.
 */

import {distributionLabels, embargoLabels} from '../src/lib/lexicon.js'
import {findDates} from '../src/lib/date.js'

export interface Variant {
  /** The transformation's name (`header-after-title`, `labels`, …). */
  name: string
  text: string
}

type Transform = (release: Release, seed: number) => string | null

/** The parts of a release's text this script moves: the header rows, the title box, the rest. */
interface Release {
  /** Lines before the header (the logo and kind row), blank lines dropped. */
  top: string[]
  /** The header rows (label and value cells), continuation rows included. */
  header: string[]
  /** The title box: the headline and subtitle lines. */
  title: string[]
  /** Everything after the title box, as printed. */
  rest: string[]
}

const embargoLabel = /^(?:보도\s*시점|보도\s*일시)\s*[:：]?$/
const distributionLabel = /^배포\s*[:：]?$/
const bodyMarker = /^\s*[□■○●◎ㅇ※▲◆◇【]/

/** Split a release's text into its parts, or null when its top is not the usual header-then-title layout. */
export function splitRelease(text: string): Release | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  let i = 0
  const top: string[] = []
  const header: string[] = []
  while (i < lines.length && i < 8) {
    const cells = lines[i].split('\t').map((c) => c.trim())
    if (embargoLabel.test(cells[0]) || distributionLabel.test(cells[0])) break
    if (lines[i].trim()) top.push(lines[i])
    i++
  }
  if (i >= lines.length || i >= 8) return null
  while (i < lines.length) {
    const line = lines[i]
    const first = line.split('\t')[0].trim()
    if (embargoLabel.test(first) || distributionLabel.test(first) || (header.length > 0 && line.startsWith('\t') && line.trim())) header.push(line)
    else if (line.trim()) break
    i++
  }
  const title: string[] = []
  while (i < lines.length && (lines[i].trim() || title.length === 0)) {
    if (lines[i].trim()) {
      if (bodyMarker.test(lines[i]) || /^\s{2,}/.test(lines[i]) || lines[i].includes('\t')) break
      title.push(lines[i])
    }
    i++
  }
  if (title.length === 0 || title.length > 6) return null
  return {top, header, title, rest: lines.slice(i)}
}

function join(...parts: string[][]): string {
  return parts
    .filter((p) => p.length > 0)
    .map((p) => p.join('\n'))
    .join('\n\n')
}

function assemble(release: Release, header: string[]): string {
  return join(release.top, header, release.title) + '\n' + release.rest.join('\n')
}

/** The header's cells, when it is one row of label/value pairs (`보도시점 V 배포 W`), with no continuation rows. */
function pairs(release: Release): Array<[string, string]> | null {
  if (release.header.length !== 1) return null
  const cells = release.header[0].split('\t').map((c) => c.trim())
  if (cells.length !== 2 && cells.length !== 4) return null
  if (!embargoLabel.test(cells[0]) || (cells.length === 4 && !distributionLabel.test(cells[2]))) return null
  if (cells.some((c) => !c)) return null
  const out: Array<[string, string]> = [[cells[0], cells[1]]]
  if (cells.length === 4) out.push([cells[2], cells[3]])
  return out
}

const bare = (label: string) => label.replace(/\s*[:：]$/, '')

/** The header printed under the title box. */
const headerAfterTitle: Transform = (release) => join(release.top, release.title, release.header) + '\n' + release.rest.join('\n')

const embargoSpellings = ['보도일시', '보도시점', '보도일자', '보 도 일 시', '엠바고', '보도', '보도시간']
const distributionSpellings = ['배포일시', '배포일', '배포', '배 포 일 시', '배포일자']

/** Labels in the spellings of other years and issuers. */
const labels: Transform = (release, seed) => {
  const header = release.header.map((line) =>
    line
      .split('\t')
      .map((cell) => {
        const t = cell.trim()
        if (embargoLabel.test(t)) return embargoSpellings[seed % embargoSpellings.length]
        if (distributionLabel.test(t)) return distributionSpellings[(seed >> 3) % distributionSpellings.length]
        return cell
      })
      .join('\t')
  )
  return assemble(release, header)
}

const fullDate = /(\d{4})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.?\s*\(\s*([월화수목금토일])\s*\)/g
const clock = /(?<![\d.])([01]?\d|2[0-3]):([0-5]\d)(?!\d)/g

/** A clock time in words: `오전 9시`, `낮 12시`, `오후 2시 30분`. */
function wordTime(hour: number, minute: number): string {
  const period = hour < 12 ? '오전' : hour === 12 ? '낮' : '오후'
  const h = hour > 12 ? hour - 12 : hour
  return `${period} ${h}시${minute ? ` ${minute}분` : ''}`
}

type DateStyle = 'korean' | 'short-year' | 'no-year'
const dateStyles: DateStyle[] = ['korean', 'short-year', 'no-year']

/** Dates and times re-spelled: `2026년 4월 12일(일)`, `’26. 4. 12.(일)`, `4.12(일)` (the year printed once), `오후 2시`. */
const dates: Transform = (release, seed) => {
  const style = dateStyles[seed % dateStyles.length]
  const words = (seed >> 2) % 2 === 0
  let seen = 0
  let changed = false
  const header = release.header.map((line) => {
    let out = line.replace(fullDate, (_, y: string, m: string, d: string, w: string) => {
      changed = true
      const n = seen++
      if (style === 'korean') return `${y}년 ${Number(m)}월 ${Number(d)}일(${w})`
      if (style === 'short-year') return `’${y.slice(2)}. ${Number(m)}. ${Number(d)}.(${w})`
      // The header's first date keeps its year: the others take it.
      return n === 0 ? `${y}. ${Number(m)}. ${Number(d)}.(${w})` : `${Number(m)}.${Number(d)}(${w})`
    })
    if (words) {
      out = out.replace(clock, (_, h: string, m: string) => {
        changed = true
        return wordTime(Number(h), Number(m))
      })
    }
    return out
  })
  return changed ? assemble(release, header) : null
}

/** The one-row header rebuilt as an older table: one row per label, its value beside it. */
const twoRowTable: Transform = (release) => {
  const p = pairs(release)
  if (!p || p.length < 2) return null
  return assemble(
    release,
    p.map(([label, value]) => `${bare(label)}\t${value}`)
  )
}

/** The one-row header rebuilt as labels over values: a row of labels, then a row of values. */
const stackedTable: Transform = (release) => {
  const p = pairs(release)
  if (!p || p.length < 2) return null
  return assemble(release, [p.map(([label]) => bare(label)).join('\t'), p.map(([, value]) => value).join('\t')])
}

/** The header as plain lines, no table: `보도일시 : …` then `배포일시 : …`. */
const plainLines: Transform = (release) => {
  const p = pairs(release)
  if (!p) return null
  return assemble(
    release,
    p.map(([label, value]) => `${bare(label)} : ${value}`)
  )
}

/** Where the contact table stands in `rest`: its first row (`담당 부서 …`) and the rows after it that continue it. */
function contactTable(rest: string[]): [number, number] | null {
  const start = rest.findIndex((line) => /^담당\s*부서/.test(line) && line.includes('\t'))
  if (start < 0) return null
  let end = start + 1
  while (end < rest.length && /^\t/.test(rest[end]) && rest[end].trim()) end++
  // A second table (another ministry's people) or a row under it that is not blank: not a table moved whole.
  if (rest.slice(end).some((line) => /^담당\s*부서/.test(line)) || (end < rest.length && rest[end].trim())) return null
  return [start, end]
}

/** The contact table printed in the header box, right under the dates (the old layout). */
const contactsInHeader: Transform = (release) => {
  const at = contactTable(release.rest)
  if (!at) return null
  const table = release.rest.slice(at[0], at[1])
  const rest = [...release.rest.slice(0, at[0]), ...release.rest.slice(at[1])]
  return join(release.top, release.header, table, release.title) + '\n' + rest.join('\n')
}

/** The contact table printed between the kind and the dates. */
const contactsAboveDates: Transform = (release) => {
  const at = contactTable(release.rest)
  if (!at || release.top.length === 0) return null
  const table = release.rest.slice(at[0], at[1])
  const rest = [...release.rest.slice(0, at[0]), ...release.rest.slice(at[1])]
  return join(release.top, table, release.header, release.title) + '\n' + rest.join('\n')
}

/**
 * The attachments listed as one numbered line above the contact table, in place of the list the
 * release prints there (if any): `붙임  1. A 1부.  2. B 1부.  끝.`
 */
const attachmentList: Transform = (release) => {
  const headings = release.rest.map((line) => /^붙임\s*(\d{1,2})\t+(.+)$/.exec(line)).filter((m) => m !== null)
  if (headings.length < 2 || headings.some((m, i) => Number(m[1]) !== i + 1)) return null
  const at = contactTable(release.rest)
  if (!at) return null
  // The release's own list before the contact table: its `붙임 …` lines and the numbered lines under them.
  const kept: string[] = []
  let inList = false
  for (const line of release.rest.slice(0, at[0])) {
    if (/^\s*[【<[]?\s*붙\s*임/.test(line)) inList = true
    else if (!(inList && /^\s+\d{1,2}\.\s/.test(line))) inList = false
    if (!inList) kept.push(line)
  }
  const list = '붙임  ' + headings.map((m) => `${m[1]}. ${m[2].replace(/\s{2,}.*$/, '').trim()} 1부.`).join('  ') + '  끝.'
  const rest = [...kept, list, '', ...release.rest.slice(at[0])]
  return join(release.top, release.header, release.title) + '\n' + rest.join('\n')
}

const contactSpellings = ['자료문의', '문의', '담당부서', '담 당 부 서', '연락처']

/** The contact table's label in the spellings of other years and issuers (`자료문의`, `문의`, `연락처` …). */
const contactLabels: Transform = (release, seed) => {
  const at = contactTable(release.rest)
  if (!at) return null
  const spelling = contactSpellings[(seed >> 5) % contactSpellings.length]
  const rest = release.rest.map((line, i) => (i === at[0] ? line.replace(/^담당\s*부서/, spelling) : line))
  return join(release.top, release.header, release.title) + '\n' + rest.join('\n')
}

/** The embargo printed as a sentence, the older way: `이 보도자료는 … 이후 보도할 수 있습니다.` */
const embargoSentence: Transform = (release) => {
  const p = pairs(release)
  // One moment only: channels (`(온라인) … (지면) …`) read as one sentence would change what it says.
  if (!p || /[(<][^)>]*(?:온라인|인터넷|지\s*면|방송|전매체)/.test(p[0][1])) return null
  const [, value] = p[0]
  const sentence = /즉\s*시/.test(value) ? `이 보도자료는 ${value} 보도할 수 있습니다.` : `이 보도자료는 ${value} 이후 보도할 수 있습니다.`
  return assemble(release, [...(p[1] ? [`${bare(p[1][0])}\t${p[1][1]}`] : []), sentence])
}

/** Brackets and colons a label may be printed with: `[보도시점]`, `<배포>`, `보도시점 :`. */
const labelDresses: Array<(label: string) => string> = [(l) => l, (l) => `[${l}]`, (l) => `<${l}>`, (l) => `【${l}】`, (l) => `${l} :`, (l) => `${l}:`]

/** Spaces a label may be printed with: as listed, letter-spaced (`보 도 일 시`), or with one space inside (`보도 가능 시점`). */
const labelSpacings: Array<(label: string) => string> = [(l) => l, (l) => [...l].join(' '), (l) => (l.length >= 4 ? `${l.slice(0, 2)} ${l.slice(2)}` : l)]

/**
 * Labels in every spelling the lexicon lists (`보도가능시점`, `배포일자`, `자료제공`, `제공일시` …),
 * spaced and dressed in brackets or colons, each release its own.
 */
const lexiconLabels: Transform = (release, seed) => {
  const pick = (list: readonly string[], n: number) => list[n % list.length]
  const dress = (label: string, n: number) => labelDresses[n % labelDresses.length](labelSpacings[(n >> 3) % labelSpacings.length](label))
  const header = release.header.map((line) =>
    line
      .split('\t')
      .map((cell) => {
        const t = cell.trim()
        if (embargoLabel.test(t)) return dress(pick(embargoLabels, seed), seed >> 2)
        if (distributionLabel.test(t)) return dress(pick(distributionLabels, seed >> 4), seed >> 6)
        return cell
      })
      .join('\t')
  )
  return assemble(release, header)
}

/**
 * The header's dates printed without their year (`4. 13.(월) 12:00`), the year left to the dates
 * the release prints elsewhere: only for a release whose other parts print that year (a date of
 * it, or `2026년`).
 */
const yearInBody: Transform = (release) => {
  const years = new Set<number>()
  for (const line of release.header) for (const d of findDates(line)) if (d.year !== null) years.add(d.year)
  const rest = [...release.title, ...release.rest].join('\n')
  const [year] = years
  if (years.size !== 1 || !(findDates(rest).some((d) => d.year === year) || rest.includes(`${year}년`))) return null
  let changed = false
  const header = release.header.map((line) =>
    line.replace(fullDate, (_, _y: string, m: string, d: string, w: string) => {
      changed = true
      return `${Number(m)}. ${Number(d)}.(${w})`
    })
  )
  return changed ? assemble(release, header) : null
}

/** An edition's date printed as its day alone (`< 14(화) 조간 >`), the month left to the header's first date. */
const dayWithoutMonth: Transform = (release) => {
  let seen = 0
  let changed = false
  const dated = /(\d{4})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.?\s*\(\s*([월화수목금토일])\s*\)(\s*(?:조\s*간|석\s*간))?/g
  const header = release.header.map((line) =>
    line.replace(dated, (whole, _y: string, _m: string, d: string, w: string, word: string | undefined) => {
      // The first date keeps its month: the day is read beside it.
      if (seen++ === 0 || !word) return whole
      changed = true
      return `${Number(d)}(${w})${word}`
    })
  )
  return changed ? assemble(release, header) : null
}

/** A summary box under the title box (`< 요 약 >` over a line of its own), before the body. */
const summaryBox: Transform = (release) => join(release.top, release.header, release.title, ['< 요 약 >', 'ㅇ 이 자료의 주요 내용을 요약한 줄']) + '\n' + release.rest.join('\n')

/** A unit note at the end of each appendix page's title (`붙임 1  행사 개요 (단위: 건)`). */
const appendixUnitNote: Transform = (release) => {
  let changed = false
  const rest = release.rest.map((line) => {
    const m = /^((?:붙\s*임|참\s*고|별\s*첨)\s*\d{0,2})(\t+)(\S.*?)\s*$/.exec(line)
    if (!m || /단\s*위/.test(m[3])) return line
    changed = true
    return `${m[1]}${m[2]}${m[3]} (단위: 건)`
  })
  return changed ? join(release.top, release.header, release.title) + '\n' + rest.join('\n') : null
}

/** A cover line (`붙 임 자 료`) over the numbered appendix pages, before the first. */
const appendixCover: Transform = (release) => {
  const first = release.rest.findIndex((line) => /^(?:붙\s*임|참\s*고)\s*1\t/.test(line))
  if (first < 0 || !release.rest.some((line, i) => i > first && /^(?:붙\s*임|참\s*고)\s*2\t/.test(line))) return null
  const word = /^참/.test(release.rest[first]) ? '참 고 자 료' : '붙 임 자 료'
  const rest = [...release.rest.slice(0, first), word, '', ...release.rest.slice(first)]
  return join(release.top, release.header, release.title) + '\n' + rest.join('\n')
}

const transforms: Record<string, Transform> = {
  'header-after-title': headerAfterTitle,
  labels,
  dates,
  'two-row-table': twoRowTable,
  'stacked-table': stackedTable,
  'plain-lines': plainLines,
  'embargo-sentence': embargoSentence,
  'contacts-in-header': contactsInHeader,
  'contacts-above-dates': contactsAboveDates,
  'attachment-list': attachmentList,
  'contact-labels': contactLabels,
  'lexicon-labels': lexiconLabels,
  'year-in-body': yearInBody,
  'day-without-month': dayWithoutMonth,
  'summary-box': summaryBox,
  'appendix-unit-note': appendixUnitNote,
  'appendix-cover': appendixCover
}

/** The names of the transformations, in the order `variants` applies them. */
export const variantNames = Object.keys(transforms)

/** A number from a release's id, so each release gets its own spellings, the same every run. */
function seedOf(id: string): number {
  let h = 7
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0
  return h >>> 4
}

/** Every variant of one release's `text` form that can be made faithfully. */
export function variants(text: string, id = ''): Variant[] {
  const release = splitRelease(text)
  if (!release || release.header.length === 0) return []
  const seed = seedOf(id)
  const out: Variant[] = []
  for (const name of variantNames) {
    const made = transforms[name](release, seed)
    if (made !== null && made !== text) out.push({name, text: made})
  }
  return out
}

/** A text-form release in the `lines` form: every table cell on a line of its own, empty cells left out. */
export function toLines(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line.includes('\t')
        ? line
            .split('\t')
            .filter((cell) => cell.trim())
            .join('\n')
        : line
    )
    .join('\n')
}

/**
 * A text-form release as converter Markdown: each run of table rows (TAB-separated) as a pipe
 * table, its first row the table's head; every other line as printed.
 */
export function toMarkdown(text: string): string {
  const out: string[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes('\t')) {
      out.push(lines[i])
      continue
    }
    let end = i
    while (end < lines.length && lines[end].includes('\t')) end++
    const rows = lines.slice(i, end).map((line) => line.split('\t').map((cell) => cell.trim().replace(/\|/g, '\\|')))
    const width = Math.max(...rows.map((r) => r.length))
    const pipe = (cells: string[]) => `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`
    if (out.length > 0 && out[out.length - 1].trim()) out.push('')
    out.push(pipe(rows[0]), pipe(Array<string>(width).fill('---')), ...rows.slice(1).map(pipe), '')
    i = end - 1
  }
  return out.join('\n')
}
