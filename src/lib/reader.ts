import type {Node as MdastNode, Table as MdastTable} from 'mdast'
import {breaking, codeAt, control, decomposedMark, flagLimit, flagsOf, foldDoubledSpaces, foldSpaces, isFree, isWhiteSpace, markup, oddSpace} from './chars.js'
import {codes} from './codes.js'
import {Offsets} from './offsets.js'
import {append} from './arrays.js'
import {markdownReader} from './load.js'

/** One cell of a row, in normalised offsets; `text` is trimmed and cleaned of Markdown inline marks. */
export interface Cell {
  start: number
  end: number
  text: string
}

/** One physical line of the input (or one `<br>` part of a one-cell Markdown row). */
export interface Row {
  /** 0-based index of the row in the stream. */
  index: number
  /** Offsets (normalised) of the line content without its line ending. */
  start: number
  end: number
  /** Trimmed text of the whole row with cells joined by one space (joined when first read). */
  readonly text: string
  /** The char code of the text's first letter, or -1 when the row is blank: a test that needs no text. */
  lead: number
  /** The non-empty and empty cells, in order; a plain line has one cell. */
  cells: Cell[]
  /** `blank`, a plain `line`, a `row` of several cells, or a Markdown table `delimiter`. */
  kind: 'blank' | 'line' | 'row' | 'delimiter'
  /** Whether the row is a page number (`- 1 -`, `1 / 5`): blank to the constructs, kept as a `pageMark`. */
  pageMark: boolean
  /** Whether the row is one part of a Markdown cell split at `<br>` (a box of lines). */
  boxed: boolean
  /** Whether the line holds nothing to clean (no control, odd space, markup or doubled space): its cells' text is their source. */
  plain: boolean
  /** Spans of Markdown markup on this row (pipes, `<br>` tags, delimiter rows), kept as syntax. */
  syntax: Array<[number, number]> | null
}

const brPattern = /<br\s*\/?>/gi
const headingPattern = /^#{1,6}\s+/
const listBullet = /^[-*+]\s+(?=[□■○●◎ㅇ※▲◆◇❍◦•①-⑳➊-➓]|\\?\*|(?:붙|별|첨)\s?[임첨부]|\d{1,2}\.\s.*끝\s?\.?$)/
/** Markdown emphasis marks; a run of three or more stars is a masked number (`010-5***-6076`), not emphasis. */
const emphasisPattern = /(?<!\*)\*\*(?!\*)|__/g

/** Anything `cleanText` would change beyond a trim (with doubled spaces): odd spaces, markup, entities, escapes. */
const needsCleaning = oddSpace | control | markup | breaking

/** Clean a raw cell slice into its text: fold spaces, drop Markdown emphasis and heading marks. */
export function cleanText(raw: string): string {
  // Fast path: most text needs nothing but a trim.
  if (codeAt(raw, 0) !== 0x23 && !raw.includes('  ') && isFree(raw, needsCleaning)) return raw.trim()
  let text = raw
  // Tags, emphasis, escapes and entities all start with a markup char: one scan for them all.
  if (!isFree(text, markup)) {
    if (text.includes('<')) text = text.replace(brPattern, ' ').replace(/<\/?[a-z][^>]*>/gi, ' ')
    if (text.includes('**') || text.includes('__')) text = text.replace(emphasisPattern, '')
  }
  if (codeAt(text, 0) === 0x23) text = text.replace(headingPattern, '')
  if (!isFree(text, markup)) {
    if (text.includes('\\')) text = text.replace(/\\([!-/:-@[-`{-~])/g, '$1')
    if (text.includes('&')) text = text.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
  }
  // Control characters read as spaces in the typed text (the tree keeps them).
  return foldSpaces(text)
}

/** Where the content of `value[start, end)` starts, past spaces and TABs. */
function contentStart(value: string, start: number, end: number): number {
  while (start < end) {
    const c = value.charCodeAt(start)
    if (c !== codes.space && c !== codes.tab) break
    start++
  }
  return start
}

/** Where the content of `value[start, end)` ends, before spaces and TABs. */
function contentEnd(value: string, start: number, end: number): number {
  while (end > start) {
    const c = value.charCodeAt(end - 1)
    if (c !== codes.space && c !== codes.tab) break
    end--
  }
  return end
}

function trimmed(value: string, start: number, end: number): [number, number] {
  const from = contentStart(value, start, end)
  return [from, contentEnd(value, from, end)]
}

/**
 * A cell of `value[start, end)`, trimmed. `plainCell`: nothing in it to clean; `spacesOnly`: its
 * line holds doubled spaces and nothing else to clean.
 */
function makeCell(value: string, start: number, end: number, plainCell = false, spacesOnly = false): Cell {
  // Trimmed without an array for the two ends: a cell is made for every TAB-separated field.
  start = contentStart(value, start, end)
  end = contentEnd(value, start, end)
  if (start === end) return {start, end, text: ''}
  let raw = value.slice(start, end)
  const first = raw.charCodeAt(0)
  // A cell with nothing to clean (no doubled spaces either) needs no more than the trim above,
  // and the Markdown list bullet before a press-release marker (`- □ …`) taken off.
  if (plainCell && first !== 0x23) {
    if ((first !== 0x2d && first !== 0x2b && first !== 0x2a) || !isWhiteSpace(codeAt(raw, 1))) return {start, end, text: raw}
    const bullet = listBullet.exec(raw)
    return {start, end, text: bullet ? raw.slice(bullet[0].length) : raw}
  }
  // Markdown headings and bare emphasis at the start of a cell are decoration, not content.
  if (first === 0x23) {
    const heading = headingPattern.exec(raw)
    if (heading) raw = raw.slice(heading[0].length)
  } else if ((first === 0x2d || first === 0x2a || first === 0x2b) && isWhiteSpace(codeAt(raw, 1))) {
    // A Markdown list bullet before a press-release marker (`- □ …`) is markup.
    const bullet = listBullet.exec(raw)
    if (bullet) raw = raw.slice(bullet[0].length)
  }
  return {start, end, text: spacesOnly && raw.charCodeAt(0) !== 0x23 ? foldDoubledSpaces(raw) : cleanText(raw)}
}

/**
 * Read the normalised text into rows: one per line, cells split at TAB or at the pipes of a
 * Markdown table row; a one-cell Markdown row with `<br>` breaks becomes one row per part.
 * `seen` gathers where every line starts and, for lines read outside tables, the character flags
 * (`chars.js`) and the offsets of every char a text would clean (flagged chars, TABs, the second
 * of two spaces), in order.
 */
export function readRows(value: string, options: {markdown?: boolean; seen?: Seen} = {}): Row[] {
  const seen = options.seen ?? {flags: 0, specials: new Offsets(64), lineStarts: []}
  const rows: Row[] = []
  const length = value.length
  const tables = options.markdown ? (manyTableLines(value) ? lineTables(value) : markdownTables(value)) : null
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
    if (table) tableLine(value, lineStart, end, table, rows)
    else readLine(value, lineStart, end, rows, Boolean(options.markdown), seen)
    line++
    if (end >= length) break
    lineStart = end + (value.charCodeAt(end) === codes.carriageReturn && value.charCodeAt(end + 1) === codes.lineFeed ? 2 : 1)
  }
  return rows
}

const thematicBreak = /^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/
const imageLine = /^(?:!\[[^\]]*\]\([^)]*\)\s*)+$/

/** A line of a table as Markdown gave it: cell spans (pipes or HTML tags included), or a delimiter. */
type TableLine = {delimiter: true} | {delimiter: false; cells: Array<[number, number]>; html: boolean}

/**
 * Find the tables of a Markdown document with remark-parse and GFM: pipe tables (cell spans
 * from the mdast cells) and raw HTML `<table>` blocks (cells from their `<td>`/`<th>` tags),
 * keyed by 1-based line number.
 */
function markdownTables(value: string): Map<number, TableLine> {
  const out = new Map<number, TableLine>()
  const {unified, remarkParse, remarkGfm} = markdownReader()
  const tree = unified().use(remarkParse).use(remarkGfm).parse(value)
  const visitNode = (node: MdastNode) => {
    if (node.type === 'table' && node.position) {
      const rows = (node as MdastTable).children
      out.set(node.position.start.line + 1, {delimiter: true})
      for (const row of rows) {
        if (!row.position) continue
        const cells = row.children.filter((c) => c.position).map((c): [number, number] => [c.position!.start.offset!, c.position!.end.offset!])
        out.set(row.position.start.line, {delimiter: false, cells, html: false})
      }
      return
    }
    if (node.type === 'html' && node.position && /<table[\s>]/i.test((node as unknown as {value: string}).value)) {
      const base = node.position.start.offset!
      const raw = value.slice(base, node.position.end.offset!)
      let line = node.position.start.line
      let at = 0
      for (const text of raw.split(/\r\n|\r|\n/)) {
        const cells = htmlCells(text, base + at)
        out.set(line, cells.length ? {delimiter: false, cells, html: true} : {delimiter: true})
        at += text.length + 1
        line++
      }
      return
    }
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children as MdastNode[]) visitNode(child)
  }
  visitNode(tree as MdastNode)
  return out
}

/** Lines holding a pipe above which remark-parse, slow on long GFM tables, gives way to `lineTables`. */
const remarkTableLines = 2000
/**
 * Length above which remark-parse gives way to `lineTables`: on some shapes (`<br>` and
 * closing tags between blank lines) it costs 15–30 s per MB; converted releases are shorter.
 */
const remarkLength = 200_000

/** Whether more than `remarkTableLines` lines hold a pipe, or the text is longer than `remarkLength`. */
function manyTableLines(value: string): boolean {
  let count = 0
  for (let at = value.indexOf('|'); at >= 0; at = value.indexOf('|', at + 1)) {
    if (++count > remarkTableLines) return true
    const end = value.indexOf('\n', at)
    if (end < 0) break
    at = end
  }
  return value.length > remarkLength
}

const htmlTableStart = /^ {0,3}<table[\s>]/i

/**
 * The tables of a large Markdown document, found line by line as GFM finds them at the top
 * level: a row with a pipe over a delimiter row, then every row up to a blank line (cells at
 * unescaped pipes, each holding its opening pipe, as remark-parse gives them), and HTML blocks
 * that open with `<table>` up to a blank line. Linear in the text, where remark-parse takes
 * seconds and hundreds of MB for a table of tens of thousands of rows.
 */
function lineTables(value: string): Map<number, TableLine> {
  const out = new Map<number, TableLine>()
  const starts: number[] = []
  const ends: number[] = []
  const lineEnd = /\r\n|\r|\n/g
  let at = 0
  for (let m = lineEnd.exec(value); m; m = lineEnd.exec(value)) {
    starts.push(at)
    ends.push(m.index)
    at = m.index + m[0].length
  }
  starts.push(at)
  ends.push(value.length)
  const blank = (i: number) => {
    const [s, e] = trimmed(value, starts[i], ends[i])
    return s === e
  }
  for (let i = 0; i < starts.length; i++) {
    const text = value.slice(starts[i], ends[i])
    if (htmlTableStart.test(text)) {
      for (; i < starts.length && !blank(i); i++) {
        const cells = htmlCells(value.slice(starts[i], ends[i]), starts[i])
        out.set(i + 1, cells.length ? {delimiter: false, cells, html: true} : {delimiter: true})
      }
      continue
    }
    if (!text.includes('|') || i + 1 >= starts.length || !isDelimiterRow(value, starts[i + 1], ends[i + 1])) continue
    out.set(i + 1, {delimiter: false, cells: pipeCells(value, starts[i], ends[i]), html: false})
    out.set(i + 2, {delimiter: true})
    for (i += 2; i < starts.length && !blank(i); i++) out.set(i + 1, {delimiter: false, cells: pipeCells(value, starts[i], ends[i]), html: false})
  }
  return out
}

/** Whether a line is a GFM delimiter row: dashes, colons, pipes and spaces, with a dash. */
function isDelimiterRow(value: string, start: number, end: number): boolean {
  let dash = false
  for (let i = start; i < end; i++) {
    const c = value.charCodeAt(i)
    if (c === 0x2d) dash = true
    else if (c !== 0x7c && c !== 0x3a && c !== 0x20 && c !== 0x09) return false
  }
  return dash
}

/** A pipe row's cells: each from its opening pipe to the next (the last holds the closing pipe). */
function pipeCells(value: string, start: number, end: number): Array<[number, number]> {
  const [s, e] = trimmed(value, start, end)
  const bounds: number[] = []
  if (value.charCodeAt(s) !== codes.verticalBar) bounds.push(s)
  for (let i = s; i < e; i++) {
    if (value.charCodeAt(i) === codes.verticalBar && value.charCodeAt(i - 1) !== 0x5c && i !== e - 1) bounds.push(i)
  }
  if (bounds.length === 0) bounds.push(s)
  return bounds.map((from, k): [number, number] => [from, k + 1 < bounds.length ? bounds[k + 1] : e])
}

const cellOpen = /<t[dh]\b/gi
const cellClose = /<\/t[dh]>/gi

/**
 * The `<td>…</td>` and `<th>…</th>` spans of a line, shifted by `base`. Each search starts where
 * the last ended, and a missing `>` or closing tag ends the scan: unclosed tags repeated over a
 * line cost one pass, not one pass each.
 */
function htmlCells(text: string, base: number): Array<[number, number]> {
  const cells: Array<[number, number]> = []
  let at = 0
  for (;;) {
    cellOpen.lastIndex = at
    const open = cellOpen.exec(text)
    if (!open) break
    const gt = text.indexOf('>', open.index + 3)
    if (gt < 0) break
    cellClose.lastIndex = gt + 1
    const close = cellClose.exec(text)
    if (!close) break
    at = close.index + close[0].length
    cells.push([base + open.index, base + at])
  }
  return cells
}

/** A table line: cells without their pipes or tags, which stay as syntax; a one-cell `<br>` box splits into lines. */
function tableLine(value: string, start: number, end: number, table: TableLine, rows: Row[]): void {
  const [s, e] = trimmed(value, start, end)
  if (table.delimiter) {
    push(rows, start, end, [], s === e ? 'blank' : 'delimiter', s === e ? null : [[s, e]])
    return
  }
  const cells: Cell[] = []
  const syntax: Array<[number, number]> = []
  for (const [from, to] of table.cells) {
    let a = from
    let b = Math.min(to, e)
    if (table.html) {
      const open = value.indexOf('>', a) + 1
      const close = value.lastIndexOf('</', b - 1)
      syntax.push([a, open])
      cells.push(makeCell(value, open, close))
      syntax.push([close, b])
      continue
    }
    if (value.charCodeAt(a) === codes.verticalBar) {
      syntax.push([a, a + 1])
      a++
    }
    if (b > a && value.charCodeAt(b - 1) === codes.verticalBar && value.charCodeAt(b - 2) !== 0x5c) {
      b--
      cells.push(makeCell(value, a, b))
      syntax.push([b, b + 1])
    } else cells.push(makeCell(value, a, b))
  }
  // Markup outside the cells (`<tr>`, `</tr>`) is syntax too.
  const covered = [...cells.map((c): [number, number] => [c.start, c.end]), ...syntax].sort((x, y) => x[0] - y[0])
  let at = s
  for (const [a, b] of covered) {
    if (a > at && value.slice(at, a).trim()) syntax.push(trimmed(value, at, a))
    at = Math.max(at, b)
  }
  if (e > at && value.slice(at, e).trim()) syntax.push(trimmed(value, at, e))
  syntax.sort((x, y) => x[0] - y[0])
  const filled = cells.filter((c) => c.text !== '')
  if (filled.length === 1 && /<br\s*\/?>/i.test(value.slice(filled[0].start, filled[0].end))) {
    // A one-cell box (title box, header box) whose lines were joined with <br>: one row per part.
    const cell = filled[0]
    const raw = value.slice(cell.start, cell.end)
    const parts: Array<{start: number; end: number; tag: [number, number] | null}> = []
    let last = 0
    for (const match of raw.matchAll(brPattern)) {
      parts.push({start: cell.start + last, end: cell.start + match.index, tag: [cell.start + match.index, cell.start + match.index + match[0].length]})
      last = match.index + match[0].length
    }
    parts.push({start: cell.start + last, end: cell.end, tag: null})
    parts.forEach((part, k) => {
      const piece = makeCell(value, part.start, part.end)
      const spans: Array<[number, number]> = []
      if (k === 0) append(spans, syntax.filter(([a]) => a < cell.start))
      if (part.tag) spans.push(part.tag)
      if (k === parts.length - 1) append(spans, syntax.filter(([a]) => a >= cell.end))
      push(rows, part.start, part.end, piece.text ? [piece] : [], piece.text ? 'line' : 'blank', spans)
      rows[rows.length - 1].boxed = true
    })
    return
  }
  push(rows, start, end, cells, filled.length === 0 ? 'blank' : undefined, syntax)
}

/** Whether text looks like Markdown from a converter: pipe tables, HTML tables, headings, `<br>`, images. */
export function looksLikeMarkdown(value: string): boolean {
  // Each pattern runs only when the text holds the characters it needs (most plain text has none).
  return (
    (value.includes('---') && /^[ \t]{0,3}\|?[ \t]{0,3}:?-{3,}:?[ \t]{0,3}\|/m.test(value)) ||
    (value.includes('<') && /<table[\s>]|<br\s*\/?>/i.test(value)) ||
    (value.includes('#') && /^#{1,6}\s+\S/m.test(value)) ||
    (value.includes('![') && /!\[[^\]]*\]\([^)]*\)/.test(value))
  )
}

function push(rows: Row[], start: number, end: number, cells: Cell[], kind?: Row['kind'], syntax: Array<[number, number]> | null = null, plain = false): void {
  let first = ''
  let nonEmpty = 0
  for (const cell of cells) {
    if (cell.text === '') continue
    if (nonEmpty === 0) first = cell.text
    nonEmpty++
  }
  rows.push(new Line(rows.length, start, end, cells, kind ?? (nonEmpty === 0 ? 'blank' : cells.length > 1 ? 'row' : 'line'), plain, syntax, nonEmpty > 1 ? undefined : first, codeAt(first, 0)))
}

/** A row's first non-empty cell, if any. */
export function firstFilled(row: Row): Cell | undefined {
  for (const cell of row.cells) if (cell.text !== '') return cell
  return undefined
}

/**
 * A row, whose text is joined from its cells when first read: the constructs look at most rows of
 * a large table by their cells and first letter only, and joining them all was a tenth of reading
 * such a release.
 */
class Line implements Row {
  /**
   * A row kept for the life of the process. Optimised code checks an object's hidden class (its
   * map), and V8 holds the map of a class's instances only through the instances: a full
   * collection between two parses, when no row was alive, dropped it, and every function
   * compiled for rows was thrown away and compiled again. A batch doing other work between
   * parses (or a benchmark running another parser) met that after every full collection.
   */
  static readonly kept: Row = new Line(0, 0, 0, [{start: 0, end: 0, text: ''}], 'line', true, null, undefined, -1)

  pageMark = false
  boxed = false
  private joined: string | undefined
  constructor(
    readonly index: number,
    public start: number,
    public end: number,
    public cells: Cell[],
    public kind: Row['kind'],
    public plain: boolean,
    public syntax: Array<[number, number]> | null,
    text: string | undefined,
    public lead: number
  ) {
    this.joined = text
  }

  /** The texts of the non-empty cells joined by one space. */
  get text(): string {
    if (this.joined === undefined) {
      const parts: string[] = []
      for (const cell of this.cells) if (cell.text !== '') parts.push(cell.text)
      this.joined = parts.join(' ')
    }
    return this.joined
  }
}

/** A row kept for the life of the process (see `Line.kept`). */
export const keptRow = Line.kept

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
    push(rows, start, end, [], 'blank')
    return
  }
  if (e - s <= 14 && (pageNumberPattern.test(value.slice(s, e)) || (markdown && listedPageNumber.test(value.slice(s, e))))) {
    push(rows, s, e, [], 'blank')
    rows[rows.length - 1].pageMark = true
    return
  }
  if (markdown && (imageLine.test(value.slice(s, e)) || thematicBreak.test(value.slice(s, e)))) {
    push(rows, start, end, [], 'blank', [[s, e]])
    return
  }
  // Jamo or combining marks NFC left alone are not plain either: the typed text is NFC.
  const plain = (flags & (oddSpace | control | markup | decomposedMark | doubledSpace)) === 0
  if (tabCount === 0) {
    // One cell, plain when the line is or holds no special char at all.
    push(rows, start, end, [makeCell(value, start, end, plain || first === specials.length, flags === doubledSpace)], undefined, null, plain)
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
  push(rows, start, end, cells, undefined, null, plain)
}

/** Split a one-cell row in two at a normalised offset (PDF text that ran two lines together). */
export function splitRow(value: string, rows: Row[], index: number, at: number): void {
  const row = rows[index]
  const cell = firstFilled(row)
  if (!cell || at <= cell.start || at >= cell.end) return
  const first = makeCell(value, cell.start, at)
  const second = makeCell(value, at, cell.end)
  const a = new Line(row.index, row.start, first.end, [first], 'line', row.plain, null, first.text, codeAt(first.text, 0))
  const b = new Line(row.index, second.start, row.end, [second], 'line', row.plain, null, second.text, codeAt(second.text, 0))
  a.pageMark = b.pageMark = row.pageMark
  a.boxed = b.boxed = row.boxed
  rows.splice(index, 1, a, b)
}
