import {describe, expect, it} from 'vitest'
import {visit} from 'unist-util-visit'
import {fromText, parse, readBytes} from '../src/index.js'
import type {Tree} from '../src/index.js'
import {hwpx, p, sectionXml, tbl, tc} from './crafted.js'

const head = p('보도자료') + p('보도시점 : 2026. 4. 13.(월) 12:00') + p('새 제도 시행') + p('□ 본문이 시작된다.')

/** The text of a node's leaves, joined by a space. */
function textOf(node: Tree.Node): string {
  if ('value' in node && typeof node.value === 'string') return node.value
  return 'children' in node && Array.isArray(node.children) ? node.children.map(textOf).filter(Boolean).join(' ') : ''
}

/** The merged cells of a tree: each cell's text with its spans. */
function merged(tree: Tree.Root): Array<[string, number | undefined, number | undefined]> {
  const out: Array<[string, number | undefined, number | undefined]> = []
  visit(tree, 'tableCell', (cell: Tree.TableCell) => {
    if (cell.rowSpan || cell.colSpan) out.push([textOf(cell), cell.rowSpan, cell.colSpan])
  })
  return out
}

describe('merged cells', () => {
  it('reach the tree from an HWPX table, through the lines readBytes gives', () => {
    const table = tbl(3, 3, [
      `<hp:tr>${tc(0, 0, '담당 부서', 2)}${tc(0, 1, '책임자')}${tc(0, 2, '과장 한결 (044-123-4560)')}</hp:tr>`,
      `<hp:tr>${tc(1, 1, '담당자')}${tc(1, 2, '사무관 오세린 (044-123-4561)')}</hp:tr>`,
      `<hp:tr>${tc(2, 0, '비고: 문의는 평일에', 1, 3)}</hp:tr>`
    ].join(''))
    const read = readBytes(hwpx(sectionXml(head + table)))
    expect(read.lines?.filter((line) => line.spans).map((line) => line.spans)).toEqual([[{column: 0, rowSpan: 2, colSpan: 1}], [{column: 0, rowSpan: 1, colSpan: 3}]])
    expect(merged(fromText(read.value, {lines: read.lines}))).toEqual([
      ['담당 부서', 2, undefined],
      ['비고: 문의는 평일에', undefined, 3]
    ])
    // Without the lines, the text alone knows no spans.
    expect(merged(fromText(read.value))).toEqual([])
    expect(parse(hwpx(sectionXml(head + table))).contacts.map((c) => c.name)).toEqual(['한결', '오세린'])
  })

  it('reach the tree from the rowspan and colspan of a Markdown HTML table', () => {
    const release = '보도자료\n\n새 제도 시행\n\n□ 본문이 시작된다.\n\n'
    const tree = fromText(release + '<table>\n<tr><td>일정</td><td rowspan="2">장소</td></tr>\n<tr><td colspan=2>개회 및 인사</td><td>사회자</td></tr>\n</table>\n')
    expect(merged(tree)).toEqual([
      ['장소', 2, undefined],
      ['개회 및 인사', undefined, 2]
    ])
  })
})
