import type {VFile} from 'vfile'
import type {Position} from 'unist'
import {report} from './messages.js'
import type * as T from './press-release.js'
import type {Appendix, Block, Footer, Header, Item, Node, Quote, Root, ScheduleRow, Section, Table, TableRow, Title} from './types.js'
import {LazyScheduleRow, LazyTableRow} from './lib/lazy-nodes.js'
import {findDates, findDays, isoDate, weekdayOf} from './lib/date.js'
import {iso, readEmbargo, readMoment, yearOf, type Inference} from './lib/embargo.js'
import {nearDateOfRelease, yearOfRelease} from './lib/release-year.js'
import {codeAt, isWhiteSpace} from './lib/chars.js'
import {LeafText} from './lib/leaf-text.js'
import {subtitleMarkerPattern, endsWithDash, appendixLabelAt} from './lib/patterns.js'
import {append} from './lib/arrays.js'
import {readPublisher} from './lib/publisher.js'
import {checkTree} from './lib/check.js'
import type {Offsets} from './lib/offsets.js'

type AnyNode = Node & {children?: AnyNode[]; value?: string}

/** Turn the syntax tree into the typed object; diagnostics about values go to `file`. */
export function toPressRelease(tree: Root, file?: VFile): T.PressRelease {
  checkTree(tree)
  return readRelease(tree, file, null)
}

/** `toPressRelease`, told where the source holds chars to clean (see `build`). */
export function readRelease(tree: Root, file: VFile | undefined, toClean: Offsets | null): T.PressRelease {
  return read(tree, new LeafText(toClean), file)
}

function read(tree: Root, t: LeafText, file?: VFile): T.PressRelease {
  const headers: Header[] = []
  let title: Title | undefined
  let footer: Footer | undefined
  const bodyBlocks: Block[] = []
  const contacts: T.Contact[] = []
  const appendices: Appendix[] = []
  const listedLabels: ReturnType<typeof listed> = []
  const quotes: T.Quote[] = []
  for (const child of tree.children) {
    if (child.type === 'header') headers.push(child)
    else if (child.type === 'title') title ??= child
    else if (child.type === 'footer') footer ??= child
    else if (child.type === 'contacts') {
      for (const c of child.children) {
        // Written out rather than spread (a spread copies slowly); the key order is the typed one.
        if (c.type === 'contact') contacts.push({group: c.group, department: c.department, role: c.role, title: c.title, name: c.name, phone: c.phone, email: c.email})
      }
    }
    else if (child.type === 'appendix') {
      appendices.push(child)
      for (const c of child.children) if (c.type === 'quote') quotes.push(toQuote(c))
    } else if (child.type === 'body') {
      const blocks: Block[] = []
      for (const block of child.children) {
        if (block.type === 'quote') quotes.push(toQuote(block))
        else blocks.push(block)
      }
      append(bodyBlocks, blocks)
      for (const entry of listed(blocks)) listedLabels.push(entry)
    }
  }

  const {kind, embargo, distribution} = readHeader(headers, t, file, () => textsBeyondHeader(tree, t))
  const headlineNode = title?.children.find((c) => c.type === 'headline')
  const headline = headlineNode ? t.of(headlineNode) || null : null
  const subtitles = (title?.children ?? [])
    .filter((c) => c.type === 'subtitle')
    .map((c) => {
      const value = t.of(c).replace(subtitleMarkerPattern, '')
      return (endsWithDash(value) ? value.replace(/(?<![\s\-–—])\s*[-–—]+$/, '') : value).trim()
    })
    .filter(Boolean)
  const blocks = bodyBlocks.map((b) => toBlock(b, t))
  const flat = flatten(blocks)
  const schedule: T.ScheduleRow[] = []
  for (const block of bodyBlocks) scheduleIn(block, schedule)
  const publisher = readPublisher({
    header: headers.flatMap((h) => h.children.filter((c) => c.type === 'paragraph').map((c) => t.of(c))),
    headline,
    subtitles,
    blocks: leadTexts(blocks, [], 12),
    departments: contacts.map((c) => c.department),
    text: () => [headline ?? '', ...subtitles, ...flat.map((b) => b.text), ...contacts.map((c) => c.department ?? '')].join('\n')
  })
  return {
    kind,
    publisher: publisher.map((p) => p.name),
    issuers: readIssuers(flat),
    embargo,
    distribution,
    headline,
    subtitles,
    body: {blocks, tasks: readTasks(flat), quotes, schedule},
    contacts,
    footer: readFooter(footer, t),
    appendices: mergeListed(appendices.map((a) => readAppendix(a, t)), listedLabels)
  }
}

/** The texts of a release beyond its header, in order: where a year the header leaves out may be printed. */
function* textsBeyondHeader(tree: Root, t: LeafText): Generator<string> {
  for (const child of tree.children) if (child.type !== 'header') yield t.of(child)
}

/**
 * Read the header's fields; a header may be printed in parts (the kind on top, the dates under
 * the title box). Dates it prints without a year take the header's year, else the year the
 * release prints elsewhere (`elsewhere`, read only then).
 */
function readHeader(headers: Header[], t: LeafText, file?: VFile, elsewhere?: () => Iterable<string>) {
  let kind: string | null = null
  const embargoValues: string[] = []
  const distributionValues: string[] = []
  let embargoPlace: Position | undefined
  let hasEmbargo = false
  let hasDistribution = false
  for (const child of headers.flatMap((h) => h.children)) {
    if (child.type === 'kind' && kind === null) kind = t.of(child).replace(/\s+/g, '')
    if (child.type === 'embargo' || child.type === 'distribution') {
      const values = child.children.filter((c) => c.type === 'text').map((c) => t.of(c as AnyNode))
      if (child.type === 'embargo') {
        hasEmbargo = true
        embargoPlace ??= child.position
        append(embargoValues, values)
      } else {
        hasDistribution = true
        append(distributionValues, values)
      }
    }
  }
  // Runs of white space (padding, cells, wrapped lines) read as one space, as in every other text.
  const embargoRaw = embargoValues.filter((v) => !/^[/|]$/.test(v)).join(' ').replace(/\s+/g, ' ').replace(/^[\s/|]+|(?<![\s/|])[\s/|]+$/g, '')
  const distributionRaw = distributionValues.filter((v) => !/^[/|]$/.test(v)).join(' ').replace(/\s+/g, ' ').replace(/^[\s/|]+|(?<![\s/|])[\s/|]+$/g, '')
  // A year printed anywhere in the header completes dates printed without one.
  const dates = findDates(embargoRaw)
  const embargoDates = dates.length
  for (const d of findDates(distributionRaw)) dates.push(d)
  let year = dates.find((d) => d.year !== null)?.year ?? null
  const fromRelease = year === null && elsewhere && dates.length > 0 ? yearOfRelease(dates, elsewhere()) : null
  if (fromRelease) year = fromRelease.year
  // A day printed without its month (`14(월)`) is read beside the header's first date, else beside
  // the nearest date of the release that gives it its weekday.
  const days = [...findDays(embargoRaw, dates.slice(0, embargoDates)), ...findDays(distributionRaw, dates.slice(embargoDates))]
  let near = days.length > 0 && dates.length > 0 ? {year: dates[0].year ?? year, month: dates[0].month, day: dates[0].day} : null
  let nearFrom: string | null = null
  if (days.length > 0 && dates.length === 0 && elsewhere) {
    const found = nearDateOfRelease(days, elsewhere())
    if (found) {
      near = found
      year = found.year
      nearFrom = found.printed
    }
  }
  const inferences: Inference[] = []
  const embargo = hasEmbargo && embargoRaw ? readEmbargo(embargoRaw, year, inferences, near) : null
  let distribution: T.Distribution | null = null
  if (hasDistribution && distributionRaw) {
    const moment = readMoment(distributionRaw, year, inferences, near)
    distribution = {raw: distributionRaw, ...moment, iso: iso(moment.date, moment.time)}
  }
  if (file) {
    if (kind === null) report(file, 'missing-kind', headers[0]?.position)
    for (const inference of inferences) {
      if (inference.kind === 'year-inferred') {
        const printed = fromRelease?.printed ?? nearFrom
        if (printed) report(file, 'year-from-release', embargoPlace, inference.args[0], printed)
        else report(file, 'year-inferred', embargoPlace, inference.args[0])
      } else if (inference.kind === 'month-inferred') report(file, 'month-inferred', embargoPlace, inference.args[0], inference.args[1])
      else report(file, 'edition-date-inferred', embargoPlace, inference.args[0], inference.args[1])
    }
    if (embargo && !embargo.immediate && !embargo.date && !embargo.edition && !embargo.condition) report(file, 'unparsed-header-value', embargoPlace, embargoRaw)
    for (const d of dates) {
      const y = d.year ?? (year === null ? null : yearOf(d, year))
      if (y === null || !d.weekday) continue
      const expected = weekdayOf(y, d.month, d.day)
      if (expected !== d.weekday) report(file, 'weekday-mismatch', embargoPlace, d.weekday, isoDate(y, d.month, d.day), expected)
    }
  }
  return {kind, embargo, distribution}
}

function toBlock(node: Block | Section | AnyNode, t: LeafText): T.BodyBlock {
  if (node.type === 'item') {
    const item = node as Item
    // Most items hold their own line only: no lists to filter then.
    let own = true
    for (const c of item.children) if (c.type !== 'text' && c.type !== 'field') own = false
    const children: T.BodyBlock[] = []
    let text: string
    if (own) text = t.of(item as AnyNode)
    else {
      text = t.ofAll(item.children.filter((c) => c.type === 'text' || c.type === 'field'))
      for (const c of item.children) if (c.type === 'item' || c.type === 'table' || c.type === 'paragraph') children.push(toBlock(c, t))
    }
    return {type: 'item', marker: item.marker, depth: item.depth, text: withoutMarker(text, item.marker).trim(), children}
  }
  if (node.type === 'table') {
    const rows: string[][] = []
    for (const row of (node as Table).children) {
      // A page number the table spans is kept in it, and is no row.
      if (row.type !== 'tableRow' && row.type !== 'scheduleRow') continue
      const cells = cellTexts(row, t)
      if (cells.length) rows.push(cells)
    }
    return {type: 'table', rows}
  }
  return {type: 'paragraph', text: t.of(node as AnyNode)}
}

/** The text of each cell of a table row, in order ('' for an empty cell). */
function cellTexts(row: TableRow | ScheduleRow, t: LeafText): string[] {
  if (row instanceof LazyTableRow || row instanceof LazyScheduleRow) return row.texts()
  const cells: string[] = []
  for (const cell of row.children) if (cell.type === 'tableCell') cells.push(t.of(cell as AnyNode))
  return cells
}

const markerPatterns = new Map<string, RegExp>()

/** An item's text without its marker and the spaces after it (and a Markdown list bullet before it). */
function withoutMarker(text: string, marker: string): string {
  const first = codeAt(text, 0)
  // No bullet can come first: the marker, if printed, starts the text.
  if (first !== 0x2d && first !== 0x2a && first !== 0x2b && text.startsWith(marker)) {
    let at = marker.length
    while (at < text.length && isWhiteSpace(text.charCodeAt(at))) at++
    return text.slice(at)
  }
  return text.replace(markerAtStart(marker), '')
}

/** The marker at the start of an item's text, after a Markdown list bullet if any. */
function markerAtStart(marker: string): RegExp {
  let pattern = markerPatterns.get(marker)
  if (!pattern) {
    pattern = makeMarkerPattern(marker)
    markerPatterns.set(marker, pattern)
  }
  return pattern
}

function makeMarkerPattern(marker: string): RegExp {
  return new RegExp('^(?:[-*+]\\s+(?=\\S))?' + marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '\\s*')
}

function flatten(blocks: T.BodyBlock[]): Array<T.ItemBlock | T.ParagraphBlock> {
  const out: Array<T.ItemBlock | T.ParagraphBlock> = []
  for (const b of blocks) {
    if (b.type === 'table') continue
    out.push(b)
    if (b.type === 'item') append(out, flatten(b.children))
  }
  return out
}

/** What follows an issuer's name: `(장관 홍길동)`, `(이하 …)`, read where a parenthesis opens. */
const issuerParen = /\((?:[^()]*?(?:장관|처장|청장|원장|위원장|총장|이사장|회장|차관|본부장|대표|실장|단장|센터장|소장|부장|국장|총재|의장|관장)\s*[가-힣]{2,4}|이하)[^()]*\)/y

function isNameChar(code: number): boolean {
  return (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0xb7 || code === 0x318d
}

/** The names (2–30 letters) printed right before such a parenthesis, in order. */
function issuersIn(text: string): string[] {
  const out: string[] = []
  let from = 0
  for (let open = text.indexOf('(', from); open >= 0; open = text.indexOf('(', from)) {
    issuerParen.lastIndex = open
    const m = issuerParen.exec(text)
    from = open + 1
    if (!m) continue
    let end = open
    while (end > 0 && /\s/.test(text[end - 1])) end--
    let start = end
    while (start > 0 && end - start < 30 && isNameChar(text.charCodeAt(start - 1))) start--
    if (end - start < 2) continue
    out.push(text.slice(start, end))
    from = open + m[0].length
  }
  return out
}

function readIssuers(blocks: Array<T.ItemBlock | T.ParagraphBlock>): string[] {
  const out: string[] = []
  for (const block of blocks.slice(0, 3)) {
    for (const name of issuersIn(block.text)) {
      if (!out.includes(name)) out.push(name)
    }
    if (out.length) break
  }
  return out
}

const ordinals: Array<[RegExp, number]> = [
  [/^첫\s*(?:번\s*)?째/, 1],
  [/^두\s*(?:번\s*)?째|^둘\s*째/, 2],
  [/^세\s*(?:번\s*)?째|^셋\s*째/, 3],
  [/^네\s*(?:번\s*)?째|^넷\s*째/, 4],
  [/^다섯\s*(?:번\s*)?째/, 5],
  [/^여섯\s*(?:번\s*)?째/, 6],
  [/^일곱\s*(?:번\s*)?째/, 7]
]
const ordinalStarts = '첫두둘세셋네넷다여일'
const circled = '①②③④⑤⑥⑦⑧⑨⑩'
const negative = '➊➋➌➍➎➏➐➑➒➓'
const negativeCircled = '❶❷❸❹❺❻❼❽❾❿'

function readTasks(blocks: Array<T.ItemBlock | T.ParagraphBlock>): T.Task[] {
  const tasks: T.Task[] = []
  for (const block of blocks) {
    const text = block.type === 'item' ? block.text : block.text
    let ordinal = 0
    // The ordinal words start with one of these syllables; most blocks start otherwise.
    if (ordinalStarts.includes(text.charAt(0))) for (const [pattern, n] of ordinals) if (pattern.test(text)) ordinal = n
    if (tasks.length > 0 && text.startsWith('마지막') && /과제|분야|방향|전략/.test(text.slice(0, 20))) ordinal = tasks.length + 1
    if (block.type === 'item') {
      const index = Math.max(circled.indexOf(block.marker), negative.indexOf(block.marker), negativeCircled.indexOf(block.marker))
      if (index >= 0) ordinal = index + 1
    }
    if (!ordinal) continue
    if (block.type === 'paragraph' && !/과제|분야|방향|전략|추진|내용/.test(text.slice(0, 30))) continue
    const quoted = /[‘'“"]([^’'”"]{2,80})[’'”"]/.exec(text)?.[1]
    const title = quoted ?? text.split(/(?<=다\.)\s/)[0]
    tasks.push({ordinal, title: title.trim(), text})
  }
  return tasks
}

/** The texts of the body's first `most` blocks in order, a table's rows one by one (a lead may be printed in a box). */
function leadTexts(blocks: T.BodyBlock[], out: string[], most: number): string[] {
  for (const block of blocks) {
    if (out.length >= most) break
    if (block.type === 'table') {
      for (const row of block.rows) if (out.length < most) out.push(row.filter(Boolean).join(' '))
    } else {
      out.push(block.text)
      if (block.type === 'item') leadTexts(block.children, out, most)
    }
  }
  return out
}

/** A quotation of the tree as the typed object gives it. */
function toQuote(node: Quote): T.Quote {
  return {speaker: node.speaker, name: node.name, title: node.title, organisation: node.organisation, passages: [...node.passages]}
}

function readFooter(footer: Footer | undefined, t: LeafText): T.Footer {
  const slogans: string[] = []
  const lines: string[] = []
  let license: string | null = null
  for (const child of footer?.children ?? []) {
    const value = t.of(child)
    if (child.type === 'slogan') slogans.push(value)
    else if (child.type === 'license') license = license ? `${license} ${value}` : value
    else lines.push(value)
  }
  return {slogans, license, lines}
}

/** Appendices named in attachment lists of the body (`붙임 1. A 1부. 2. B. 끝.`), in order. */
function listed(blocks: Block[]): T.Appendix[] {
  const out: T.Appendix[] = []
  for (const block of blocks) {
    if (block.type === 'item') append(out, listed(block.children.filter((c) => c.type !== 'text' && c.type !== 'syntax' && c.type !== 'field' && c.type !== 'pageMark') as Block[]))
    if (block.type !== 'attachments') continue
    for (const item of block.children) if (item.type === 'attachmentItem') out.push({label: item.label, title: item.title, sections: [], blocks: [], schedule: [], hasContent: false})
  }
  return out
}

function squashed(value: string | null): string {
  return (value ?? '').replace(/\s+|(?<!\d)\d+\s*부$|[.·‧'‘’“”「」『』()]/g, '')
}

/** Whether two titles print different numbers (`2025년 … 사진`, `2026 … 개요`): they name different things. */
function numbersDiffer(a: string, b: string): boolean {
  const na = a.match(/\d+/g)
  const nb = b.match(/\d+/g)
  return na !== null && nb !== null && !na.some((n) => nb.includes(n))
}

function similar(a: string | null, b: string | null): boolean {
  const x = squashed(a)
  const y = squashed(b)
  if (!x || !y) return false
  if (x.includes(y) || y.includes(x)) return true
  if (numbersDiffer(x, y)) return false
  const grams = (s: string) => new Set(Array.from({length: s.length - 1}, (_, i) => s.slice(i, i + 2)))
  const gx = grams(x)
  const gy = grams(y)
  let common = 0
  for (const g of gx) if (gy.has(g)) common++
  return (2 * common) / (gx.size + gy.size || 1) >= 0.5
}

/** The word of an appendix label without its number: `붙임 2` → `붙임`. */
function labelWord(label: string | null): string {
  // Labels are written `word number`.
  return (label ?? '').split(' ')[0]
}

/** Title comparisons one attachment list may cost before the rest of its items are taken as unprinted. */
const listComparisons = 100_000

/**
 * Appendices printed in the document, then those only named in an attachment list. An item
 * names the printed appendix of its label (`붙임 2`), else one with a similar title (numbers decide
 * only between labels of one word), else the one page printed under the same unnumbered label,
 * else a page whose label a converter lost; each page is named once. Printed appendices are found
 * by label from a map, and title comparisons are budgeted, so a long list costs no search of
 * every page for each item.
 */
function mergeListed(pages: T.Appendix[], list: T.Appendix[]): T.Appendix[] {
  const out = [...pages]
  const trailing = /(?<!\d)\d+$/
  const byLabel = new Map<string, number>()
  const unnumbered = new Map<string, number[]>()
  const printed: number[] = []
  const lost: number[] = []
  pages.forEach((page, index) => {
    if (!page.hasContent) return
    printed.push(index)
    if (page.label === null) lost.push(index)
    else if (trailing.test(page.label)) {
      if (!byLabel.has(page.label)) byLabel.set(page.label, index)
    } else {
      const same = unnumbered.get(page.label)
      if (same) same.push(index)
      else unnumbered.set(page.label, [index])
    }
  })
  const listedPerLabel = new Map<string, number>()
  for (const item of list) listedPerLabel.set(item.label ?? '', (listedPerLabel.get(item.label ?? '') ?? 0) + 1)
  // Pages already named by an item listed before: one page is one item.
  const claimed = new Set<number>()
  let budget = listComparisons
  for (const item of list) {
    const number = trailing.exec(item.label ?? '')?.[0]
    const word = labelWord(item.label)
    let index = number === undefined ? -1 : (byLabel.get(item.label!) ?? -1)
    if (index >= 0 && claimed.has(index)) index = -1
    if (index < 0) {
      for (const candidate of printed) {
        if (budget-- <= 0) break
        if (claimed.has(candidate)) continue
        const page = pages[candidate]
        // Numbers decide between labels of one word (`붙임 2` is not `붙임 1`); across words (`붙임 2`, `참고 1`) the titles do.
        if (number !== undefined && page.label !== null && trailing.test(page.label) && labelWord(page.label) === word) continue
        if (similar(page.title, item.title)) {
          index = candidate
          break
        }
      }
    }
    // One item listed and one page printed under one unnumbered label (`붙임`) are the same,
    // whatever title the page's heading shows, unless their titles print different numbers.
    if (index < 0 && number === undefined && item.label !== null) {
      const same = unnumbered.get(item.label)
      if (same && same.length === 1 && listedPerLabel.get(item.label) === 1 && !claimed.has(same[0]) && !numbersDiffer(squashed(pages[same[0]].title), squashed(item.title))) index = same[0]
    }
    // Pages whose label a converter lost (unlabelled, after the contacts) are the first item listed.
    if (index < 0) {
      while (lost.length && claimed.has(lost[0])) lost.shift()
      if (lost.length) {
        const at = lost.shift()!
        out[at] = {...out[at], label: item.label, title: out[at].title ?? item.title}
        claimed.add(at)
        continue
      }
    }
    if (index < 0) {
      out.push(item)
      continue
    }
    claimed.add(index)
    if (out[index].label === null) out[index] = {...out[index], label: item.label}
  }
  return out
}

function compactSpaced(value: string): string {
  return /^[가-힣](?:\s+[가-힣])+$/.test(value) ? value.replace(/\s+/g, '') : value
}

function readAppendix(node: Appendix, t: LeafText): T.Appendix {
  const heading = node.children.find((c) => c.type === 'appendixHeading')
  let title: string | null = null
  if (heading) {
    const text = t.of(heading)
    // A heading run together with its box's first section ends before it.
    title = text.slice(appendixLabelAt(text)?.[0].length ?? 0).replace(/\s□\s.*$/s, '').trim() || null
  }
  const sections: T.AppendixSection[] = []
  const blocks: T.BodyBlock[] = []
  const schedule: T.ScheduleRow[] = []
  for (const child of node.children) {
    if (child.type === 'appendixHeading') continue
    if (child.type === 'section') sections.push(readSection(child, t))
    else {
      blocks.push(toBlock(child, t))
      scheduleIn(child, schedule)
    }
  }
  return {label: heading?.label ?? null, title, sections, blocks, schedule, hasContent: true}
}

/** The rows of every time-table in a block and the blocks it holds, in order, added to `out`. */
function scheduleIn(node: Block | AnyNode, out: T.ScheduleRow[]): T.ScheduleRow[] {
  if (node.type === 'table') {
    for (const row of (node as Table).children) {
      if (row.type === 'scheduleRow') out.push({start: row.start, end: row.end, minutes: row.minutes, item: row.item, note: row.note})
    }
  } else if (node.type === 'item') {
    for (const child of (node as Item).children) if (child.type === 'item' || child.type === 'table') scheduleIn(child, out)
  }
  return out
}

function readSection(section: Section, t: LeafText): T.AppendixSection {
  const own = section.children.filter((c) => c.type === 'text')
  const title = compactSpaced(withoutMarker(t.ofAll(own), section.marker).trim())
  const items: T.AppendixItem[] = []
  const notes: string[] = []
  const blocks: T.BodyBlock[] = []
  let schedule: T.ScheduleRow[] | null = null
  for (const child of section.children) {
    if (child.type === 'text' || child.type === 'syntax' || child.type === 'field' || child.type === 'pageMark') continue
    const block = toBlock(child as Block, t)
    blocks.push(block)
    const rows = scheduleIn(child as Block, [])
    if (rows.length) schedule = [...(schedule ?? []), ...rows]
    if (block.type === 'table') continue
    if (block.type === 'item') {
      if (/^[※*]/.test(block.marker)) {
        notes.push(block.text)
        continue
      }
      const m = /^\(([^()]{1,20})\)\s*/.exec(block.text)
      const itemNotes = flatten(block.children)
        .filter((b): b is T.ItemBlock => b.type === 'item' && /^[※*]/.test(b.marker))
        .map((b) => b.text)
      items.push({label: m ? m[1] : null, text: m ? block.text.slice(m[0].length) : block.text, notes: itemNotes})
    }
  }
  return {title, items, notes, schedule, blocks}
}
