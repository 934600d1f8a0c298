import type {VFile} from 'vfile'
import type {Position} from 'unist'
import type {Inline, Syntax, TableCell, TableRow, Text} from '../types.js'
import {copy, join, Locator, OffsetPosition} from './locate.js'
import {LazyCell, LazyTableRow, withSpans} from './lazy-nodes.js'
import {codeAt} from './chars.js'
import type {Cell, Row} from './stream.js'
import type {Offsets} from './offsets.js'
import type {LeafText} from './leaf-text.js'

/** What every construct sees: the normalised text, its rows, and where to report (nowhere when no one reads it). */
export interface Context {
  readonly norm: string
  readonly rows: Row[]
  readonly locator: Locator
  readonly file: VFile | undefined
  /** The page width of text wrapped at the page (PDF text), in characters, or 0 when lines are paragraphs. */
  readonly wrapWidth: number
  /** Source spans (start, end pairs) of every leaf made so far, for the lossless check. */
  readonly claimed: Offsets
  /** The texts of nodes made (a construct that reads values from its nodes, as people from contact fields). */
  readonly text: LeafText
}

/** A leaf for a normalised span: its source text (or `source`, when known to equal it) and position; the span is claimed. */
function leaf<T extends 'text' | 'syntax'>(ctx: Context, type: T, start: number, end: number, source?: string): {type: T; value: string; position: Position} {
  const locator = ctx.locator
  const from = locator.offset(start)
  const to = locator.offset(end)
  claim(ctx, from, to)
  return {type, value: source ?? locator.source.slice(from, to), position: locator.sourcePosition(from, to)}
}

/** Record that a leaf spans `[from, to)` of the source. */
function claim(ctx: Context, from: number, to: number): void {
  ctx.claimed.push(from)
  ctx.claimed.push(to)
}

/** A text leaf for a normalised span. */
export function text(ctx: Context, start: number, end: number, source?: string): Text {
  return leaf(ctx, 'text', start, end, source)
}

/** A cell's text when it is exactly its source (nothing normalised or cleaned), else undefined. */
function sourceOf(ctx: Context, row: Row, cell: Cell): string | undefined {
  return row.plain && ctx.norm === ctx.locator.source && cell.text.length === cell.end - cell.start ? cell.text : undefined
}

function syntax(ctx: Context, start: number, end: number): Syntax {
  return leaf(ctx, 'syntax', start, end)
}

/** A position of its own, for a parent spanning exactly its one child (an `OffsetPosition` never changes: it is shared). */
export function copyPosition(position: Position | undefined): Position | undefined {
  if (!position || position instanceof OffsetPosition) return position
  return {start: copy(position.start), end: copy(position.end)}
}

/** The leaves of a row in order: one per non-empty cell, with Markdown markup as syntax. */
export function rowInlines(ctx: Context, row: Row): Inline[] {
  const marks = row.syntax
  // Most rows are one line of text: an array of exactly one leaf.
  if (!marks && row.cells.length === 1) {
    const cell = row.cells[0]
    return cell.end > cell.start ? [text(ctx, cell.start, cell.end, sourceOf(ctx, row, cell))] : []
  }
  const out: Inline[] = []
  let m = 0
  for (const cell of row.cells) {
    if (marks) {
      while (m < marks.length && marks[m][0] < cell.end && marks[m][0] <= cell.start) {
        out.push(syntax(ctx, marks[m][0], marks[m][1]))
        m++
      }
    }
    if (cell.end > cell.start) out.push(text(ctx, cell.start, cell.end, sourceOf(ctx, row, cell)))
  }
  if (marks) for (; m < marks.length; m++) out.push(syntax(ctx, marks[m][0], marks[m][1]))
  return out
}

/**
 * A row's inlines split at the normalised offset `at` (inside a cell or between cells): those
 * before it and those from it on, each cell's part trimmed of the spaces at the cut.
 */
export function rowInlinesAt(ctx: Context, row: Row, at: number): [Inline[], Inline[]] {
  const marks = row.syntax ?? []
  const before: Inline[] = []
  const after: Inline[] = []
  let m = 0
  for (const cell of row.cells) {
    while (m < marks.length && marks[m][0] < cell.end && marks[m][0] <= cell.start) {
      ;(marks[m][0] < at ? before : after).push(syntax(ctx, marks[m][0], marks[m][1]))
      m++
    }
    if (cell.end <= cell.start) continue
    if (cell.end <= at) before.push(text(ctx, cell.start, cell.end))
    else if (cell.start >= at) after.push(text(ctx, cell.start, cell.end))
    else {
      let cut = at
      while (cut > cell.start && /\s/.test(ctx.norm[cut - 1])) cut--
      if (cut > cell.start) before.push(text(ctx, cell.start, cut))
      after.push(text(ctx, at, cell.end))
    }
  }
  for (; m < marks.length; m++) (marks[m][0] < at ? before : after).push(syntax(ctx, marks[m][0], marks[m][1]))
  return [before, after]
}

/** Whether every cell of a row is its source text as is (nothing trimmed inside, cleaned or taken off). */
function cellsAreSource(ctx: Context, row: Row): boolean {
  if (!row.plain || ctx.norm !== ctx.locator.source) return false
  for (const cell of row.cells) {
    // A Markdown heading mark is cleaned off when the text is read.
    if (cell.text.length !== cell.end - cell.start || codeAt(cell.text, 0) === 0x23) return false
  }
  return true
}

/** A row as a `tableRow` of `tableCell`s (empty cells keep their place, without position). */
export function tableRow(ctx: Context, row: Row, cellContent?: (cell: Cell, index: number) => Inline[]): TableRow {
  const marks = row.syntax
  if (!marks && !cellContent && ctx.locator.lazy && cellsAreSource(ctx, row)) {
    // Only blanks (TABs, spaces) lie between its cells: its span is claimed as one.
    const position = rowPosition(ctx, row) as OffsetPosition
    claim(ctx, position.from, position.to)
    return new LazyTableRow(ctx.locator, row, position)
  }
  // One child per cell, filled in place, unless markup lies between the cells.
  const children: Array<TableCell | Syntax> = marks ? [] : new Array<TableCell | Syntax>(row.cells.length)
  let at = 0
  let m = 0
  const cells = row.cells
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index]
    if (marks) {
      while (m < marks.length && marks[m][0] < cell.end && marks[m][0] <= cell.start) {
        children[at++] = syntax(ctx, marks[m][0], marks[m][1])
        m++
      }
    }
    if (cell.end > cell.start) {
      if (cellContent) {
        children[at++] = {type: 'tableCell', children: cellContent(cell, index), position: ctx.locator.position(cell.start, cell.end)}
      } else if (ctx.locator.lazy) {
        // parse()'s own tree, which only the typed object reads: a cell of one leaf is one
        // `LazyCell` (two objects fewer for each of tens of thousands of cells).
        const leaf = LazyCell.of(ctx.locator, cell, sourceOf(ctx, row, cell))
        claim(ctx, leaf.from, leaf.to)
        children[at++] = leaf
      } else {
        // The cell and its one leaf span the same text: find the points once, give each its own copy.
        const content = text(ctx, cell.start, cell.end, sourceOf(ctx, row, cell))
        children[at++] = {type: 'tableCell', children: [content], position: copyPosition(content.position)}
      }
    } else {
      children[at++] = {type: 'tableCell', children: cellContent ? cellContent(cell, index) : []}
    }
    if (cell.rowSpan !== undefined || cell.colSpan !== undefined) withSpans(children[at - 1] as TableCell, cell)
  }
  if (marks) for (; m < marks.length; m++) children[at++] = syntax(ctx, marks[m][0], marks[m][1])
  return {type: 'tableRow', children, position: rowPosition(ctx, row)}
}


export function rowPosition(ctx: Context, row: Row): Position {
  let start = Infinity
  let end = -1
  for (const cell of row.cells) {
    if (cell.end <= cell.start) continue
    if (cell.start < start) start = cell.start
    if (cell.end > end) end = cell.end
  }
  const marks = row.syntax
  if (marks && marks.length) {
    if (marks[0][0] < start) start = marks[0][0]
    if (marks[marks.length - 1][1] > end) end = marks[marks.length - 1][1]
  }
  return start === Infinity ? ctx.locator.position(row.start, row.end) : ctx.locator.position(start, end)
}

/** Position spanning the first and last positioned children. */
export function span<T extends {position?: Position}>(children: T[]): Position | undefined {
  let first: Position | undefined
  let last: Position | undefined
  for (const child of children) {
    if (child.position) {
      first ??= child.position
      last = child.position
    }
  }
  return first && last ? join(first, last) : undefined
}
