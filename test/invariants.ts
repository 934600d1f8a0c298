import assert from 'node:assert/strict'
import type {Node, Parent, Point} from 'unist'

type AnyNode = Node & {children?: AnyNode[]; value?: string}

const leafTypes = new Set(['text', 'syntax', 'pageMark'])

/**
 * Check the tree invariants against its source: positions are consistent (line/column agree
 * with the offset), leaves slice back to their values, children lie inside their parents in
 * order, no two nodes share a position or point object (moving one node's position in place,
 * as tools that embed a tree do, must not move another's), and every non-blank character of
 * the source is inside some leaf.
 */
export function assertTreeInvariants(tree: Node, source: string): void {
  const lineStarts = [0]
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i)
    if (c === 10) lineStarts.push(i + 1)
    else if (c === 13) {
      if (source.charCodeAt(i + 1) === 10) i++
      lineStarts.push(i + 1)
    }
  }
  const checkPoint = (point: Point, where: string) => {
    assert.ok(point.offset !== undefined && point.offset >= 0 && point.offset <= source.length, `${where}: offset in range`)
    assert.equal(lineStarts[point.line - 1] + point.column - 1, point.offset, `${where}: line/column agree with offset ${point.offset}`)
  }
  const covered = new Uint8Array(source.length)
  const seen = new Set<object>()
  const own = (object: object, where: string) => {
    assert.ok(!seen.has(object), `${where}: position objects are not shared between nodes`)
    seen.add(object)
  }
  const walk = (node: AnyNode, path: string) => {
    const where = `${path}/${node.type}`
    if (node.position) {
      own(node.position, where)
      own(node.position.start, where + ' start')
      own(node.position.end, where + ' end')
      checkPoint(node.position.start, where + ' start')
      checkPoint(node.position.end, where + ' end')
      assert.ok(node.position.start.offset! <= node.position.end.offset!, `${where}: start before end`)
    }
    if (leafTypes.has(node.type)) {
      assert.ok(node.position, `${where}: leaf has a position`)
      const {start, end} = node.position!
      assert.equal(source.slice(start.offset, end.offset), node.value, `${where}: leaf slices back to its value`)
      covered.fill(1, start.offset, end.offset)
      return
    }
    let previousEnd = node.position?.start.offset ?? 0
    for (const child of (node as Parent as AnyNode).children ?? []) {
      if (child.position && node.position) {
        assert.ok(child.position.start.offset! >= node.position.start.offset!, `${where}/${child.type}: starts inside parent`)
        assert.ok(child.position.end.offset! <= node.position.end.offset!, `${where}/${child.type}: ends inside parent`)
      }
      if (child.position) {
        assert.ok(child.position.start.offset! >= previousEnd, `${where}/${child.type}: in order after previous sibling`)
        previousEnd = child.position.end.offset!
      }
      walk(child, where)
    }
  }
  walk(tree as AnyNode, '')
  for (let i = 0; i < source.length; i++) {
    if (covered[i]) continue
    const c = source.charCodeAt(i)
    if (/\s/.test(source[i]) || c === 0xfeff || c === 0x200b) continue
    const line = lineStarts.findLastIndex((s) => s <= i) + 1
    assert.fail(`character ${JSON.stringify(source[i])} at offset ${i} (line ${line}) is in no leaf: ${JSON.stringify(source.slice(Math.max(0, i - 20), i + 20))}`)
  }
}
