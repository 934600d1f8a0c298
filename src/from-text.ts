import type {VFile} from 'vfile'
import {report} from './messages.js'
import {argumentError, checkFormat, checkOptions} from './lib/check.js'
import type {Appendix, Body, Root, RootContent} from './types.js'
import {span, type Context} from './lib/context.js'
import {buildAppendix} from './lib/construct/appendix.js'
import {isAppendixStart, isAttachmentList, isLabelOverListedItem, rowMarker} from './lib/construct/rows.js'
import {isEmbargoLabel, kindAtEnd, rowAppendixLabel} from './lib/patterns.js'
import {readBlocks} from './lib/construct/blocks.js'
import {alternation, boxAppendixLabels, escape, lineUnitEnds, unlistedPageWords} from './lib/lexicon.js'
import {
  buildContacts,
  contactsTableAt,
  findContacts,
  hasPhoneOrEmail,
  isContactsStart,
  isHeaderContactRow,
  isOldContactLabelRow,
  isOldContactRow,
  isOldDepartmentRow,
  type ContactsScan
} from './lib/construct/contacts.js'
import {withPeople} from './lib/construct/people.js'
import {findQuotes} from './lib/construct/quote.js'
import {append, replaceAt} from './lib/arrays.js'
import {LeafText} from './lib/leaf-text.js'
import {scanFooter} from './lib/construct/footer.js'
import {findLateHeader, hasMoment, opensHeaderContacts, isHeaderLabelRow, scanHeader, scanHeaderAt} from './lib/construct/header.js'
import {scanTitle, type TitleScan} from './lib/construct/title.js'
import {findWebPage, pushFields, readWebPage, setAside, type WebPage} from './lib/construct/web-page.js'
import {Locator} from './lib/locate.js'
import {keepUnclaimed} from './lib/transform/keep-unclaimed.js'
import {borrowOffsets, returnOffsets, type Offsets} from './lib/offsets.js'
import {decomposedMark, oddSpace} from './lib/chars.js'
import {normalize, type NormalizedText} from './lib/normalize.js'
import {readRows, type Seen} from './lib/readers/text.js'
import {looksLikeMarkdown} from './lib/readers/markdown.js'
import type {LineFacts, Row} from './lib/stream.js'

export interface FromTextOptions {
  /** The file to report diagnostics on (none are made when omitted). */
  file?: VFile
  /** `markdown` reads pipe and HTML tables with remark-parse; `text` does not; default: detect. */
  format?: 'markdown' | 'text'
  /**
   * Where each line of a document's text came from, as `readBytes` gives it (`lines`): the merged
   * cells of its tables become the `rowSpan` and `colSpan` of the tree's table cells.
   */
  lines?: ReadonlyArray<LineFacts | null> | null
}

/**
 * Parse the text of a press release into a syntax tree. Total: any string yields a tree; what
 * is not understood stays in the tree and is reported on the file.
 */
export function fromText(value: string, options?: FromTextOptions): Root {
  const checked = checkOptions(options)
  checkFormat(checked.format)
  return build(value, checked).tree
}

/**
 * Build the tree, and tell where the source holds chars a text would clean (odd spaces,
 * controls, markup, TABs, doubled spaces), in order: a leaf spanning none of them is its own
 * text. Null when the text was normalised or read as Markdown. An `internal` tree, one only this
 * library reads, has `OffsetPosition`s: points are made when read, and nodes share positions.
 */
export function build(value: string, options: FromTextOptions = {}, internal = false): {tree: Root; specials: Offsets | null} {
  if (typeof value !== 'string') throw argumentError(`Expected \`value\` to be \`string\`, not \`${value === null ? 'null' : typeof value}\``)
  // Diagnostics no one will read are not made: most of their cost is the message object.
  const file = options.file
  let normalized: NormalizedText = {value, map: null}
  let markdown = options.format ? options.format === 'markdown' : looksLikeMarkdown(value)
  const seen: Seen = {flags: 0, specials: borrowOffsets(), lineStarts: []}
  // Plain text is read as is, and again normalised only when a line shows an odd space or
  // decomposed Hangul: most text has neither, and the line scan sees every char anyway.
  let rows = markdown ? null : readRows(value, {markdown, seen, lines: options.lines})
  const asIs = rows !== null && (seen.flags & (oddSpace | decomposedMark)) === 0
  if (rows === null || !asIs) {
    normalized = normalize(value)
    markdown = options.format ? options.format === 'markdown' : looksLikeMarkdown(normalized.value)
    rows = readRows(normalized.value, {markdown, lines: options.lines})
  }
  // What the reader found in the source itself (line starts, chars to clean) holds only when it was read as is.
  const locator = new Locator(value, normalized.map, asIs ? seen.lineStarts : undefined, internal)
  const ctx: Context = {norm: normalized.value, rows, locator, file, wrapWidth: wrapWidth(rows), claimed: borrowOffsets(), text: new LeafText(internal && asIs ? seen.specials : null)}
  const children: RootContent[] = []

  // A text that opens with a header's label or kind is a release; another may be a web page.
  const page = opensWithHeader(ctx) ? null : findWebPage(ctx)
  const foot: RootContent[] = []
  const {early, from} = page ? readWebPageTop(ctx, page, children, foot) : readFirstPage(ctx, children)
  const to = rows.length

  const contacts = early ? null : findContacts(ctx, from, to)
  const appendixStarts: number[] = []
  // Where the body's list of attachments ends: at the contact table, or, when the contacts stand
  // in the header, at the first appendix page headed by a table row (none: every labelled line lists).
  let listEnd = contacts ? contacts.start : -1
  if (early) {
    for (let i = from; i < to && listEnd < 0; i++) if (rows[i].kind === 'row' && isAppendixStart(rows[i])) listEnd = i
    if (listEnd < 0) listEnd = to
  }
  for (let i = from; i < to; i++) {
    if (contacts && i >= contacts.start && i < contacts.end) continue
    if (!isAppendixStart(rows[i])) continue
    // Before the contact table a labelled line lists attachments, unless it heads a page of its
    // own, or appendix pages have begun (lists stand in the body, before them).
    const rest = rows[i].text.slice(rowAppendixLabel(rows[i])?.[0].length ?? 0).trim()
    if (i < listEnd && rows[i].kind !== 'row' && rest && appendixStarts.length === 0) continue
    if (isAttachmentList(rows[i]) || isLabelOverListedItem(rows, i)) continue
    appendixStarts.push(i)
  }
  keepPages(rows, appendixStarts)
  if (!contacts && !early) report(file, 'missing-contacts', undefined)

  const boundaries = [...appendixStarts, ...(contacts ? [contacts.start] : [])].sort((a, b) => a - b)
  // Boundaries are sorted and distinct: each part ends where the next begins (a search from each would be quadratic).
  pushBody(ctx, children, from, boundaries.length > 0 && boundaries[0] >= from ? boundaries[0] : to)
  for (let b = 0; b < boundaries.length; b++) {
    const start = boundaries[b]
    const end = b + 1 < boundaries.length ? boundaries[b + 1] : to
    if (contacts && start === contacts.start) {
      children.push(withPeople(ctx, buildContacts(ctx, contacts)))
      const footer = scanFooter(ctx, contacts.end, end)
      if (footer.node) children.push(footer.node)
      const restFrom = footer.end
      if (hasContent(ctx, restFrom, end)) {
        // Content after the contact table with no label: the attachments the body lists, their
        // labels lost (a converter's Markdown), or an outline that opens with a section heading
        // (`□ 개 요`, `□ 세부 일정`), its label left off. A page under a title line of its own (a
        // biography, an organisation's introduction) that no list names is printed with the
        // release, but it is no appendix.
        const labelledAfter = appendixStarts.some((a) => a >= restFrom)
        if (
          !labelledAfter &&
          appendixStarts.length === 0 &&
          (listsAttachments(ctx, from, contacts.start) || opensWithHeading(ctx, restFrom, end)) &&
          !opensUnlistedPage(ctx, restFrom, end, from, contacts.start)
        ) {
          children.push(buildAppendix(ctx, restFrom, end, false))
        } else pushBody(ctx, children, restFrom, end)
      }
    } else {
      const appendix: Appendix = buildAppendix(ctx, start, Math.min(end, contacts && contacts.start > start ? contacts.start : end), true)
      children.push(appendix)
    }
  }
  append(children, foot)
  const tree: Root = {type: 'root', children, position: ctx.locator.sourcePosition(0, value.length)}
  keepUnclaimed(tree, ctx)
  returnOffsets(ctx.claimed)
  // The chars to clean are read by `parse` (which gives them back); no one else reads them.
  if (!internal || !asIs) returnOffsets(seen.specials)
  return {tree, specials: internal && asIs ? seen.specials : null}
}

/**
 * Read the first page: the header box (above or under the title box, possibly in parts around
 * its contact rows), contacts printed in it, and the title box. Returns where the body starts
 * and the contacts read there, if any.
 */
function readFirstPage(ctx: Context, children: RootContent[]): {early: ContactsScan | null; from: number} {
  const {rows, file} = ctx
  const header = scanHeader(ctx)
  const headers = header.node ? [header.node] : []
  let headerEnd = header.end
  // A title box printed above the header's dates, scanned where it stands.
  let title: TitleScan | null = null
  // A title box printed above the kind, and where its rows stand among the children (as body).
  let above: {title: TitleScan; at: number} | null = null
  // Rows before a header are a title box when they reach it, else body text (PDF reading order).
  const titleUpTo = (from: number, to: number) => {
    const found = scanTitle(ctx, from)
    return found.node && found.end <= to && nextFilled(rows, found.end) >= to ? found : null
  }
  if (header.start > 0) {
    // Only a header that opens with its labels stands under a title box; one that opens with the
    // kind has the logo's words above it.
    title = hasMoment(header.node) && isHeaderLabelRow(ctx, rows[header.start]) ? titleUpTo(0, header.start) : null
    if (title) pushTitle(ctx, children, title)
    else {
      // Lines above the kind that read as a title box reaching it: the title, should no line
      // under the header read as a headline.
      const found = titleUpTo(0, header.start)
      if (found && !found.doubt) above = {title: found, at: children.length}
      pushBody(ctx, children, 0, header.start)
    }
  }
  if (header.node) children.push(header.node)
  let early: ContactsScan | null = null
  if (!hasMoment(header.node)) {
    const late = findLateHeader(ctx, header.end)
    if (late) {
      // Between the kind and the dates: the contacts, the title box, or body text (PDF reading order).
      const found = headerContacts(ctx, nextFilled(rows, header.end))
      // The contacts stop at the dates: rows past them are the dates', the title's or the body's.
      const between = found && found.start < late.start ? {start: found.start, end: Math.min(found.end, late.start)} : null
      if (between && nextFilled(rows, between.end) >= late.start) {
        early = between
        children.push(withPeople(ctx, buildContacts(ctx, between)))
      } else {
        title = titleUpTo(header.end, late.start)
        if (title) pushTitle(ctx, children, title)
        else pushBody(ctx, children, header.end, late.start)
      }
      children.push(late.node!)
      headers.push(late.node!)
      headerEnd = late.end
    }
  }

  // The old layout prints the contacts (담당과장 : …) in the header box.
  let titleFrom = headerEnd
  if (!early) {
    early = headerContacts(ctx, nextFilled(rows, headerEnd))
    if (early) {
      children.push(withPeople(ctx, buildContacts(ctx, early)))
      titleFrom = early.end
      // The header box may go on under its contact rows (`보 도 일 시 | …` after `담당 부서 | …`).
      const next = nextFilled(rows, early.end)
      const rest = next < rows.length && isHeaderLabelRow(ctx, rows[next]) ? scanHeaderAt(ctx, next) : null
      if (rest?.node && hasMoment(rest.node)) {
        children.push(rest.node)
        headers.push(rest.node)
        titleFrom = rest.end
      }
    }
  }
  for (const node of headers) {
    for (const child of node.children) {
      if (file && child.type === 'paragraph') report(file, 'unknown-line', child.position, toString(child))
    }
  }
  if (!headers.some((node) => node.children.some((c) => c.type === 'embargo'))) report(file, 'missing-embargo', undefined)
  if (!title) {
    title = scanTitle(ctx, titleFrom)
    if (above && (!title.node || title.doubt)) {
      // No headline under the header (a box's title, a label): the title box above the kind is the release's.
      const made: RootContent[] = []
      pushTitle(ctx, made, above.title)
      replaceAt(children, above.at, 1, made)
      return {early, from: titleFrom}
    }
    if (title.node) pushTitle(ctx, children, title)
    else report(file, 'missing-headline', undefined)
  }
  return {early, from: Math.max(title.end, titleFrom)}
}

/**
 * Read a web page's top (see `web-page.ts`): its furniture, the post's title and fields, and the
 * contacts the fields give when the release prints no contact table; the page's foot goes to
 * `foot`. Returns where the release's body starts and the contacts read, as `readFirstPage`.
 */
function readWebPageTop(ctx: Context, page: WebPage, children: RootContent[], foot: RootContent[]): {early: ContactsScan | null; from: number} {
  report(ctx.file, 'web-page', undefined)
  const web = readWebPage(ctx, page, children)
  append(foot, web.foot)
  const titleFirst = page.title < page.fields.start
  // The release's own header and title box, printed at the head of the post's body: they give the
  // release's dates and title, and the post's own are kept as paragraphs.
  const inner = titleFirst ? scanHeaderAt(ctx, nextFilled(ctx.rows, page.fields.end)) : null
  const own = inner?.node ? scanTitle(ctx, inner.end) : null
  const released = inner?.node ? hasMoment(inner.node) : false
  // The fields' contacts, when the release prints none of its own.
  const fields = web.contactFields && !findContacts(ctx, titleFirst ? page.fields.end : page.title, ctx.rows.length) ? web.contactFields : null
  // The fields first (their rows blanked), so that the title box ends before them.
  const fieldNodes: RootContent[] = []
  pushFields(ctx, page.fields.start, page.fields.end, web.contactFields, () => {
    if (fields) fieldNodes.push(withPeople(ctx, buildContacts(ctx, fields)))
    else if (web.contactFields) {
      for (let i = web.contactFields.start; i < web.contactFields.end; i++) {
        const made = setAside(ctx, i)
        if (made) fieldNodes.push(made)
      }
    }
  }, fieldNodes, released)
  if (!titleFirst) append(children, fieldNodes)
  if (own?.node) {
    // The post's title echoes the release's.
    const made = setAside(ctx, page.title)
    if (made) children.push(made)
  } else {
    const title = scanTitle(ctx, page.title)
    if (title.node) pushTitle(ctx, children, title)
    else report(ctx.file, 'missing-headline', undefined)
    if (!titleFirst) return {early: fields, from: title.end}
  }
  append(children, fieldNodes)
  if (!inner?.node) return {early: fields, from: page.fields.end}
  children.push(inner.node)
  if (!own?.node) return {early: fields, from: inner.end}
  pushTitle(ctx, children, own)
  return {early: fields, from: own.end}
}

/**
 * Whether one of the text's first two lines holds an embargo's label or the kind (`보도자료`,
 * `보도시점 …`); a date's label alone (`등록일`, `작성일`) may be a web page's field.
 */
function opensWithHeader(ctx: Context): boolean {
  for (let i = 0, seen = 0; i < ctx.rows.length && seen < 2; i++) {
    const row = ctx.rows[i]
    if (row.kind === 'blank') continue
    seen++
    for (const cell of row.cells) if (cell.text && cell.text.length <= 30 && (kindAtEnd(cell.text) !== null || isEmbargoLabel(cell.text))) return true
  }
  return false
}

/** What a doubtful headline reads as, in a diagnostic's words. */
const doubtWords = {header: 'a header line', contacts: 'a contact line', 'box-title': "a box's title", label: 'a label', prose: 'body text', fragment: 'a fragment'} as const

/**
 * Push a title box: the lines before its headline that read as none
 * (a header's line, a contact row, a box's title) as body text, then the box; a headline that
 * reads as none itself, kept for want of a better line, is reported.
 */
function pushTitle(ctx: Context, children: RootContent[], title: TitleScan): void {
  if (title.skipped) pushBody(ctx, children, title.skipped[0], title.skipped[1])
  const node = title.node!
  children.push(node)
  if (title.doubt && ctx.file) {
    const headline = node.children[0]
    report(ctx.file, 'doubtful-headline', headline.position, toString(headline), doubtWords[title.doubt])
  }
}

/**
 * The contacts printed in the header box from row `k`: old-layout lines (`담당과장 : …`), a contact
 * table, or rows opening with a contact label (`자료문의 : …`, `문의 | …`); null when row `k` is none.
 */
function headerContacts(ctx: Context, k: number): ContactsScan | null {
  const rows = ctx.rows
  if (k >= rows.length) return null
  const old = (i: number) => isOldContactRow(rows[i]) || isOldDepartmentRow(rows[i]) || isOldContactLabelRow(rows[i]) || isHeaderContactRow(rows[i])
  let last = k
  while (last < rows.length && old(last)) last++
  // A contact table printed in the header box, between the dates and the title.
  const table = contactsTableAt(ctx, k, rows.length)
  if (table && table.end > last) return withUnnamedRows(ctx, table)
  if (old(k) && rows.slice(k, last).some((r) => isOldContactRow(r) || (r.kind === 'row' && hasPhoneOrEmail(r.text)))) {
    let end = k
    while (end < rows.length && (old(end) || (rows[end].kind === 'blank' && end + 1 < rows.length && isOldContactRow(rows[end + 1])))) end++
    return {start: k, end}
  }
  if (isContactsStart(rows[k])) {
    // A contact table printed right under the header, before the title box: never the headline.
    const found = findContacts(ctx, k, rows.length)
    if (found && found.start === k) return withUnnamedRows(ctx, found)
  }
  if (opensHeaderContacts(ctx, rows[k])) {
    // Contacts printed as header rows (`자료문의 : …`, `문의 | …`): never the headline.
    let end = k + 1
    while (end < rows.length && (opensHeaderContacts(ctx, rows[end]) || (rows[end].kind === 'row' && !isHeaderLabelRow(ctx, rows[end])))) end++
    return {start: k, end}
  }
  return null
}

/**
 * A contact table in the header box with its last rows that name no one (a department's second
 * line: a table row, or in the lines form a unit's name alone) and a Markdown delimiter row.
 */
function withUnnamedRows(ctx: Context, table: ContactsScan): ContactsScan {
  const rows = ctx.rows
  let end = table.end
  while (
    end < rows.length &&
    ((rows[end].kind === 'row' && !isHeaderLabelRow(ctx, rows[end])) || rows[end].kind === 'delimiter' || (rows[end].kind === 'line' && unitName.test(rows[end].text)))
  ) {
    end++
  }
  return {start: table.start, end}
}

/**
 * The width at which the text was wrapped (PDF text: many lines of about the same length, page
 * numbers), or 0 when each line is a paragraph (word-processor exports, Markdown).
 */
function wrapWidth(rows: Row[]): number {
  const lengths: number[] = []
  let pageMarks = 0
  for (const row of rows) {
    if (row.pageMark) pageMarks++
    if (row.kind === 'row' || row.kind === 'delimiter' || row.syntax) return 0
    if (row.kind === 'line') lengths.push(row.text.length)
  }
  if (lengths.length < 8) return 0
  lengths.sort((a, b) => a - b)
  const p90 = lengths[Math.floor(lengths.length * 0.9)]
  if (p90 > 70) return 0
  const near = lengths.filter((l) => l >= p90 * 0.8).length / lengths.length
  // Exports put a paragraph on one line (long lines); PDF text wraps every line at the page width.
  return pageMarks > 0 || near > 0.25 || (p90 <= 60 && lengths.length >= 30) ? p90 : 0
}

/** A unit's name alone on a line (`운영지원과`, `홍보담당관실`): a contact table's department cell. */
const unitName = new RegExp(`^[가-힣·‧ ]{1,20}(?:${alternation(lineUnitEnds, escape)})$`)

const boxLabels = new Set(boxAppendixLabels)

/** An appendix label's word, without `자료` (`참고자료` covers `참고` pages), and its number. */
function labelOf(row: Row): {word: string; number: number | null} {
  const m = rowAppendixLabel(row)!
  return {word: m[1].replace(/\s+/g, '').replace(/자료$/, ''), number: m[2] ? Number(m[2]) : null}
}

/**
 * Keep of the appendix labels (`starts`, in order) those that head pages: an unnumbered label
 * over numbered pages of its word (`참 고 자 료` over `참고 1`, `참고 2`; `【붙임】 Title` in the body
 * over `붙임1`, `붙임2`) covers them, and one that titles boxes too (`boxAppendixLabels`) between
 * two numbered pages of another word that follow each other (`(참고) 차액가맹금이란?` between
 * `붙임 1` and `붙임 2`) is a box inside the first.
 */
function keepPages(rows: Row[], starts: number[]): void {
  if (starts.length < 2) return
  const labels = starts.map((s) => labelOf(rows[s]))
  // The last place of each word printed with a number, and of each word and number: whether one
  // follows a label is told without looking at every label after it.
  const lastNumbered = new Map<string, number>()
  const lastOfNumber = new Map<string, number>()
  labels.forEach((l, j) => {
    if (l.number === null) return
    lastNumbered.set(l.word, j)
    lastOfNumber.set(`${l.word} ${l.number}`, j)
  })
  // The latest numbered label before the one read, and the latest of another word than its.
  let latest: {word: string; number: number} | null = null
  let latestOther: {word: string; number: number} | null = null
  let kept = 0
  for (let k = 0; k < starts.length; k++) {
    const {word, number} = labels[k]
    let drop = false
    if (number === null) {
      drop = (lastNumbered.get(word) ?? -1) > k
      // A box's label after a numbered label of another word (`참고` after `붙임 1`) heads no page when the next number of that word follows.
      const before = latest && latest.word !== word ? latest : latestOther
      if (!drop && boxLabels.has(word) && before) drop = (lastOfNumber.get(`${before.word} ${before.number + 1}`) ?? -1) > k
    } else {
      if (latest && latest.word !== word) latestOther = latest
      latest = {word, number}
    }
    if (!drop) starts[kept++] = starts[k]
  }
  starts.length = kept
}

/** Whether the body lists attachments (`붙임 1. … 1부.`, `붙임.` over `1. …`): a labelled line there heads no page. */
function listsAttachments(ctx: Context, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isAppendixStart(ctx.rows[i])) return true
  return false
}

/**
 * Whether the rows from `from` open with the title of a page printed with a release but no
 * appendix when unlabelled (`신임 원장 약력`, `[ 프로필 ]`, the lexicon's `unlistedPageWords`),
 * unless the body's list (rows `listFrom`…`listTo`) names it.
 */
function opensUnlistedPage(ctx: Context, from: number, to: number, listFrom: number, listTo: number): boolean {
  const first = nextFilled(ctx.rows, from)
  if (first >= to) return false
  const title = ctx.rows[first].text.replace(/\s+/g, '')
  const word = title.length <= 40 ? unlistedPageWords.find((w) => title.includes(w)) : undefined
  if (word === undefined) return false
  for (let i = listFrom; i < listTo; i++) if (isAppendixStart(ctx.rows[i]) && ctx.rows[i].text.replace(/\s+/g, '').includes(word)) return false
  return true
}

/** Whether the first filled row from `from` is a short marked heading (`□ 개 요`). */
function opensWithHeading(ctx: Context, from: number, to: number): boolean {
  const first = nextFilled(ctx.rows, from)
  if (first >= to) return false
  const row = ctx.rows[first]
  const marker = rowMarker(row)
  return marker !== null && sectionMarkers.includes(marker) && row.text.length <= 30 && !/[.다]$/.test(row.text)
}

/** Markers of an outline's sections. */
const sectionMarkers = ['□', '■', '◇', '◆', 'Ⅰ.', '󰊱']

/** The index of the first row at or after `from` that is not blank. */
function nextFilled(rows: Row[], from: number): number {
  while (from < rows.length && (rows[from].kind === 'blank' || rows[from].kind === 'delimiter')) from++
  return from
}

function hasContent(ctx: Context, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.rows[i].kind !== 'blank') return true
  return false
}

function pushBody(ctx: Context, children: RootContent[], from: number, to: number): void {
  if (!hasContent(ctx, from, to)) return
  const blocks = readBlocks(ctx, from, to)
  const body: Body = {type: 'body', children: blocks, position: span(blocks)}
  append(body.children, findQuotes(ctx, from, to))
  children.push(body)
}

function toString(node: {children?: unknown[]; value?: string}): string {
  if (typeof node.value === 'string') return node.value
  return (node.children ?? []).map((c) => toString(c as typeof node)).join('')
}
