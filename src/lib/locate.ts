import type {Point, Position} from 'unist'

/** A point of its own: no two nodes share a point, so one can be moved without the other. */
export function copy(point: Point): Point {
  return {line: point.line, column: point.column, offset: point.offset}
}

/**
 * A position known by its source offsets, whose points are made when read. For a tree that only
 * this library reads (`parse()` reads its tree into the typed object and drops it): a tree with
 * tens of thousands of cells spends most of its time making and collecting points no one reads.
 * It never changes, so nodes may share one; `plainPosition` gives one to hand out.
 */
export class OffsetPosition implements Position {
  /** One kept for the life of the process (see the end of this module). */
  static kept: OffsetPosition

  constructor(
    readonly locator: Locator,
    readonly from: number,
    readonly to: number
  ) {}

  get start(): Point {
    return this.locator.sourcePoint(this.from)
  }

  get end(): Point {
    return this.locator.sourcePoint(this.to)
  }
}

/** A position of plain objects (points of its own when `position` is an `OffsetPosition`). */
export function plainPosition(position: Position): Position
export function plainPosition(position: Position | undefined): Position | undefined
export function plainPosition(position: Position | undefined): Position | undefined {
  return position instanceof OffsetPosition ? {start: position.start, end: position.end} : position
}

/** A position from where `first` starts to where `last` ends, with points of its own (or shared, when lazy). */
export function join(first: Position, last: Position): Position {
  if (first instanceof OffsetPosition && last instanceof OffsetPosition) {
    // Never changed, so a parent of one child may share its position.
    return first === last ? first : new OffsetPosition(first.locator, first.from, last.to)
  }
  return {start: copy(first.start), end: copy(last.end)}
}

/** The source offset where a position starts. */
export function startOffset(position: Position): number {
  return position instanceof OffsetPosition ? position.from : position.start.offset!
}

/** The source offset where a position ends. */
export function endOffset(position: Position): number {
  return position instanceof OffsetPosition ? position.to : position.end.offset!
}

/** Whether a position starts and ends on one line. */
export function onOneLine(position: Position): boolean {
  return position instanceof OffsetPosition ? position.locator.sameLine(position.from, position.to) : position.start.line === position.end.line
}

/** The line where a position starts. */
export function startLine(position: Position): number {
  return position instanceof OffsetPosition ? position.locator.line(position.from) : position.start.line
}

/** The line where a position ends. */
export function endLine(position: Position): number {
  return position instanceof OffsetPosition ? position.locator.line(position.to) : position.end.line
}

/** Turns normalised offsets into source points (1-based line and column, 0-based offset). */
export class Locator {
  static kept: Locator
  private readonly lineStarts: number[]
  constructor(
    readonly source: string,
    private readonly map: Int32Array | null,
    /** The offsets where the source's lines start, when a reader already found them. */
    lineStarts?: number[],
    /** Whether positions are `OffsetPosition`s (for a tree only this library reads). */
    readonly lazy = false
  ) {
    if (lineStarts) {
      this.lineStarts = lineStarts
      return
    }
    const starts = [0]
    const length = source.length
    if (source.includes('\r')) {
      for (let i = 0; i < length; i++) {
        const c = source.charCodeAt(i)
        if (c === 10) starts.push(i + 1)
        else if (c === 13) {
          if (source.charCodeAt(i + 1) === 10) i++
          starts.push(i + 1)
        }
      }
    } else {
      let at = source.indexOf('\n')
      while (at >= 0) {
        starts.push(at + 1)
        at = source.indexOf('\n', at + 1)
      }
    }
    this.lineStarts = starts
  }

  /** The offsets where the source's lines start (not to be changed). */
  get starts(): readonly number[] {
    return this.lineStarts
  }

  /** The source offset of a normalised offset. */
  offset(normalized: number): number {
    return this.map ? this.map[normalized] : normalized
  }

  private lastLine = 0

  /** The point of a source offset. */
  sourcePoint(offset: number): Point {
    const index = this.lineIndex(offset)
    return {line: index + 1, column: offset - this.lineStarts[index] + 1, offset}
  }

  /** The 1-based line of a source offset. */
  line(offset: number): number {
    return this.lineIndex(offset) + 1
  }

  /** Whether two source offsets lie on one line. */
  sameLine(from: number, to: number): boolean {
    const index = this.lineIndex(from)
    return index + 1 >= this.lineStarts.length || this.lineStarts[index + 1] > to
  }

  /** The 0-based index of the line holding a source offset. */
  private lineIndex(offset: number): number {
    const starts = this.lineStarts
    // Most look-ups move forward a little: try the last line and the next before searching.
    let line = this.lastLine
    if (starts[line] <= offset && (line + 1 >= starts.length || starts[line + 1] > offset)) return line
    line++
    if (line < starts.length && starts[line] <= offset && (line + 1 >= starts.length || starts[line + 1] > offset)) {
      this.lastLine = line
      return line
    }
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid] <= offset) low = mid
      else high = mid - 1
    }
    this.lastLine = low
    return low
  }

  /** The position of a span of normalised offsets. */
  position(start: number, end: number): Position {
    return this.sourcePosition(this.offset(start), this.offset(end))
  }

  /** The position of a span of source offsets. */
  sourcePosition(from: number, to: number): Position {
    return this.lazy ? new OffsetPosition(this, from, to) : {start: this.sourcePoint(from), end: this.sourcePoint(to)}
  }

  /** The source text between two normalised offsets. */
  slice(start: number, end: number): string {
    return this.source.slice(this.offset(start), this.offset(end))
  }
}

// One of each kept for the life of the process, so that their maps survive a full collection (see `Line.kept` in stream.js).
Locator.kept = new Locator('', null, [0], true)
OffsetPosition.kept = new OffsetPosition(Locator.kept, 0, 0)
