import type {Position} from 'unist'
import type {Node} from '../types.js'
import {codeAt, control, decomposedMark, foldDoubledSpaces, isFree, breaking, markup, oddSpace} from './chars.js'
import {endLine, endOffset, onOneLine, startLine, startOffset} from './locate.js'
import type {Offsets} from './offsets.js'
import {cleanText} from './stream.js'
import {LazyCell} from './lazy-nodes.js'

type AnyNode = Node & {children?: AnyNode[]; value?: string}

/** Anything beyond a trim: decomposed Hangul, odd spaces, controls, markup. */
const special = decomposedMark | oddSpace | control | markup | breaking

/** A word broken at the end of a line (`해외` / `에서의`): the next line starts with an ending. */
export const ending = /^(?:에서|에게|으로|로서|로써|로|의|을|를|은|는|와|과|도|만|에|께|이다|이며|이고|입니다|다[.,]|했|하였|하고|하며|하여|하는|한다|할|된다|되었|되어|됐|였|적[인으이]|화[를를하된]|들[이을은의])/

function wordContinues(previous: AnyNode, next: AnyNode, before: string, after: string): boolean {
  if (!previous.position || !next.position || startLine(next.position) !== endLine(previous.position) + 1) return false
  const last = codeAt(before, before.length - 1)
  return last >= 0xac00 && last <= 0xd7a3 && ending.test(after)
}

/**
 * The texts of a tree's nodes: their leaves' values (syntax and page marks left out), joined and
 * cleaned. Told where the source holds chars a text would clean (see `build`), it takes a leaf
 * spanning none of them as its own text; without, it cleans every text.
 */
export class LeafText {
  /** One kept for the life of the process, so that its map survives a full collection (see `Line.kept` in stream.js). */
  static readonly kept = new LeafText()

  /** Where the last search in `specials` ended: leaves are mostly read in order. */
  private cursor = 0
  /** Whether every leaf `collect` joined was plain. */
  private allPlain = false

  constructor(private readonly specials: Offsets | null = null) {}

  /** The text of a node. */
  of(node: Node, separator = ' '): string {
    const n = node as AnyNode
    let value: string
    // A table cell of parse()'s own tree: its one leaf's text, read without making the leaf.
    if (n instanceof LazyCell) {
      return this.isPlainLeaf(n, n.source) ? n.source : this.clean(n.source)
    }
    // One leaf: its value, no joining.
    const children = n.children
    if (children === undefined) {
      // A leaf itself: only a text has text.
      if (n.type !== 'text') return ''
      if (this.isPlainLeaf(n.position, n.value!)) return n.value!
      value = n.value ?? ''
    } else if (children.length === 1 && children[0].type === 'text') {
      if (this.isPlainLeaf(children[0].position, children[0].value!)) return children[0].value!
      value = children[0].value!
    } else {
      this.allPlain = this.specials !== null
      value = this.collect(n, separator)
      // Plain leaves joined by one space or nothing: nothing to clean.
      if (this.allPlain) return value
    }
    return this.clean(value)
  }

  /** A text joined from leaves, cleaned. */
  private clean(value: string): string {
    // Nothing to clean but spaces: fold them (a Markdown heading mark aside).
    if (isFree(value, special)) return codeAt(value, 0) === 0x23 ? cleanText(value) : value.includes('  ') ? foldDoubledSpaces(value) : value.trim()
    return cleanText(isFree(value, decomposedMark) ? value : value.normalize('NFC'))
  }

  /** The text of nodes read as one. */
  ofAll(nodes: Node[], separator = ' '): string {
    return this.of({type: 'x', children: nodes} as AnyNode, separator)
  }

  /** The index of the first offset at or after `from` in the sorted `offsets`. */
  private firstAtOrAfter(offsets: Offsets, from: number): number {
    const list = offsets.data
    const length = offsets.length
    const cursor = this.cursor
    let low = cursor <= length && (cursor === 0 || list[cursor - 1] < from) ? cursor : 0
    // A few steps forward from the last place, then halving what is left.
    for (let step = 0; step < 8; step++) {
      if (low >= length || list[low] >= from) return (this.cursor = low)
      low++
    }
    let high = length
    while (low < high) {
      const mid = (low + high) >> 1
      if (list[mid] < from) low = mid + 1
      else high = mid
    }
    return (this.cursor = low)
  }

  /** Whether a leaf's text is its value as is: one line, no char to clean, no outer space, no Markdown heading. */
  private isPlainLeaf(position: Position | undefined, value: string): boolean {
    const specials = this.specials
    if (specials === null || !position || !onOneLine(position)) return false
    const from = startOffset(position)
    const to = endOffset(position)
    const k = this.firstAtOrAfter(specials, from)
    if (k < specials.length && specials.data[k] < to) return false
    const first = codeAt(value, 0)
    return first !== 0x23 && first !== 0x20 && codeAt(value, value.length - 1) !== 0x20
  }

  private collect(node: AnyNode, separator: string): string {
    if (node instanceof LazyCell) {
      if (this.allPlain && !this.isPlainLeaf(node, node.source)) this.allPlain = false
      return node.source
    }
    if (node.type === 'text') {
      if (this.allPlain && !this.isPlainLeaf(node.position, node.value!)) this.allPlain = false
      return node.value ?? ''
    }
    if (!node.children) return ''
    const parts: string[] = []
    let previous: AnyNode | null = null
    let previousValue = ''
    for (const child of node.children) {
      if (child.type === 'syntax' || child.type === 'pageMark') continue
      const value = this.collect(child, separator)
      if (!value) continue
      if (previous !== null) parts.push(wordContinues(previous, child, previousValue, value) ? '' : separator)
      parts.push(value)
      previous = child
      previousValue = value
    }
    return parts.join('')
  }
}
