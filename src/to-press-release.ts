import type {VFile} from 'vfile'
import type {Position} from 'unist'
import {reportAt, type FieldNote} from './messages.js'
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
import {OffsetPosition} from './lib/locate.js'
import {Origins, SourceText, Sourcer, type LineFacts} from './lib/sources.js'
import {collectSources, pathMessages, placesOf, type Focus} from './lib/collect-sources.js'
import {checkRelease} from './lib/consistency.js'
import {inferContacts, inferQuotes, type PersonNode} from './lib/inferred.js'
import {alternation, bracketHeadTitles, escape} from './lib/lexicon.js'

type AnyNode = Node & {children?: AnyNode[]; value?: string}

/** Turn the syntax tree into the typed object; diagnostics about values go to `file`. */
export function toPressRelease(tree: Root, file?: VFile): T.PressRelease {
  checkTree(tree)
  // The text the tree was read from, when the file holds it: diagnostics are placed in it.
  const value = file?.value
  const text = typeof value === 'string' && tree.position?.end.offset === value.length ? value : null
  return readRelease(tree, file, null, text)
}

/** `toPressRelease`, told where the source holds chars to clean (see `build`). */
export function readRelease(tree: Root, file: VFile | undefined, toClean: Offsets | null, text: string | null = null, sources = false): T.PressRelease {
  // Where values were read is worked out when asked for, and for diagnostics' places.
  const o = text !== null && (sources || file) ? new Origins(text) : null
  const notes: FieldNote[] | null = file ? [] : null
  const release = read(tree, new LeafText(toClean), o, notes)
  if (notes) checkRelease(release, notes)
  if (!o) {
    if (file) for (const note of notes!) reportAt(file, note.ruleId, note.place, note.path, note.args)
    return release
  }
  const lines = ((tree.data as {source?: {lines?: LineFacts}} | undefined)?.source?.lines ?? null) as LineFacts
  // The lines the tree was built over, when its positions know them.
  const position = tree.position
  const sourcer = new Sourcer(text!, lines, position instanceof OffsetPosition && position.locator.source === text ? position.locator : undefined)
  // For diagnostics alone, only the values they concern, and those read where they were made.
  let focus: Focus | null = null
  if (!sources) {
    focus = {paths: notes!.map((note) => note.path), places: placesOf(file!.messages)}
  }
  const map = focus && focus.paths.length === 0 && focus.places.length === 0 ? {} : collectSources(release, o, new SourceText(text!), sourcer, focus)
  if (file) {
    for (const note of notes!) {
      const source = map[note.path]
      // Points of the message's own: the sources' are the caller's.
      // A note about a value printed nowhere (no kind) concerns the whole text, as one about a missing construct does.
      const place = source ? {start: {...source.start}, end: {...source.end}} : (note.place ?? {start: sourcer.point(0), end: sourcer.point(text!.length)})
      reportAt(file, note.ruleId, place, note.path, note.args)
    }
    pathMessages(file.messages, map, text!, sourcer)
  }
  return sources ? {...release, sources: map} : release
}

function read(tree: Root, t: LeafText, o: Origins | null, notes: FieldNote[] | null): T.PressRelease {
  const headers: Header[] = []
  let title: Title | undefined
  let footer: Footer | undefined
  const bodyBlocks: Block[] = []
  const contacts: T.Contact[] = []
  const people: PersonNode[] = []
  const quoteNodes: Quote[] = []
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
        if (c.type !== 'contact') continue
        const contact = {group: c.group, department: c.department, role: c.role, title: c.title, name: c.name, phone: c.phone, email: c.email}
        contacts.push(contact)
        people.push({node: c, block: child})
        o?.from(contact, c)
      }
    }
    else if (child.type === 'appendix') {
      appendices.push(child)
      for (const c of child.children) {
        if (c.type !== 'quote') continue
        quotes.push(toQuote(c, o))
        quoteNodes.push(c)
      }
    } else if (child.type === 'body') {
      const blocks: Block[] = []
      for (const block of child.children) {
        if (block.type === 'quote') {
          quotes.push(toQuote(block, o))
          quoteNodes.push(block)
        } else blocks.push(block)
      }
      append(bodyBlocks, blocks)
      for (const entry of listed(blocks, o)) listedLabels.push(entry)
    }
  }

  const inferred: T.Inferred[] = []
  const {kind, embargo, distribution} = readHeader(headers, t, o, inferred, notes, () => textsBeyondHeader(tree, t))
  const headlineNode = title?.children.find((c) => c.type === 'headline')
  const headline = headlineNode ? t.of(headlineNode) || null : null
  if (o && headlineNode) o.top.headline = headlineNode
  const subtitles: string[] = []
  for (const c of title?.children ?? []) {
    if (c.type !== 'subtitle') continue
    const value = t.of(c).replace(subtitleMarkerPattern, '')
    const subtitle = (endsWithDash(value) ? value.replace(/(?<![\s\-–—])\s*[-–—]+$/, '') : value).trim()
    if (!subtitle) continue
    subtitles.push(subtitle)
    o?.subtitles.push(c)
  }
  const blocks = bodyBlocks.map((b) => toBlock(b, t, o))
  const flat = flatten(blocks)
  const schedule: T.ScheduleRow[] = []
  for (const block of bodyBlocks) scheduleIn(block, schedule, o)
  const headerParagraphs = headers.flatMap((h) => h.children.filter((c) => c.type === 'paragraph'))
  const leadFrom: object[] | undefined = o ? [] : undefined
  const publisher = readPublisher({
    header: headerParagraphs.map((c) => t.of(c)),
    headline,
    subtitles,
    blocks: leadTexts(blocks, [], 12, leadFrom),
    departments: contacts.map((c) => c.department),
    text: () => [headline ?? '', ...subtitles, ...flat.map((b) => b.text), ...contacts.map((c) => c.department ?? '')].join('\n')
  })
  if (o) {
    for (const p of publisher) {
      o.publisher.push(
        p.from === 'header' ? headerParagraphs[p.index] : p.from === 'headline' ? (headlineNode ?? null) : p.from === 'lead' ? {like: leadFrom![p.index]} : (people[p.index]?.node.spans.department ?? null)
      )
    }
  }
  inferContacts(contacts, people, inferred, notes)
  inferQuotes(quotes, quoteNodes, inferred, notes)
  const release: T.PressRelease = {
    kind,
    publisher: publisher.map((p) => p.name),
    issuers: readIssuers(flat, o),
    embargo,
    distribution,
    headline,
    subtitles,
    body: {blocks, tasks: readTasks(flat, o), quotes, schedule},
    contacts,
    footer: readFooter(footer, t, o),
    appendices: mergeListed(appendices.map((a) => readAppendix(a, t, o)), listedLabels, o, inferred, notes),
    inferred
  }
  return release
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
function readHeader(headers: Header[], t: LeafText, o: Origins | null, inferred: T.Inferred[], notes: FieldNote[] | null, elsewhere?: () => Iterable<string>) {
  let kind: string | null = null
  const embargoValues: string[] = []
  const distributionValues: string[] = []
  const embargoLeaves: Position[] = []
  const distributionLeaves: Position[] = []
  let embargoPlace: Position | undefined
  let distributionPlace: Position | undefined
  let hasEmbargo = false
  let hasDistribution = false
  for (const child of headers.flatMap((h) => h.children)) {
    if (child.type === 'kind' && kind === null) {
      kind = t.of(child).replace(/\s+/g, '')
      if (o) o.top.kind = child
    }
    if (child.type === 'embargo' || child.type === 'distribution') {
      const leaves = child.children.filter((c) => c.type === 'text')
      const values = leaves.map((c) => t.of(c as AnyNode))
      if (child.type === 'embargo') {
        hasEmbargo = true
        embargoPlace ??= child.position
        append(embargoValues, values)
        if (o) for (const leaf of leaves) if (leaf.position) embargoLeaves.push(leaf.position)
      } else {
        hasDistribution = true
        distributionPlace ??= child.position
        append(distributionValues, values)
        if (o) for (const leaf of leaves) if (leaf.position) distributionLeaves.push(leaf.position)
      }
    }
  }
  if (o) {
    o.top.embargo = embargoLeaves
    o.top.distribution = distributionLeaves
  }
  // Runs of white space (padding, cells, wrapped lines) read as one space, as in every other text.
  const embargoRaw = embargoValues.filter((v) => !/^[/|]$/.test(v)).join(' ').replace(/\s+/g, ' ').replace(/^[\s/|]+|(?<![\s/|])[\s/|]+$/g, '')
  const distributionRaw = distributionValues.filter((v) => !/^[/|]$/.test(v)).join(' ').replace(/\s+/g, ' ').replace(/^[\s/|]+|(?<![\s/|])[\s/|]+$/g, '')
  // A year printed anywhere in the header completes dates printed without one.
  const embargoDates = findDates(embargoRaw)
  const distributionDates = findDates(distributionRaw)
  const dates = embargoDates.concat(distributionDates)
  let year = dates.find((d) => d.year !== null)?.year ?? null
  const fromRelease = year === null && elsewhere && dates.length > 0 ? yearOfRelease(dates, elsewhere()) : null
  if (fromRelease) year = fromRelease.year
  // A day printed without its month (`14(월)`) is read beside the header's first date, else beside
  // the nearest date of the release that gives it its weekday.
  const days = [...findDays(embargoRaw, embargoDates), ...findDays(distributionRaw, distributionDates)]
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
  const embargoInferences = inferences.length
  let distribution: T.Distribution | null = null
  if (hasDistribution && distributionRaw) {
    const moment = readMoment(distributionRaw, year, inferences, near)
    distribution = {raw: distributionRaw, ...moment, iso: iso(moment.date, moment.time)}
  }
  // What was inferred, by path: a channel's value, and the embargo's own when it is that channel's.
  const main = embargo ? embargo.channels.findIndex((c) => c.date !== null && c.date === embargo.date && c.time === embargo.time) : -1
  const withEdition = embargo && embargo.edition ? embargo.channels.findIndex((c) => c.edition === embargo.edition) : -1
  // A year taken from a date the release prints elsewhere than its header.
  const printedYear = fromRelease?.printed ?? nearFrom
  inferences.forEach((inference, index) => {
    const paths = [(index < embargoInferences ? 'embargo.' : 'distribution.') + inference.field]
    if (index < embargoInferences) {
      if (inference.field === `channels[${main}].date`) paths.push('embargo.date')
      if (inference.field === `channels[${withEdition}].edition.date`) paths.push('embargo.edition.date')
    }
    const rule = inference.kind === 'year-inferred' && printedYear ? 'year-from-release' : inference.kind
    for (const path of paths) inferred.push({path, rule})
    if (!notes) return
    const place = index < embargoInferences ? embargoPlace : distributionPlace
    const path = paths[paths.length - 1]
    if (rule === 'year-from-release') notes.push({ruleId: rule, path, place, args: [inference.args[0], printedYear]})
    else if (rule === 'year-inferred') notes.push({ruleId: rule, path, place, args: [inference.args[0]]})
    else notes.push({ruleId: rule, path, place, args: [inference.args[0], inference.args[1]]})
  })
  if (notes) {
    if (kind === null) notes.push({ruleId: 'missing-kind', path: 'kind', place: headers[0]?.position, args: []})
    if (embargo && !embargo.immediate && !embargo.date && !embargo.edition && !embargo.condition) notes.push({ruleId: 'unparsed-header-value', path: 'embargo.raw', place: embargoPlace, args: [embargoRaw]})
    // Every printed weekday: the embargo's channels, their editions and the distribution's.
    for (const [printed, moment, place] of [
      [embargoDates, 'embargo', embargoPlace],
      [distributionDates, 'distribution', distributionPlace]
    ] as const) {
      for (const d of printed) {
        const y = d.year ?? (year === null ? null : yearOf(d, year))
        if (y === null || !d.weekday) continue
        const expected = weekdayOf(y, d.month, d.day)
        if (expected === d.weekday) continue
        const date = isoDate(y, d.month, d.day)
        notes.push({ruleId: 'weekday-mismatch', path: datePath(moment === 'embargo' ? embargo : distribution, moment, date), place, args: [d.weekday, date, expected]})
      }
    }
  }
  return {kind, embargo, distribution}
}

/** The path of the value holding `date` in a moment read: a channel's date or edition date, the moment's own, or its raw text. */
function datePath(value: T.Embargo | T.Distribution | null, name: string, date: string): string {
  if (!value) return `${name}.raw`
  if ('channels' in value) {
    for (let i = 0; i < value.channels.length; i++) {
      const channel = value.channels[i]
      if (channel.date === date) return `${name}.channels[${i}].date`
      if (channel.edition?.date === date) return `${name}.channels[${i}].edition.date`
    }
  }
  return value.date === date ? `${name}.date` : `${name}.raw`
}

function toBlock(node: Block | Section | AnyNode, t: LeafText, o: Origins | null): T.BodyBlock {
  const block = readBlock(node, t, o)
  o?.from(block, node)
  return block
}

function readBlock(node: Block | Section | AnyNode, t: LeafText, o: Origins | null): T.BodyBlock {
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
      for (const c of item.children) if (c.type === 'item' || c.type === 'table' || c.type === 'paragraph') children.push(toBlock(c, t, o))
    }
    return {type: 'item', marker: item.marker, depth: item.depth, text: withoutMarker(text, item.marker).trim(), children}
  }
  if (node.type === 'table') {
    const rows: string[][] = []
    for (const row of (node as Table).children) {
      // A page number the table spans is kept in it, and is no row.
      if (row.type !== 'tableRow' && row.type !== 'scheduleRow') continue
      const cells = cellTexts(row, t)
      if (!cells.length) continue
      rows.push(cells)
      o?.from(cells, row)
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
const issuerParen = new RegExp(`\\((?:[^()]*?(?:${alternation(bracketHeadTitles, escape)})\\s*[가-힣]{2,4}|이하)[^()]*\\)`, 'y')

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

function readIssuers(blocks: Array<T.ItemBlock | T.ParagraphBlock>, o: Origins | null): string[] {
  const out: string[] = []
  for (const block of blocks.slice(0, 3)) {
    for (const name of issuersIn(block.text)) {
      if (out.includes(name)) continue
      out.push(name)
      o?.issuers.push({like: block})
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

function readTasks(blocks: Array<T.ItemBlock | T.ParagraphBlock>, o: Origins | null): T.Task[] {
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
    const task = {ordinal, title: title.trim(), text}
    tasks.push(task)
    o?.like(task, block)
  }
  return tasks
}

/** The texts of the body's first `most` blocks in order, a table's rows one by one (a lead may be printed in a box). */
function leadTexts(blocks: T.BodyBlock[], out: string[], most: number, from?: object[]): string[] {
  for (const block of blocks) {
    if (out.length >= most) break
    if (block.type === 'table') {
      for (const row of block.rows) {
        if (out.length >= most) continue
        out.push(row.filter(Boolean).join(' '))
        from?.push(row)
      }
    } else {
      out.push(block.text)
      from?.push(block)
      if (block.type === 'item') leadTexts(block.children, out, most, from)
    }
  }
  return out
}

/** A quotation of the tree as the typed object gives it. */
function toQuote(node: Quote, o: Origins | null): T.Quote {
  const quote = {speaker: node.speaker, name: node.name, title: node.title, organisation: node.organisation, passages: [...node.passages]}
  o?.from(quote, node)
  return quote
}

function readFooter(footer: Footer | undefined, t: LeafText, o: Origins | null): T.Footer {
  const slogans: string[] = []
  const lines: string[] = []
  let license: string | null = null
  const licenses: Position[] = []
  for (const child of footer?.children ?? []) {
    const value = t.of(child)
    if (child.type === 'slogan') {
      o?.key(slogans, slogans.length, child)
      slogans.push(value)
    } else if (child.type === 'license') {
      license = license ? `${license} ${value}` : value
      if (child.position) licenses.push(child.position)
    } else {
      o?.key(lines, lines.length, child)
      lines.push(value)
    }
  }
  const read = {slogans, license, lines}
  if (licenses.length) o?.key(read, 'license', licenses)
  return read
}

/** Appendices named in attachment lists of the body (`붙임 1. A 1부. 2. B. 끝.`), in order. */
function listed(blocks: Block[], o: Origins | null): T.Appendix[] {
  const out: T.Appendix[] = []
  for (const block of blocks) {
    if (block.type === 'item') append(out, listed(block.children.filter((c) => c.type !== 'text' && c.type !== 'syntax' && c.type !== 'field' && c.type !== 'pageMark') as Block[], o))
    if (block.type !== 'attachments') continue
    for (const item of block.children) {
      if (item.type !== 'attachmentItem') continue
      const appendix = {label: item.label, title: item.title, sections: [], blocks: [], schedule: [], hasContent: false}
      // An item has no position of its own: the list's lines hold it.
      o?.from(appendix, block)
      out.push(appendix)
    }
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

/** What an attachment names that is sent as a file of its own rather than printed: photos, posters, videos, card news. */
const sentAsFile = /사진|포스터|홍보물|영상|이미지|카드\s*뉴스|인포그래픽|리플[렛릿]|웹툰|전단|파일/

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
function mergeListed(pages: T.Appendix[], list: T.Appendix[], o: Origins | null, inferred: T.Inferred[], notes: FieldNote[] | null): T.Appendix[] {
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
        const page = out[at]
        out[at] = {...page, label: item.label, title: page.title ?? item.title}
        if (o) {
          o.like(out[at], page)
          o.key(out[at], 'label', {like: item})
          if (page.title === null) o.key(out[at], 'title', {like: item})
        }
        if (item.label !== null) {
          inferred.push({path: `appendices[${at}].label`, rule: 'appendix-label-from-list'})
          notes?.push({ruleId: 'appendix-label-from-list', path: `appendices[${at}].label`, place: undefined, args: [item.label]})
        }
        claimed.add(at)
        continue
      }
    }
    if (index < 0) {
      out.push(item)
      // Photos, posters and videos are sent as files of their own, not printed.
      if (!sentAsFile.test(item.title ?? '')) {
        notes?.push({ruleId: 'unprinted-attachment', path: `appendices[${out.length - 1}].title`, place: undefined, args: [[item.label, item.title].filter(Boolean).join(' ')]})
      }
      continue
    }
    claimed.add(index)
    if (out[index].label === null) {
      const page = out[index]
      out[index] = {...page, label: item.label}
      if (o) {
        o.like(out[index], page)
        o.key(out[index], 'label', {like: item})
      }
      if (item.label !== null) {
        inferred.push({path: `appendices[${index}].label`, rule: 'appendix-label-from-list'})
        notes?.push({ruleId: 'appendix-label-from-list', path: `appendices[${index}].label`, place: undefined, args: [item.label]})
      }
    }
  }
  // A page printed that the body's list of attachments does not name.
  if (notes && list.length > 0) {
    for (const index of printed) {
      if (claimed.has(index)) continue
      const page = out[index]
      notes.push({ruleId: 'unlisted-attachment', path: `appendices[${index}].${page.label !== null ? 'label' : 'title'}`, place: undefined, args: [[page.label, page.title].filter(Boolean).join(' ') || '?']})
    }
  }
  return out
}

function compactSpaced(value: string): string {
  return /^[가-힣](?:\s+[가-힣])+$/.test(value) ? value.replace(/\s+/g, '') : value
}

function readAppendix(node: Appendix, t: LeafText, o: Origins | null): T.Appendix {
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
    if (child.type === 'section') sections.push(readSection(child, t, o))
    else {
      blocks.push(toBlock(child, t, o))
      scheduleIn(child, schedule, o)
    }
  }
  const appendix = {label: heading?.label ?? null, title, sections, blocks, schedule, hasContent: true}
  o?.from(appendix, heading ?? node)
  return appendix
}

/** The rows of every time-table in a block and the blocks it holds, in order, added to `out`. */
function scheduleIn(node: Block | AnyNode, out: T.ScheduleRow[], o: Origins | null): T.ScheduleRow[] {
  if (node.type === 'table') {
    for (const row of (node as Table).children) {
      if (row.type !== 'scheduleRow') continue
      const read = {start: row.start, end: row.end, minutes: row.minutes, item: row.item, note: row.note}
      out.push(read)
      o?.from(read, row)
    }
  } else if (node.type === 'item') {
    for (const child of (node as Item).children) if (child.type === 'item' || child.type === 'table') scheduleIn(child, out, o)
  }
  return out
}

function readSection(section: Section, t: LeafText, o: Origins | null): T.AppendixSection {
  const own = section.children.filter((c) => c.type === 'text')
  const title = compactSpaced(withoutMarker(t.ofAll(own), section.marker).trim())
  const items: T.AppendixItem[] = []
  const notes: string[] = []
  const blocks: T.BodyBlock[] = []
  let schedule: T.ScheduleRow[] | null = null
  for (const child of section.children) {
    if (child.type === 'text' || child.type === 'syntax' || child.type === 'field' || child.type === 'pageMark') continue
    const block = toBlock(child as Block, t, o)
    blocks.push(block)
    const rows = scheduleIn(child as Block, [], o)
    if (rows.length) schedule = [...(schedule ?? []), ...rows]
    if (block.type === 'table') continue
    if (block.type === 'item') {
      if (/^[※*]/.test(block.marker)) {
        o?.key(notes, notes.length, {like: block})
        notes.push(block.text)
        continue
      }
      const m = /^\(([^()]{1,20})\)\s*/.exec(block.text)
      const noteBlocks = flatten(block.children).filter((b): b is T.ItemBlock => b.type === 'item' && /^[※*]/.test(b.marker))
      const itemNotes = noteBlocks.map((b) => b.text)
      const item = {label: m ? m[1] : null, text: m ? block.text.slice(m[0].length) : block.text, notes: itemNotes}
      if (o) {
        o.like(item, block)
        noteBlocks.forEach((b, k) => o.key(itemNotes, k, {like: b}))
      }
      items.push(item)
    }
  }
  const read = {title, items, notes, schedule, blocks}
  if (o && own.length) o.key(read, 'title', own.map((c) => c.position).filter((p): p is Position => p !== undefined))
  return read
}
