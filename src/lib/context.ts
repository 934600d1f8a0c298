import type {VFile} from 'vfile'
import type {Position} from 'unist'
import type {Inline, Syntax, TableCell, TableRow, Text} from '../types.js'
import type {Locator} from './locate.js'
import type {Cell, Row} from './reader.js'

/** What every construct sees: the normalised text, its rows, and where to report. */
export interface Context {
  readonly norm: string
  readonly rows: Row[]
  readonly locator: Locator
  readonly file: VFile
  /** The page width of text wrapped at the page (PDF text), in characters, or 0 when lines are paragraphs. */
  readonly wrapWidth: number
}

export function text(ctx: Context, start: number, end: number): Text {
  return {type: 'text', value: ctx.locator.slice(start, end), position: ctx.locator.position(start, end)}
}

function syntax(ctx: Context, start: number, end: number): Syntax {
  return {type: 'syntax', value: ctx.locator.slice(start, end), position: ctx.locator.position(start, end)}
}

/** Interleave a row's cells (as produced by `cell`) with its syntax spans, in source order. */
function interleave<T>(ctx: Context, row: Row, cell: (cell: Cell, index: number) => T | null): Array<T | Syntax> {
  const out: Array<T | Syntax> = []
  const marks = row.syntax ?? []
  let m = 0
  row.cells.forEach((c, index) => {
    while (m < marks.length && marks[m][0] < c.end && marks[m][0] <= c.start) {
      out.push(syntax(ctx, marks[m][0], marks[m][1]))
      m++
    }
    const node = cell(c, index)
    if (node) out.push(node)
  })
  while (m < marks.length) {
    out.push(syntax(ctx, marks[m][0], marks[m][1]))
    m++
  }
  return out
}

/** The leaves of a row in order: one per non-empty cell, with Markdown markup as syntax. */
export function rowInlines(ctx: Context, row: Row): Inline[] {
  return interleave(ctx, row, (c) => (c.end > c.start ? text(ctx, c.start, c.end) : null))
}

/** A row as a `tableRow` of `tableCell`s (empty cells keep their place, without position). */
export function tableRow(ctx: Context, row: Row, cellContent?: (cell: Cell, index: number) => Inline[]): TableRow {
  const children = interleave<TableCell>(ctx, row, (cell, index) => {
    const content = cellContent ? cellContent(cell, index) : cell.end > cell.start ? [text(ctx, cell.start, cell.end)] : []
    const node: TableCell = {type: 'tableCell', children: content}
    if (cell.end > cell.start) node.position = ctx.locator.position(cell.start, cell.end)
    return node
  })
  return {type: 'tableRow', children, position: rowPosition(ctx, row)}
}

export function rowPosition(ctx: Context, row: Row): Position {
  const cells = row.cells.filter((c) => c.end > c.start)
  const marks = row.syntax ?? []
  const start = Math.min(cells[0]?.start ?? Infinity, marks[0]?.[0] ?? Infinity)
  const end = Math.max(cells[cells.length - 1]?.end ?? -1, marks[marks.length - 1]?.[1] ?? -1)
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
  return first && last ? {start: {...first.start}, end: {...last.end}} : undefined
}
