import type {Position} from 'unist'
import type {Contact, ScheduleRow, TableCell, TableRow, Text} from '../types.js'
import {Locator, OffsetPosition} from './locate.js'
import {keptRow, type Cell, type Row} from './stream.js'

/*
 * Nodes of `parse()`'s own tree (a tree only this library reads, then drops) that make their
 * parts when read. A statistics release has tens of thousands of table cells: making a cell, its
 * text leaf and their points for each was most of the time spent on such a release, and the typed
 * object reads only the cells' texts. Each node here is the documented node when read: a walk
 * over it sees the same types, values and points as the tree `fromText` gives.
 */

/** A table cell of one text leaf, which is its own position; the leaf is made when `children` is read. */
export class LazyCell extends OffsetPosition implements TableCell {
  /** One kept for the life of the process, so that its map survives a full collection (see `Line.kept` in stream.js). */
  static readonly kept: LazyCell = new LazyCell(Locator.kept, 0, 0, '')

  readonly type = 'tableCell'
  private made: Text[] | undefined

  constructor(
    locator: Locator,
    from: number,
    to: number,
    /** The cell's source text: its one leaf's value. */
    readonly source: string
  ) {
    super(locator, from, to)
  }

  /** The cell of a stream cell, with its source text unless `value` is given. */
  static of(locator: Locator, cell: Cell, value: string | undefined): LazyCell {
    const from = locator.offset(cell.start)
    const to = locator.offset(cell.end)
    return new LazyCell(locator, from, to, value ?? locator.source.slice(from, to))
  }

  get position(): Position {
    return this
  }

  get children(): Text[] {
    // The leaf spans what the cell spans: it may share the cell's position, which never changes.
    this.made ??= [{type: 'text', value: this.source, position: this}]
    return this.made
  }

  set children(children: Text[]) {
    this.made = children
  }
}

/**
 * A table row whose cells are all their source text (a plain line of a word-processor table,
 * cells split at TABs): its cells are made when `children` is read, and their texts are read
 * straight from the stream row.
 */
export class LazyTableRow implements TableRow {
  /** One kept for the life of the process, so that its map survives a full collection (see `Line.kept` in stream.js). */
  static readonly kept = new LazyTableRow(Locator.kept, keptRow, OffsetPosition.kept)

  readonly type = 'tableRow'
  private made: TableCell[] | undefined

  constructor(
    readonly locator: Locator,
    readonly row: Row,
    readonly position: Position
  ) {}

  get children(): TableCell[] {
    this.made ??= lazyCells(this.locator, this.row)
    return this.made
  }

  set children(children: TableCell[]) {
    this.made = children
  }

  /** The text of each cell, in order ('' for an empty cell). */
  texts(): string[] {
    return cellTexts(this.row)
  }
}

/** A schedule table's row (`16:00~16:05 | 5' | 개회 | 사회자`) whose cells are all their source text, made when read. */
export class LazyScheduleRow implements ScheduleRow {
  /** One kept for the life of the process, so that its map survives a full collection (see `Line.kept` in stream.js). */
  static readonly kept = new LazyScheduleRow(LazyTableRow.kept, {start: '', end: '', minutes: null, item: '', note: null})

  readonly type = 'scheduleRow'
  start: string
  end: string | null
  minutes: number | null
  item: string
  note: string | null
  readonly position: Position
  readonly #locator: Locator
  readonly #row: Row
  #made: TableCell[] | undefined

  constructor(row: LazyTableRow, times: Pick<ScheduleRow, 'start' | 'end' | 'minutes' | 'item' | 'note'>) {
    this.start = times.start
    this.end = times.end
    this.minutes = times.minutes
    this.item = times.item
    this.note = times.note
    this.position = row.position
    this.#locator = row.locator
    this.#row = row.row
  }

  get children(): TableCell[] {
    this.#made ??= lazyCells(this.#locator, this.#row)
    return this.#made
  }

  set children(children: TableCell[]) {
    this.#made = children
  }

  /** The text of each cell, in order ('' for an empty cell). */
  texts(): string[] {
    return cellTexts(this.#row)
  }
}

/** The cells of a row whose cells are all their source text. */
function lazyCells(locator: Locator, row: Row): TableCell[] {
  const cells = row.cells
  const made = new Array<TableCell>(cells.length)
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index]
    made[index] = cell.end > cell.start ? LazyCell.of(locator, cell, cell.text) : {type: 'tableCell', children: []}
    if (cell.rowSpan !== undefined || cell.colSpan !== undefined) withSpans(made[index], cell)
  }
  return made
}

/** The text of each cell of a stream row, in order ('' for an empty cell). */
function cellTexts(row: Row): string[] {
  const cells = row.cells
  const texts = new Array<string>(cells.length)
  for (let index = 0; index < cells.length; index++) texts[index] = cells[index].text
  return texts
}

/** Give a table cell node the spans its reader knew (a merged cell of a document's table). */
export function withSpans(node: TableCell, cell: Cell): void {
  if (cell.rowSpan !== undefined && cell.rowSpan > 1) node.rowSpan = cell.rowSpan
  if (cell.colSpan !== undefined && cell.colSpan > 1) node.colSpan = cell.colSpan
}

/** A value worked out when first asked for, then kept. */
export class Once<T> {
  /** One kept for the life of the process, so that its map survives a full collection (see `Line.kept` in stream.js). */
  static readonly kept = new Once(() => null)

  #value: T | undefined
  #made = false
  constructor(private readonly make: () => T) {}

  get(): T {
    if (!this.#made) {
      this.#value = this.make()
      this.#made = true
    }
    return this.#value as T
  }
}

/** A person of a contact block, whose `spans` (where each value was read) are found for the whole block when first read. */
export class LazyContact implements Contact {
  /** One kept for the life of the process, so that its map survives a full collection (see `Line.kept` in stream.js). */
  static readonly kept = new LazyContact({group: null, department: null, role: null, title: null, name: null, phone: null, email: null}, new Once(() => [{}]), 0)

  readonly type = 'contact'
  group: string | null
  department: string | null
  role: string | null
  title: string | null
  name: string | null
  phone: string | null
  email: string | null
  readonly #all: Once<Array<Contact['spans']>>
  readonly #index: number

  constructor(person: Omit<Contact, 'type' | 'spans'>, all: Once<Array<Contact['spans']>>, index: number) {
    this.group = person.group
    this.department = person.department
    this.role = person.role
    this.title = person.title
    this.name = person.name
    this.phone = person.phone
    this.email = person.email
    this.#all = all
    this.#index = index
  }

  get spans(): Contact['spans'] {
    return this.#all.get()[this.#index]
  }
}
