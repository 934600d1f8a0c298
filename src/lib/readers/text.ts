import {control, decomposedMark, flagLimit, flagsOf, markup, oddSpace} from '../chars.js'
import {codes} from '../codes.js'
import {Offsets} from '../offsets.js'
import {contentEnd, contentStart, makeCell, pushRow, type Cell, type CellSpan, type LineFacts, type Row} from '../stream.js'
import {imageLine, lineTables, manyTableLines, markdownTables, tableLine, thematicBreak} from './markdown.js'

/*
 * The text reader: a text read line by line into the stream's rows, cells split at TABs (an
 * HWP/HWPX export's table cells), one cell per line otherwise; a Markdown text's table lines go
 * to the Markdown reader.
 */

/**
 * Read the normalised text into rows: one per line, cells split at TAB or at the pipes of a
 * Markdown table row; a one-cell Markdown row with `<br>` breaks becomes one row per part.
 * `seen` gathers where every line starts and, for lines read outside tables, the character flags
 * (`chars.js`) and the offsets of every char a text would clean (flagged chars, TABs, the second
 * of two spaces), in order.
 */
export function readRows(value: string, options: {markdown?: boolean; seen?: Seen; lines?: ReadonlyArray<LineFacts | null> | null} = {}): Row[] {
  const seen = options.seen ?? {flags: 0, specials: new Offsets(64), lineStarts: []}
  const rows: Row[] = []
  const length = value.length
  const tables = options.markdown ? (manyTableLines(value) ? lineTables(value) : markdownTables(value)) : null
  // A Markdown document's front matter (what `toMarkdown` writes first) is syntax, not text to read.
  const frontMatter = options.markdown ? frontMatterEnd(value) : 0
  let lineStart = 0
  let line = 1
  const hasCarriageReturn = value.includes('\r')
  while (lineStart <= length) {
    let end: number
    if (hasCarriageReturn) {
      end = lineStart
      while (end < length) {
        const c = value.charCodeAt(end)
        if (c === codes.lineFeed || c === codes.carriageReturn) break
        end++
      }
    } else {
      end = value.indexOf('\n', lineStart)
      if (end < 0) end = length
    }
    seen.lineStarts.push(lineStart)
    const table = tables?.get(line)
    if (line <= frontMatter) syntaxLine(value, lineStart, end, rows)
    else if (table) tableLine(value, lineStart, end, table, rows)
    else readLine(value, lineStart, end, rows, Boolean(options.markdown), seen)
    // The merged cells a document reader found on this line (a table row: its TAB cells are the columns).
    const spans = options.lines?.[line - 1]?.spans
    if (spans) spanCells(rows[rows.length - 1], spans)
    line++
    if (end >= length) break
    lineStart = end + (value.charCodeAt(end) === codes.carriageReturn && value.charCodeAt(end + 1) === codes.lineFeed ? 2 : 1)
  }
  return rows
}

/** The most lines a front matter may have: a fence further down is no front matter's. */
const frontMatterLines = 200

/**
 * The line of the fence that closes a YAML front matter the text opens with (`---` on the first
 * line, `---` or `...` closing it), or 0 when it opens with none.
 */
export function frontMatterEnd(value: string): number {
  let at = value.indexOf('\n')
  if (at < 0 || value.slice(0, at).trimEnd() !== '---') return 0
  for (let line = 2; line <= frontMatterLines && at < value.length; line++) {
    const start = at + 1
    at = value.indexOf('\n', start)
    if (at < 0) at = value.length
    const fence = value.slice(start, at).trimEnd()
    if (fence === '---' || fence === '...') return line
  }
  return 0
}

/** A line kept whole as syntax: a blank row whose content is one syntax span. */
function syntaxLine(value: string, start: number, end: number, rows: Row[]): void {
  const s = contentStart(value, start, end)
  const e = contentEnd(value, s, end)
  pushRow(rows, start, end, [], 'blank', s === e ? null : [[s, e]])
}

const pageNumberPattern = /^(?:[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}\s*\/\s*\d{1,3}|[-–—]\s*\d{1,3}\s*\/\s*\d{1,3}\s*[-–—])$/
/** A page number a Markdown converter made a list item of (`- - 2 -`). */
const listedPageNumber = /^[-*+]\s+[-–—]\s*\d{1,3}\s*[-–—]$/

/** A flag beside those of `chars.js`: two spaces in a row, which cleaning folds. */
const doubledSpace = 0x100

/** TAB offsets of the line being read (a scratch list, reused: only its first `tabCount` entries count). */
const tabs: number[] = []

/** The entities cleaning replaces, after their `&`. */
const entityNames = ['nbsp;', 'amp;', 'lt;', 'gt;']

/**
 * Whether the markup char at `index` (`*` `_` `<` `&` `\`) is one cleaning would change: half of
 * `**` or `__`, the start of a tag, one of the entities replaced, or an escape before punctuation.
 * A lone `*` of a note (`* 주석`), `<표 제목>` or `R&D` is text as printed.
 */
function startsMarkup(value: string, index: number, start: number, end: number): boolean {
  const code = value.charCodeAt(index)
  const next = index + 1 < end ? value.charCodeAt(index + 1) : -1
  switch (code) {
    case codes.asterisk:
    case codes.underscore:
      return next === code || (index > start && value.charCodeAt(index - 1) === code)
    case codes.lessThan:
      return next === codes.slash || (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a)
    case codes.ampersand:
      return entityNames.some((name) => value.startsWith(name, index + 1))
    default:
      // A backslash escapes ASCII punctuation.
      return (next >= 0x21 && next <= 0x2f) || (next >= 0x3a && next <= 0x40) || (next >= 0x5b && next <= 0x60) || (next >= 0x7b && next <= 0x7e)
  }
}

/** What reading lines saw: their character flags, and the offsets of chars a text would clean. */
export interface Seen {
  flags: number
  specials: Offsets
  /** The offset where each line starts (LF, CR and CRLF end lines). */
  lineStarts: number[]
}

/** Whether one of a line's special chars (from `first` on) is the second of two spaces inside `[s, e)`. */
function spaceDoubledWithin(value: string, specials: Offsets, first: number, s: number, e: number): boolean {
  const offsets = specials.data
  for (let k = first; k < specials.length; k++) {
    const at = offsets[k]
    if (at > s && at < e && value.charCodeAt(at) === codes.space) return true
  }
  return false
}

/** Read one line in one pass over its char codes: where its content starts and ends, its TABs, what needs cleaning. */
function readLine(value: string, start: number, end: number, rows: Row[], markdown: boolean, seen: Seen): void {
  const specials = seen.specials
  const first = specials.length
  let flags = 0
  let tabCount = 0
  let previousSpace = false
  for (let index = start; index < end; index++) {
    const code = value.charCodeAt(index)
    // Spaces first (a fifth of the text), then Hangul and CJK, flagged none (but the BOM).
    if (code === codes.space) {
      // The second of two spaces.
      if (previousSpace) {
        flags |= doubledSpace
        specials.push(index)
      }
      previousSpace = true
      continue
    }
    previousSpace = false
    if (code < flagLimit) {
      const f = flagsOf(code)
      if (f === 0) continue
      if (code === codes.tab) {
        tabs[tabCount++] = index
        specials.push(index)
      } else if (f !== markup || startsMarkup(value, index, start, end)) {
        // A markup char counts only where cleaning would change it (`**`, a tag, an entity, an escape).
        flags |= f
        specials.push(index)
      }
    } else if (code === codes.byteOrderMark) {
      flags |= oddSpace
      specials.push(index)
    }
  }
  const s = contentStart(value, start, end)
  const e = contentEnd(value, s, end)
  // Doubled spaces that indent or trail the line are trimmed away: only those inside count.
  if ((flags & doubledSpace) !== 0 && !spaceDoubledWithin(value, specials, first, s, e)) flags &= ~doubledSpace
  seen.flags |= flags
  if (s === e) {
    pushRow(rows, start, end, [], 'blank')
    return
  }
  if (e - s <= 14 && (pageNumberPattern.test(value.slice(s, e)) || (markdown && listedPageNumber.test(value.slice(s, e))))) {
    pushRow(rows, s, e, [], 'blank')
    rows[rows.length - 1].pageMark = true
    return
  }
  if (markdown && (imageLine.test(value.slice(s, e)) || thematicBreak.test(value.slice(s, e)))) {
    pushRow(rows, start, end, [], 'blank', [[s, e]])
    return
  }
  // Jamo or combining marks NFC left alone are not plain either: the typed text is NFC.
  const plain = (flags & (oddSpace | control | markup | decomposedMark | doubledSpace)) === 0
  if (tabCount === 0) {
    // One cell, plain when the line is or holds no special char at all.
    pushRow(rows, start, end, [makeCell(value, start, end, plain || first === specials.length, flags === doubledSpace)], undefined, null, plain)
    return
  }
  // Filled in place: an array pushed to from empty grows room for sixteen, kept with the row.
  const cells: Cell[] = new Array<Cell>(tabCount + 1)
  // A cell is plain when none of this line's special chars (TABs aside) falls inside it.
  const offsets = specials.data
  const count = specials.length
  let p = first
  let cellStart = start
  for (let k = 0; k <= tabCount; k++) {
    const cellEnd = k < tabCount ? tabs[k] : end
    let plainCell = plain
    if (!plainCell) {
      while (p < count && offsets[p] < cellStart) p++
      plainCell = p === count || offsets[p] >= cellEnd
    }
    cells[k] = makeCell(value, cellStart, cellEnd, plainCell, flags === doubledSpace)
    cellStart = cellEnd + 1
  }
  // A line with leading tabs only (one non-empty cell) is still a table row: keep its cells.
  pushRow(rows, start, end, cells, undefined, null, plain)
}

/** Give a row's cells the spans of the merged cells they are. */
function spanCells(row: Row, spans: CellSpan[]): void {
  if (row.kind !== 'row') return
  for (const {column, rowSpan, colSpan} of spans) {
    const cell = row.cells[column]
    if (!cell) continue
    cell.rowSpan = rowSpan
    cell.colSpan = colSpan
  }
}
