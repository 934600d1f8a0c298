import type {Node as MdastNode, Table as MdastTable} from 'mdast'
import {codes} from '../codes.js'
import {append} from '../arrays.js'
import {markdownReader} from '../load.js'
import {brPattern, makeCell, pushRow, trimmed, type Cell, type Row} from '../stream.js'

/*
 * The Markdown reader: converters' Markdown (pipe tables, HTML tables, `<br>` boxes) read into
 * the stream's rows. remark-parse and GFM find the tables; a line scan takes over on long texts.
 */

export const thematicBreak = /^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/
export const imageLine = /^(?:!\[[^\]]*\]\([^)]*\)\s*)+$/

/**
 * A line of a table as Markdown gave it: cell spans (pipes or HTML tags included), or a delimiter.
 * Cells of null: a pipe row whose cells are found at its pipes when the row is read.
 */
export type TableLine = {delimiter: true} | {delimiter: false; cells: Array<[number, number]> | null; html: boolean}

/** What `lineTables` keeps of a delimiter and of a pipe row: one shared object each, whatever the number of rows. */
const delimiterLine: TableLine = {delimiter: true}
const pipeLine: TableLine = {delimiter: false, cells: null, html: false}

/**
 * Find the tables of a Markdown document with remark-parse and GFM: pipe tables (cell spans
 * from the mdast cells) and raw HTML `<table>` blocks (cells from their `<td>`/`<th>` tags),
 * keyed by 1-based line number.
 */
export function markdownTables(value: string): Map<number, TableLine> {
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

/**
 * Emphasis marks (`*`, `_`, `~`) in one paragraph above which remark-parse gives way to
 * `lineTables`: it pairs them in time that grows with the square of their number (150 KB of
 * `* (<br>` took 12 s). Converted releases print a few dozen in a paragraph at most.
 */
const remarkEmphasisMarks = 2000

/**
 * Whether remark-parse gives way to `lineTables`: more than `remarkTableLines` lines hold a
 * pipe, a paragraph holds more than `remarkEmphasisMarks` emphasis marks, more than
 * `remarkListItems` lines open a list item, or the text is longer than `remarkLength`.
 */
export function manyTableLines(value: string): boolean {
  if (value.length > remarkLength) return true
  let count = 0
  for (let at = value.indexOf('|'); at >= 0; at = value.indexOf('|', at + 1)) {
    if (++count > remarkTableLines) return true
    const end = value.indexOf('\n', at)
    if (end < 0) break
    at = end
  }
  return manyEmphasisMarks(value) || manyListItems(value)
}

/**
 * List items above which remark-parse gives way to `lineTables`: it joins a list's items in time
 * that grows with the square of their number (5,500 lines of `2025. 5. 28.(수) <br>` took 11 s).
 * Converted releases open a few hundred at most.
 */
const remarkListItems = 1500

/** A line that opens a list item: up to three spaces, then `-`, `*`, `+` or a number and `.` or `)`, then a space or the line's end. */
const listItemStart = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/gm

/** Whether more than `remarkListItems` lines open a list item. */
function manyListItems(value: string): boolean {
  let count = 0
  listItemStart.lastIndex = 0
  while (listItemStart.exec(value) !== null) {
    if (++count > remarkListItems) {
      listItemStart.lastIndex = 0
      return true
    }
  }
  return false
}

/** Whether a paragraph (lines between blank lines) holds more than `remarkEmphasisMarks` emphasis marks. */
function manyEmphasisMarks(value: string): boolean {
  let marks = 0
  let blank = true
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c === 0x2a || c === 0x5f || c === 0x7e) {
      if (++marks > remarkEmphasisMarks) return true
      blank = false
    } else if (c === 0x0a) {
      // A blank line ends the paragraph: its marks are paired apart from the next one's.
      if (blank) marks = 0
      blank = true
    } else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) blank = false
  }
  return false
}

const htmlTableStart = /^ {0,3}<table[\s>]/i

/**
 * The tables of a large Markdown document, found line by line as GFM finds them at the top
 * level: a row with a pipe over a delimiter row, then every row up to a blank line (cells at
 * unescaped pipes, each holding its opening pipe, as remark-parse gives them), and HTML blocks
 * that open with `<table>` up to a blank line. Linear in the text, where remark-parse takes
 * seconds and hundreds of MB for a table of tens of thousands of rows.
 */
export function lineTables(value: string): Map<number, TableLine> {
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
        out.set(i + 1, cells.length ? {delimiter: false, cells, html: true} : delimiterLine)
      }
      continue
    }
    if (!text.includes('|') || i + 1 >= starts.length || !isDelimiterRow(value, starts[i + 1], ends[i + 1])) continue
    // Pipe rows keep no cells here: they are found when the row is read, so a table of a
    // million rows costs a map entry a row until then.
    out.set(i + 1, pipeLine)
    out.set(i + 2, delimiterLine)
    for (i += 2; i < starts.length && !blank(i); i++) out.set(i + 1, pipeLine)
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
export function tableLine(value: string, start: number, end: number, table: TableLine, rows: Row[]): void {
  const [s, e] = trimmed(value, start, end)
  if (table.delimiter) {
    pushRow(rows, start, end, [], s === e ? 'blank' : 'delimiter', s === e ? null : [[s, e]])
    return
  }
  const cells: Cell[] = []
  const syntax: Array<[number, number]> = []
  for (const [from, to] of table.cells ?? pipeCells(value, start, end)) {
    let a = from
    let b = Math.min(to, e)
    if (table.html) {
      const open = value.indexOf('>', a) + 1
      const close = value.lastIndexOf('</', b - 1)
      syntax.push([a, open])
      const cell = makeCell(value, open, close)
      // `<td rowspan="2">`: a merged cell.
      const tag = value.slice(a, open)
      if (tag.includes('span')) {
        const rows = /\browspan\s*=\s*["']?(\d{1,4})/i.exec(tag)
        const columns = /\bcolspan\s*=\s*["']?(\d{1,4})/i.exec(tag)
        if (rows) cell.rowSpan = Number(rows[1])
        if (columns) cell.colSpan = Number(columns[1])
      }
      cells.push(cell)
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
      pushRow(rows, part.start, part.end, piece.text ? [piece] : [], piece.text ? 'line' : 'blank', spans)
      rows[rows.length - 1].boxed = true
    })
    return
  }
  // Lists grown by pushing hold room for sixteen: a row keeps copies of its own length.
  pushRow(rows, start, end, cells.slice(), filled.length === 0 ? 'blank' : undefined, syntax.slice())
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
