import type {Point, Position} from 'unist'

/** Turns normalised offsets into source points (1-based line and column, 0-based offset). */
export class Locator {
  private readonly lineStarts: number[]
  constructor(
    readonly source: string,
    private readonly map: Int32Array | null,
    /** The offsets where the source's lines start, when a reader already found them. */
    lineStarts?: number[]
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

  /** The source offset of a normalised offset. */
  offset(normalized: number): number {
    return this.map ? this.map[normalized] : normalized
  }

  point(normalized: number): Point {
    return this.sourcePoint(this.offset(normalized))
  }

  private lastLine = 0

  /** The point of a source offset. */
  sourcePoint(offset: number): Point {
    const starts = this.lineStarts
    // Most look-ups move forward a little: try the last line and the next before searching.
    let line = this.lastLine
    if (starts[line] <= offset && (line + 1 >= starts.length || starts[line + 1] > offset)) {
      return {line: line + 1, column: offset - starts[line] + 1, offset}
    }
    line++
    if (line < starts.length && starts[line] <= offset && (line + 1 >= starts.length || starts[line + 1] > offset)) {
      this.lastLine = line
      return {line: line + 1, column: offset - starts[line] + 1, offset}
    }
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid] <= offset) low = mid
      else high = mid - 1
    }
    this.lastLine = low
    return {line: low + 1, column: offset - starts[low] + 1, offset}
  }

  position(start: number, end: number): Position {
    return {start: this.point(start), end: this.point(end)}
  }

  /** The source text between two normalised offsets. */
  slice(start: number, end: number): string {
    return this.source.slice(this.offset(start), this.offset(end))
  }
}
