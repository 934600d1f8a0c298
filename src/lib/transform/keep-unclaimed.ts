import type {Node} from 'unist'
import {endOffset, startOffset} from '../locate.js'
import {report} from '../../messages.js'
import type {PageMark, Root, Syntax, Text} from '../../types.js'
import type {Context} from '../context.js'
import {isOddSpace} from '../normalize.js'
import {append} from '../arrays.js'

type AnyNode = Node & {children?: AnyNode[]; value?: string}

const markup = /^(?:[-:|\s]+|<\/?[a-z][^>]*>|#{1,6}|\*\*|__)$/i

/**
 * Keep what no construct claimed: every run of non-blank source characters outside all leaves
 * becomes a leaf (markup as `syntax`, anything else as `text` with an `unknown-line` message),
 * placed in the deepest node whose span holds it. Guarantees a lossless tree.
 */
export function keepUnclaimed(tree: Root, ctx: Context): void {
  const source = ctx.locator.source
  // The spans of every leaf the constructs made (each leaf is made only to be placed in the
  // tree), then the gaps between them.
  const claimed = ctx.claimed
  const marks: PageMark[] = []
  for (const row of ctx.rows) {
    if (!row.pageMark) continue
    const start = ctx.locator.offset(row.start)
    const end = ctx.locator.offset(row.end)
    marks.push({type: 'pageMark', value: source.slice(start, end), position: ctx.locator.sourcePosition(start, end)})
    claimed.push(start)
    claimed.push(end)
  }
  const spans = claimed.data
  const count = claimed.length
  // Spans the reader marked as markup (images, pipes, tags) that no construct took. The words
  // asked about come in order, so one pointer walks the spans (sorted by their end), where a
  // search of every span for each word was quadratic.
  let markupSpans: Array<[number, number]> | null = null
  let nextSpan = 0
  const inMarkup = (start: number, end: number) => {
    if (!markupSpans) {
      markupSpans = []
      for (const row of ctx.rows) for (const [a, b] of row.syntax ?? []) markupSpans.push([ctx.locator.offset(a), ctx.locator.offset(b)])
      markupSpans.sort((x, y) => x[1] - y[1] || y[0] - x[0])
    }
    while (nextSpan < markupSpans.length && markupSpans[nextSpan][1] < end) nextSpan++
    // Markup spans do not overlap: the first that ends at or after the word holds it, or none does.
    for (let k = nextSpan; k < markupSpans.length && markupSpans[k][0] <= start; k++) if (end <= markupSpans[k][1]) return true
    return false
  }
  // The spans in order of their start: mostly made in order already, then no order to sort.
  let sorted = true
  for (let i = 2; i < count; i += 2) {
    if (spans[i] < spans[i - 2]) {
      sorted = false
      break
    }
  }
  let order: number[] | null = null
  if (!sorted) {
    order = []
    for (let i = 0; i < count; i += 2) order.push(i)
    order.sort((a, b) => spans[a] - spans[b])
  }
  const orphans: Array<Text | Syntax> = []
  let at = 0
  const scanGap = (from: number, to: number) => {
    let i = from
    while (i < to) {
      if (isBlank(source.charCodeAt(i))) {
        i++
        continue
      }
      let end = i
      while (end < to && !isBlank(source.charCodeAt(end))) end++
      const value = source.slice(i, end)
      const position = ctx.locator.sourcePosition(i, end)
      if (markup.test(value) || inMarkup(i, end)) orphans.push({type: 'syntax', value, position})
      else {
        orphans.push({type: 'text', value, position})
        report(ctx.file, 'unknown-line', position, value.length > 40 ? value.slice(0, 40) + '…' : value)
      }
      i = end
    }
  }
  for (let n = 0; n < count; n += 2) {
    const k = order ? order[n >> 1] : n
    if (spans[k] > at) scanGap(at, spans[k])
    if (spans[k + 1] > at) at = spans[k + 1]
  }
  scanGap(at, source.length)
  if (orphans.length === 0 && marks.length === 0) return
  const all: AnyNode[] = [...orphans, ...marks].sort((a, b) => startOffset(a.position!) - startOffset(b.position!))
  insertAll(tree as AnyNode, all)
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || isOddSpace(code)
}

/** Insert sorted orphan leaves into `parent`, descending into the child that holds each. */
function insertAll(parent: AnyNode, orphans: AnyNode[]): void {
  const children = parent.children ?? []
  const merged: AnyNode[] = []
  let o = 0
  for (const child of children) {
    const position = child.position
    if (!position) {
      merged.push(child)
      continue
    }
    const start = startOffset(position)
    const end = endOffset(position)
    while (o < orphans.length && endOffset(orphans[o].position!) <= start) merged.push(orphans[o++])
    const inside: AnyNode[] = []
    while (o < orphans.length && startOffset(orphans[o].position!) >= start && endOffset(orphans[o].position!) <= end) inside.push(orphans[o++])
    if (inside.length > 0) {
      if (child.children) insertAll(child, inside)
      else append(merged, inside) // cannot happen: a leaf covers its whole span
    }
    merged.push(child)
  }
  while (o < orphans.length) merged.push(orphans[o++])
  parent.children = merged
}
