import type {Point, Position} from 'unist'
import type * as T from '../press-release.js'
import type {Node} from '../types.js'
import {findDates, findTimes, pad} from './date.js'
import {endOffset, Locator, startOffset} from './locate.js'

/*
 * Where each value of the typed object was read. While the tree is folded into the object, each
 * object made is tied to the node it was read from (`Origins`); the values' places are worked out
 * afterwards, only when asked for: a node's span, narrowed to where the value itself is printed
 * (white space aside), a printed date or time for a date or time, the digits of a phone.
 */

/** A place in the source: a position, the positions of several fields, or a node (its position, or its `spans` by key). */
export type Place = Position | readonly Position[] | Node

type AnyNode = Node & {position?: Position; spans?: Record<string, readonly Position[] | undefined>; children?: AnyNode[]}

/** A span of source offsets. */
export interface Range {
  from: number
  to: number
}

/** What an object of the typed object was read from. */
interface Origin {
  /** The node or place it was read from. */
  place?: Place
  /** Places of single keys (or array indexes), before the object's own. */
  keys?: Map<string | number, Place | {like: object}>
  /** Another object of the typed object read from the same place. */
  like?: object
}

/** Where the objects of a typed object were read, recorded while the tree is folded. */
export class Origins {
  /**
   * What was said, in order, four entries each (what, value, and two arguments): a list costs
   * little to add to while folding, and is read into a map only when a place is asked for.
   */
  private readonly log: unknown[] = []
  private made: Map<object, Origin> | null = null
  /** Places of the top-level values: `kind`, `headline`, and so on. */
  readonly top = {} as {kind?: Place; headline?: Place; embargo?: Position[]; distribution?: Position[]}
  /** Where each subtitle, publisher and issuer was read, by index. */
  readonly subtitles: Place[] = []
  readonly publisher: Array<Place | {like: object} | null> = []
  readonly issuers: Array<{like: object}> = []

  constructor(
    /** The text parsed, or null when unknown (a tree given to `toPressRelease`). */
    readonly text: string | null
  ) {}

  /** `value` was read from `place` (a node: its position, or its `spans` by key). */
  from(value: object, place: Place | undefined): void {
    if (place) this.log.push(0, value, place, null)
  }

  /** `value` was read where `other` was (apart from the keys said of it). */
  like(value: object, other: object): void {
    this.log.push(1, value, other, null)
  }

  /** `value[key]` was read from `place`, or where the object `like` was. */
  key(value: object, key: string | number, place: Place | {like: object} | undefined): void {
    if (place) this.log.push(2, value, key, place)
  }

  /** What is known of each value. */
  private get map(): Map<object, Origin> {
    if (this.made) return this.made
    const map = new Map<object, Origin>()
    const log = this.log
    for (let i = 0; i < log.length; i += 4) {
      const value = log[i + 1] as object
      let entry = map.get(value)
      if (!entry) {
        entry = {}
        map.set(value, entry)
      }
      if (log[i] === 0) entry.place = log[i + 2] as Place
      else if (log[i] === 1) entry.like = log[i + 2] as object
      else (entry.keys ??= new Map()).set(log[i + 2] as string | number, log[i + 3] as Place | {like: object})
    }
    this.made = map
    return map
  }

  /** The span `value[key]` was read from (before narrowing), or null when unknown. */
  range(value: object, key: string | number): Range | null {
    for (let depth = 0; depth < 8; depth++) {
      const entry = this.map.get(value)
      if (!entry) return null
      const own = entry.keys?.get(key)
      if (own) return 'like' in own ? this.range(own.like, '') : rangeOf(own)
      if (entry.like) {
        value = entry.like
        continue
      }
      return entry.place ? rangeOf(entry.place, key) : null
    }
    return null
  }

  /** The node or place `value` was read from. */
  node(value: object): Place | undefined {
    return this.map.get(value)?.place
  }

  /** The span of `node`'s `spans[key]` entry `index` (a quotation's passage). */
  spanOf(value: object, key: string, index: number): Range | null {
    const place = this.map.get(value)?.place as AnyNode | undefined
    const list = place?.spans?.[key]
    const position = list?.[index]
    return position ? {from: startOffset(position), to: endOffset(position)} : null
  }
}

/** The span of a place; for a node with `spans`, of the positions of `key` (all of them when it has none). */
export function rangeOf(place: Place, key?: string | number): Range | null {
  if (Array.isArray(place)) return union(place as readonly Position[])
  const node = place as AnyNode
  if (typeof node.type === 'string') {
    if (node.spans && key !== undefined && key !== '') {
      const list = node.spans[key]
      if (list) return union(list)
    }
    if (node.position) return {from: startOffset(node.position), to: endOffset(node.position)}
    if (node.spans) return union(Object.values(node.spans).flatMap((list) => list ?? []))
    return null
  }
  const position = place as Position
  return {from: startOffset(position), to: endOffset(position)}
}

function union(positions: readonly Position[]): Range | null {
  let from = Infinity
  let to = -Infinity
  for (const position of positions) {
    if (!position) continue
    from = Math.min(from, startOffset(position))
    to = Math.max(to, endOffset(position))
  }
  return from <= to ? {from, to} : null
}

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0xfeff

/**
 * The text parsed, read for places: the span of a value narrowed to where it is printed, white
 * space aside; a printed date, time or phone number.
 */
export class SourceText {
  constructor(readonly text: string) {}

  /** Where `value` is printed in `range`, white space aside (the last printing when `last`); null when it is not. */
  find(range: Range, value: string, last = false): Range | null {
    if (value === '') return null
    const text = this.text
    if (!last) {
      // Most values are printed as they are, at the start of their span.
      if (text.startsWith(value, range.from)) return {from: range.from, to: range.from + value.length}
      const exact = text.slice(range.from, range.to).indexOf(value)
      if (exact >= 0) return {from: range.from + exact, to: range.from + exact + value.length}
    }
    let want = value
    for (let i = 0; i < want.length; i++) {
      if (isSpace(want.charCodeAt(i))) {
        want = value.replace(/[\s\u00a0\u3000\u2000-\u200b\u202f\ufeff]+/g, '')
        break
      }
    }
    if (!want) return null
    // The span's chars without white space, and where each is.
    const offsets: number[] = []
    const parts: string[] = []
    let from = range.from
    for (let i = range.from; i < range.to; i++) {
      if (!isSpace(text.charCodeAt(i))) {
        offsets.push(i)
        continue
      }
      if (i > from) parts.push(text.slice(from, i))
      from = i + 1
    }
    if (range.to > from) parts.push(text.slice(from, range.to))
    const compact = parts.join('')
    const at = last ? compact.lastIndexOf(want) : compact.indexOf(want)
    if (at < 0) return null
    return {from: offsets[at], to: offsets[at + want.length - 1] + 1}
  }

  /** Where the digits of `phone` (and its masked `*`) are printed in `range`, anything else between them. */
  findDigits(range: Range, phone: string): Range | null {
    const want = phone.replace(/[^\d*]/g, '')
    if (!want) return null
    const text = this.text
    const offsets: number[] = []
    let digits = ''
    for (let i = range.from; i < range.to; i++) {
      const c = text.charCodeAt(i)
      if ((c >= 0x30 && c <= 0x39) || c === 0x2a) {
        digits += text[i]
        offsets.push(i)
      }
    }
    const found = digits.indexOf(want)
    return found < 0 ? null : {from: offsets[found], to: offsets[found + want.length - 1] + 1}
  }

  /** Where a date (`YYYY-MM-DD`) is printed in `range`: a printed date of that month and day (and year, when printed). */
  findDate(range: Range, date: string, after = range.from): Range | null {
    const [year, month, day] = date.split('-').map(Number)
    const from = Math.max(range.from, after)
    for (const d of findDates(this.text.slice(from, range.to))) {
      if (d.month === month && d.day === day && (d.year === null || d.year === year)) return {from: from + d.index, to: from + d.end}
    }
    return null
  }

  /** Where a time (`HH:MM`) is printed in `range`, from `after` on. */
  findTime(range: Range, time: string, after = range.from): Range | null {
    const from = Math.max(range.from, after)
    const slice = this.text.slice(from, range.to)
    const dates = findDates(slice)
    for (const t of findTimes(slice)) {
      if (dates.some((d) => t.index < d.end && t.end > d.index)) continue
      if (`${pad(t.hour)}:${pad(t.minute)}` === time) return {from: from + t.index, to: from + t.end}
    }
    return null
  }

  /** Where a pattern first matches in `range`. */
  findPattern(range: Range, pattern: RegExp): Range | null {
    const m = pattern.exec(this.text.slice(range.from, range.to))
    return m ? {from: range.from + m.index, to: range.from + m.index + m[0].length} : null
  }
}

/** What the reader said of each line: a PDF's page and box, a document's section and paragraph. */
export type LineFacts = ReadonlyArray<{page?: number; box?: readonly number[]; section?: number; paragraph?: number} | null | undefined> | null

/** Turns spans of source offsets into sources: points, and what the reader said of their lines. */
export class Sourcer {
  /** What turns the text's offsets into points (the tree's own, when it was read from this text). */
  private readonly locator: Locator

  constructor(
    readonly text: string,
    private readonly lines: LineFacts,
    locator?: Locator
  ) {
    this.locator = locator ?? new Locator(text, null)
  }

  /** The 0-based index of the line holding a source offset. */
  private lineIndex(offset: number): number {
    return this.locator.line(offset) - 1
  }

  /** The whole lines a span touches, and `above` lines before them. */
  wholeLines(range: Range, above = 0): Range {
    const first = Math.max(0, this.lineIndex(range.from) - above)
    const last = this.lineIndex(Math.max(range.from, range.to - 1))
    const starts = this.locator.starts
    const to = last + 1 < starts.length ? starts[last + 1] : this.text.length
    return {from: starts[first], to}
  }

  point(offset: number): Point {
    return this.locator.sourcePoint(offset)
  }

  /** The source of a span. */
  source(range: Range): T.Source {
    const first = this.lineIndex(range.from)
    // A span that ends at a line's start covers nothing of that line.
    let last = this.lineIndex(Math.max(range.from, range.to - 1))
    if (last < first) last = first
    const source: {start: Point; end: Point; page?: number; box?: [number, number, number, number]; section?: number; paragraph?: number} = {
      start: this.point(range.from),
      end: this.point(range.to)
    }
    const lines = this.lines
    if (!lines) return source
    // The first line of the span the reader said something of (blank lines it may not have).
    let at = first
    while (at <= last && !lines[at]) at++
    if (at > last) {
      at = first
      while (at > 0 && !lines[at]) at--
    }
    const facts = lines[at]
    if (!facts) return source
    if (facts.page !== undefined && facts.box) {
      source.page = facts.page
      const box: [number, number, number, number] = [facts.box[0], facts.box[1], facts.box[2], facts.box[3]]
      for (let k = at + 1; k <= last; k++) {
        const other = lines[k]
        if (!other || other.page !== facts.page || !other.box) continue
        box[0] = Math.min(box[0], other.box[0])
        box[1] = Math.min(box[1], other.box[1])
        box[2] = Math.max(box[2], other.box[2])
        box[3] = Math.max(box[3], other.box[3])
      }
      source.box = box
    }
    if (facts.section !== undefined) {
      source.section = facts.section
      source.paragraph = facts.paragraph
    }
    return source
  }
}
