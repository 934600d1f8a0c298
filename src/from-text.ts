import type {VFile} from 'vfile'
import {report} from './messages.js'
import {checkFormat, checkOptions} from './lib/check.js'
import type {Appendix, Body, Root, RootContent} from './types.js'
import {span, type Context} from './lib/context.js'
import {buildAppendix, isAppendixStart, isAttachmentList, isLabelOverListedItem} from './lib/construct/appendix.js'
import {rowAppendixLabel} from './lib/patterns.js'
import {readBlocks, rowMarker} from './lib/construct/blocks.js'
import {buildContacts, contactsTableAt, findContacts, hasPhoneOrEmail, isHeaderContactRow, isOldContactLabelRow, isOldContactRow, isOldDepartmentRow} from './lib/construct/contacts.js'
import {scanFooter} from './lib/construct/footer.js'
import {scanHeader} from './lib/construct/header.js'
import {scanTitle} from './lib/construct/title.js'
import {Locator} from './lib/locate.js'
import {keepUnclaimed} from './lib/transform/keep-unclaimed.js'
import {borrowOffsets, returnOffsets, type Offsets} from './lib/offsets.js'
import {decomposedMark, oddSpace} from './lib/chars.js'
import {normalize, type NormalizedText} from './lib/normalize.js'
import {looksLikeMarkdown, readRows, type Row, type Seen} from './lib/reader.js'

export interface FromTextOptions {
  /** The file to report diagnostics on (none are made when omitted). */
  file?: VFile
  /** `markdown` reads pipe and HTML tables with remark-parse; `text` does not; default: detect. */
  format?: 'markdown' | 'text'
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
  if (typeof value !== 'string') throw new TypeError('Expected `value` to be `string`')
  // Diagnostics no one will read are not made: most of their cost is the message object.
  const file = options.file
  let normalized: NormalizedText = {value, map: null}
  let markdown = options.format ? options.format === 'markdown' : looksLikeMarkdown(value)
  const seen: Seen = {flags: 0, specials: borrowOffsets(), lineStarts: []}
  // Plain text is read as is, and again normalised only when a line shows an odd space or
  // decomposed Hangul: most text has neither, and the line scan sees every char anyway.
  let rows = markdown ? null : readRows(value, {markdown, seen})
  const asIs = rows !== null && (seen.flags & (oddSpace | decomposedMark)) === 0
  if (rows === null || !asIs) {
    normalized = normalize(value)
    markdown = options.format ? options.format === 'markdown' : looksLikeMarkdown(normalized.value)
    rows = readRows(normalized.value, {markdown})
  }
  // What the reader found in the source itself (line starts, chars to clean) holds only when it was read as is.
  const locator = new Locator(value, normalized.map, asIs ? seen.lineStarts : undefined, internal)
  const ctx: Context = {norm: normalized.value, rows, locator, file, wrapWidth: wrapWidth(rows), claimed: borrowOffsets()}
  const children: RootContent[] = []

  const header = scanHeader(ctx)
  // Body text printed before the header (PDF reading order) stays in the tree, in order.
  if (header.start > 0) pushBody(ctx, children, 0, header.start)
  if (header.node) {
    children.push(header.node)
    for (const child of header.node.children) {
      if (file && child.type === 'paragraph') report(file, 'unknown-line', child.position, toString(child))
    }
  }
  if (!header.node?.children.some((c) => c.type === 'embargo')) report(file, 'missing-embargo', undefined)

  // The old layout prints the contacts (담당과장 : …) in the header box.
  let titleFrom = header.end
  let early: ReturnType<typeof findContacts> = null
  {
    let k = header.end
    while (k < rows.length && rows[k].kind === 'blank') k++
    const old = (i: number) => isOldContactRow(rows[i]) || isOldDepartmentRow(rows[i]) || isOldContactLabelRow(rows[i]) || isHeaderContactRow(rows[i])
    let last = k
    while (last < rows.length && old(last)) last++
    // A contact table printed in the header box, between the dates and the title.
    const table = k < rows.length ? contactsTableAt(ctx, k, rows.length) : null
    if (table && table.end > last) {
      early = table
      children.push(buildContacts(ctx, early))
      titleFrom = table.end
    } else if (k < rows.length && old(k) && rows.slice(k, last).some((r) => isOldContactRow(r) || (r.kind === 'row' && hasPhoneOrEmail(r.text)))) {
      let end = k
      while (end < rows.length && (old(end) || (rows[end].kind === 'blank' && end + 1 < rows.length && isOldContactRow(rows[end + 1])))) end++
      early = {start: k, end}
      children.push(buildContacts(ctx, early))
      titleFrom = end
    }
  }
  const title = scanTitle(ctx, titleFrom)
  if (title.node) children.push(title.node)
  else report(file, 'missing-headline', undefined)
  const from = title.end
  const to = rows.length

  const contacts = early ? null : findContacts(ctx, from, to)
  const appendixStarts: number[] = []
  for (let i = from; i < to; i++) {
    if (contacts && i >= contacts.start && i < contacts.end) continue
    if (!isAppendixStart(rows[i])) continue
    // Before the contact table a labelled line lists attachments, unless it heads a page of its own.
    const rest = rows[i].text.slice(rowAppendixLabel(rows[i])?.[0].length ?? 0).trim()
    if (contacts && i < contacts.start && rows[i].kind !== 'row' && rest) continue
    if (isAttachmentList(rows[i]) || isLabelOverListedItem(rows, i)) continue
    appendixStarts.push(i)
  }
  if (!contacts && !early) report(file, 'missing-contacts', undefined)

  const boundaries = [...appendixStarts, ...(contacts ? [contacts.start] : [])].sort((a, b) => a - b)
  // Boundaries are sorted and distinct: each part ends where the next begins (a search from each would be quadratic).
  pushBody(ctx, children, from, boundaries.length > 0 && boundaries[0] >= from ? boundaries[0] : to)
  for (let b = 0; b < boundaries.length; b++) {
    const start = boundaries[b]
    const end = b + 1 < boundaries.length ? boundaries[b + 1] : to
    if (contacts && start === contacts.start) {
      children.push(buildContacts(ctx, contacts))
      const footer = scanFooter(ctx, contacts.end, end)
      if (footer.node) children.push(footer.node)
      const restFrom = footer.end
      if (hasContent(ctx, restFrom, end)) {
        // Content after the contact table: an unlabelled appendix when no labelled one exists.
        const labelledAfter = appendixStarts.some((a) => a >= restFrom)
        if (!labelledAfter && appendixStarts.length === 0 && hasMarkedRow(ctx, restFrom, end)) {
          children.push(buildAppendix(ctx, restFrom, end, false))
        } else pushBody(ctx, children, restFrom, end)
      }
    } else {
      const appendix: Appendix = buildAppendix(ctx, start, Math.min(end, contacts && contacts.start > start ? contacts.start : end), true)
      children.push(appendix)
    }
  }
  const tree: Root = {type: 'root', children, position: ctx.locator.sourcePosition(0, value.length)}
  keepUnclaimed(tree, ctx)
  returnOffsets(ctx.claimed)
  // The chars to clean are read by `parse` (which gives them back); no one else reads them.
  if (!internal || !asIs) returnOffsets(seen.specials)
  return {tree, specials: internal && asIs ? seen.specials : null}
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

function hasContent(ctx: Context, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ctx.rows[i].kind !== 'blank') return true
  return false
}

function hasMarkedRow(ctx: Context, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (rowMarker(ctx.rows[i])) return true
  return false
}

function pushBody(ctx: Context, children: RootContent[], from: number, to: number): void {
  if (!hasContent(ctx, from, to)) return
  const blocks = readBlocks(ctx, from, to)
  const body: Body = {type: 'body', children: blocks, position: span(blocks)}
  children.push(body)
}

function toString(node: {children?: unknown[]; value?: string}): string {
  if (typeof node.value === 'string') return node.value
  return (node.children ?? []).map((c) => toString(c as typeof node)).join('')
}
