import {codes} from './codes.js'

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
  /** Trimmed text of the whole row with cells joined by one space. */
  text: string
  /** The non-empty and empty cells, in order; a plain line has one cell. */
  cells: Cell[]
  /** `blank`, a plain `line`, a `row` of several cells, or a Markdown table `delimiter`. */
  kind: 'blank' | 'line' | 'row' | 'delimiter'
  /** Whether the row is a page number (`- 1 -`, `1 / 5`): blank to the constructs, kept as a `pageMark`. */
  pageMark?: boolean
  /** Whether the row is one part of a Markdown cell split at `<br>` (a box of lines). */
  boxed?: boolean
  /** Spans of Markdown markup on this row (pipes, `<br>` tags, delimiter rows), kept as syntax. */
  syntax: Array<[number, number]> | null
}

const brPattern = /<br\s*\/?>/gi
const delimiterPattern = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/
const headingPattern = /^#{1,6}\s+/
const emphasisPattern = /\*\*|__/g

/** Clean a raw cell slice into its text: fold spaces, drop Markdown emphasis and heading marks. */
export function cleanText(raw: string): string {
  let text = raw
  if (text.includes('<')) text = text.replace(brPattern, ' ').replace(/<\/?[a-z][^>]*>/gi, ' ')
  if (text.includes('**') || text.includes('__')) text = text.replace(emphasisPattern, '')
  if (text.charCodeAt(0) === 0x23) text = text.replace(headingPattern, '')
  if (text.includes('&')) text = text.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
  return text.replace(/[\s\u00a0\u3000]+/g, ' ').trim()
}

function trimmed(value: string, start: number, end: number): [number, number] {
  while (start < end) {
    const c = value.charCodeAt(start)
    if (c === codes.space || c === codes.tab) start++
    else break
  }
  while (end > start) {
    const c = value.charCodeAt(end - 1)
    if (c === codes.space || c === codes.tab) end--
    else break
  }
  return [start, end]
}

function makeCell(value: string, start: number, end: number): Cell {
  ;[start, end] = trimmed(value, start, end)
  let raw = value.slice(start, end)
  // Markdown headings and bare emphasis at the start of a cell are decoration, not content.
  const heading = headingPattern.exec(raw)
  if (heading) raw = raw.slice(heading[0].length)
  // A Markdown list bullet before a press-release marker (`- □ …`) is markup.
  const bullet = /^[-*+]\s+(?=[□■○●◎ㅇ※▲◆◇❍◦•①-⑳➊-➓])/.exec(raw)
  if (bullet) raw = raw.slice(bullet[0].length)
  return {start, end, text: cleanText(raw)}
}

/**
 * Read the normalised text into rows: one per line, cells split at TAB or at the pipes of a
 * Markdown table row; a one-cell Markdown row with `<br>` breaks becomes one row per part.
 */
export function readRows(value: string): Row[] {
  const rows: Row[] = []
  const length = value.length
  let lineStart = 0
  while (lineStart <= length) {
    let end = lineStart
    while (end < length) {
      const c = value.charCodeAt(end)
      if (c === codes.lineFeed || c === codes.carriageReturn) break
      end++
    }
    readLine(value, lineStart, end, rows)
    if (end >= length) break
    lineStart = end + (value.charCodeAt(end) === codes.carriageReturn && value.charCodeAt(end + 1) === codes.lineFeed ? 2 : 1)
  }
  return rows
}

function push(rows: Row[], start: number, end: number, cells: Cell[], kind?: Row['kind'], syntax: Array<[number, number]> | null = null): void {
  const nonEmpty = cells.filter((c) => c.text !== '')
  const text = nonEmpty.map((c) => c.text).join(' ')
  rows.push({
    index: rows.length,
    start,
    end,
    text,
    cells,
    kind: kind ?? (text === '' ? 'blank' : cells.length > 1 && nonEmpty.length > 0 ? 'row' : 'line'),
    syntax
  })
}

const pageNumberPattern = /^(?:[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}\s*\/\s*\d{1,3}|[-–—]\s*\d{1,3}\s*\/\s*\d{1,3}\s*[-–—])$/

function readLine(value: string, start: number, end: number, rows: Row[]): void {
  const [s, e] = trimmed(value, start, end)
  if (s === e) {
    push(rows, start, end, [], 'blank')
    return
  }
  if (e - s <= 12 && pageNumberPattern.test(value.slice(s, e))) {
    push(rows, s, e, [], 'blank')
    rows[rows.length - 1].pageMark = true
    return
  }
  const first = value.charCodeAt(s)
  if (first === codes.verticalBar && value.charCodeAt(e - 1) === codes.verticalBar && e - s > 1) {
    const raw = value.slice(s, e)
    if (delimiterPattern.test(raw)) {
      push(rows, start, end, [], 'delimiter', [[s, e]])
      return
    }
    const cells: Cell[] = []
    const pipes = [s]
    let cellStart = s + 1
    for (let i = s + 1; i < e; i++) {
      const c = value.charCodeAt(i)
      if (c === codes.verticalBar && value.charCodeAt(i - 1) !== 0x5c) {
        cells.push(makeCell(value, cellStart, i))
        pipes.push(i)
        cellStart = i + 1
      }
    }
    const filled = cells.filter((c) => c.text !== '')
    const pipeSpans = pipes.map((p): [number, number] => [p, p + 1])
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
        if (k === 0) spans.push(...pipeSpans.filter(([a]) => a < cell.start))
        if (part.tag) spans.push(part.tag)
        if (k === parts.length - 1) spans.push(...pipeSpans.filter(([a]) => a >= cell.end))
        push(rows, part.start, part.end, piece.text ? [piece] : [], piece.text ? 'line' : 'blank', spans)
        rows[rows.length - 1].boxed = true
      })
      return
    }
    push(rows, start, end, cells, undefined, pipeSpans)
    return
  }
  const cells: Cell[] = []
  let cellStart = start
  for (let i = start; i < end; i++) {
    if (value.charCodeAt(i) === codes.tab) {
      cells.push(makeCell(value, cellStart, i))
      cellStart = i + 1
    }
  }
  cells.push(makeCell(value, cellStart, end))
  // A line with leading tabs only (one non-empty cell) is still a table row: keep its cells.
  push(rows, start, end, cells)
}
