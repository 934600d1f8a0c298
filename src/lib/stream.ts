import {breaking, codeAt, control, foldDoubledSpaces, foldSpaces, isFree, isWhiteSpace, markup, oddSpace} from './chars.js'
import {codes} from './codes.js'
import {replaceAt} from './arrays.js'

/*
 * The block stream: what every reader (TAB text, one cell per line, PDF text, Markdown, HWPX,
 * HWP) emits and every construct reads. A row is one line of the text the tree is built over,
 * or one table row, whose cells carry their text and offsets in that text. Constructs import
 * this module and nothing else of the readers.
 */

/** A merged cell a document's table row starts: its 0-based column and how many rows and columns it spans. */
export interface CellSpan {
  column: number
  rowSpan: number
  colSpan: number
}

/** What a reader knows of a line of the text it gives, beyond the text: the merged cells a table row starts. */
export interface LineFacts {
  spans?: CellSpan[]
}

/** One cell of a row, in normalised offsets; `text` is trimmed and cleaned of Markdown inline marks. */
export interface Cell {
  start: number
  end: number
  text: string
  /** How many rows and columns the cell spans, when the reader knows (HWPX, HWP, HTML tables); 1 when absent. */
  rowSpan?: number
  colSpan?: number
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

export const brPattern = /<br\s*\/?>/gi
export const headingPattern = /^#{1,6}\s+/
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
export function contentStart(value: string, start: number, end: number): number {
  while (start < end) {
    const c = value.charCodeAt(start)
    if (c !== codes.space && c !== codes.tab) break
    start++
  }
  return start
}

/** Where the content of `value[start, end)` ends, before spaces and TABs. */
export function contentEnd(value: string, start: number, end: number): number {
  while (end > start) {
    const c = value.charCodeAt(end - 1)
    if (c !== codes.space && c !== codes.tab) break
    end--
  }
  return end
}

export function trimmed(value: string, start: number, end: number): [number, number] {
  const from = contentStart(value, start, end)
  return [from, contentEnd(value, from, end)]
}

/**
 * A cell of `value[start, end)`, trimmed. `plainCell`: nothing in it to clean; `spacesOnly`: its
 * line holds doubled spaces and nothing else to clean.
 */
export function makeCell(value: string, start: number, end: number, plainCell = false, spacesOnly = false): Cell {
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

/** Add a row to the stream: its kind from its cells unless given, its first letter for the tests that need no text. */
export function pushRow(rows: Row[], start: number, end: number, cells: Cell[], kind?: Row['kind'], syntax: Array<[number, number]> | null = null, plain = false): Row {
  if (kind === 'blank' && cells.length === 0 && syntax === null && !plain) {
    const blank = new BlankLine(rows.length, start, end)
    rows.push(blank)
    return blank
  }
  const row = new Line(rows.length, start, end, cells, kind)
  row.plain = plain
  row.syntax = syntax
  rows.push(row)
  return row
}

/** The cells of every row that has none (never added to: a row's cells are made with it). */
const noCells: Cell[] = []

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
  static readonly kept: Row = new Line(0, 0, 0, [{start: 0, end: 0, text: ''}], 'line')

  lead: number
  kind: Row['kind']
  pageMark = false
  boxed = false
  plain = false
  syntax: Array<[number, number]> | null = null
  private joined: string | undefined
  constructor(
    readonly index: number,
    public start: number,
    public end: number,
    public cells: Cell[],
    kind?: Row['kind']
  ) {
    let first = ''
    let nonEmpty = 0
    for (const cell of cells) {
      if (cell.text === '') continue
      if (nonEmpty === 0) first = cell.text
      nonEmpty++
    }
    // Rows without cells (blank lines, delimiters) share one empty list: a text of blank lines
    // costs a row a line, not a row and a list.
    if (cells.length === 0) this.cells = noCells
    this.kind = kind ?? (nonEmpty === 0 ? 'blank' : cells.length > 1 ? 'row' : 'line')
    this.joined = nonEmpty > 1 ? undefined : first
    this.lead = codeAt(first, 0)
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

/**
 * A blank line: where it is, and nothing else of its own (what every blank line says is on the
 * prototype). A text of blank lines costs a third of what rows of text do; a page number or a
 * `<br>` box part sets its own flag.
 */
class BlankLine implements Row {
  static readonly kept: Row = new BlankLine(0, 0, 0)
  declare lead: number
  declare kind: Row['kind']
  declare pageMark: boolean
  declare boxed: boolean
  declare plain: boolean
  declare syntax: Array<[number, number]> | null
  declare cells: Cell[]
  declare text: string
  constructor(
    readonly index: number,
    public start: number,
    public end: number
  ) {}
}
Object.assign(BlankLine.prototype, {lead: -1, kind: 'blank', pageMark: false, boxed: false, plain: false, syntax: null, cells: noCells, text: ''})

/** A row kept for the life of the process (see `Line.kept`). */
export const keptRow = Line.kept

/** Put a blank row in place of row `index`, over the same span: a line the constructs are not to read (a web page's menus). */
export function blankRow(rows: Row[], index: number): void {
  const row = rows[index]
  rows[index] = new Line(row.index, row.start, row.end, [{start: row.start, end: row.start, text: ''}], 'blank')
}

/**
 * Put in place of row `index` one row per span of `pairs` (normalised offsets, in order): a row of
 * two cells, a label and its value, or a line of the label alone when the value span is empty.
 * A web page's line of fields (`등록일 2026-05-12 조회수 318 담당부서 연안해운과`) read as a table.
 */
export function pairRows(value: string, rows: Row[], index: number, pairs: ReadonlyArray<readonly [number, number, number, number]>): void {
  const row = rows[index]
  const made = pairs.map(([labelStart, labelEnd, valueStart, valueEnd], k) => {
    const cells = valueEnd > valueStart ? [makeCell(value, labelStart, labelEnd), makeCell(value, valueStart, valueEnd)] : [makeCell(value, labelStart, labelEnd)]
    const start = k === 0 ? row.start : labelStart
    const end = k === pairs.length - 1 ? row.end : Math.max(labelEnd, valueEnd)
    const line = new Line(row.index, start, end, cells, cells.length > 1 ? 'row' : 'line')
    line.plain = row.plain
    return line
  })
  replaceAt(rows, index, 1, made)
}

/** Split a one-cell row in two at a normalised offset (PDF text that ran two lines together). */
export function splitRow(value: string, rows: Row[], index: number, at: number): void {
  const row = rows[index]
  const cell = firstFilled(row)
  if (!cell || at <= cell.start || at >= cell.end) return
  const parts = [makeCell(value, cell.start, at), makeCell(value, at, cell.end)].map((part, k) => {
    const line = new Line(row.index, k === 0 ? row.start : part.start, k === 0 ? part.end : row.end, [part], 'line')
    line.plain = row.plain
    line.pageMark = row.pageMark
    line.boxed = row.boxed
    return line
  })
  rows.splice(index, 1, parts[0], parts[1])
}
