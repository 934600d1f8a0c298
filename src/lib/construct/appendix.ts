import type {Appendix, AppendixHeading, Block, Inline, Section} from '../../types.js'
import {rowInlines, rowInlinesAt, span, type Context} from '../context.js'
import type {Cell, Row} from '../stream.js'
import {rowAppendixLabel} from '../patterns.js'
import {readBlocks} from './blocks.js'
import {findQuotes} from './quote.js'
import {appendixLabel, rowMarker} from './rows.js'
import {append} from '../arrays.js'

/** Build one appendix from rows `from`…`to`; `labelled` says whether the first row is its heading. */
export function buildAppendix(ctx: Context, from: number, to: number, labelled: boolean): Appendix {
  const children: Appendix['children'] = []
  let i = from
  if (labelled) {
    const row = ctx.rows[from]
    const [inlines, note] = headingInlines(ctx, row)
    const heading: AppendixHeading = {type: 'appendixHeading', label: appendixLabel(row.text), children: inlines, position: span(inlines)}
    children.push(heading)
    if (note.length > 0) children.push({type: 'paragraph', children: note, position: span(note)})
    i = from + 1
    // A heading with no title on its row takes the next short line as its title.
    const rest = row.text.slice(rowAppendixLabel(row)?.[0].length ?? 0).trim()
    if (!rest) {
      let k = i
      while (k < to && (ctx.rows[k].kind === 'blank' || ctx.rows[k].kind === 'delimiter')) k++
      if (k < to && ctx.rows[k].kind !== 'row' && !rowMarker(ctx.rows[k]) && ctx.rows[k].text.length <= 80) {
        const [more, note] = headingInlines(ctx, ctx.rows[k])
        append(heading.children, more)
        heading.position = span(heading.children)
        if (note.length > 0) children.push({type: 'paragraph', children: note, position: span(note)})
        i = k + 1
      }
    }
  }
  else {
    // An unlabelled appendix may open with its title line.
    let k = i
    while (k < to && (ctx.rows[k].kind === 'blank' || ctx.rows[k].kind === 'delimiter')) k++
    if (k < to && ctx.rows[k].kind === 'line' && !rowMarker(ctx.rows[k]) && ctx.rows[k].text.length <= 80) {
      const [inlines, note] = headingInlines(ctx, ctx.rows[k])
      children.push({type: 'appendixHeading', label: null, children: inlines, position: span(inlines)})
      if (note.length > 0) children.push({type: 'paragraph', children: note, position: span(note)})
      i = k + 1
    }
  }
  // Sections: each top-level □ item with what follows it.
  const blocks = readBlocks(ctx, i, to)
  for (const block of blocks) children.push(toSection(block))
  const position = span(children)
  append(children, findQuotes(ctx, from, to))
  return {type: 'appendix', children, position}
}

const closeBrackets = ')）>〉］]'

/** A unit note at the end of a title: `(단위: 억원)`, `<단위 : 천 명>`, `[단위: %]`. */
const unitNote = /[(（<〈［[]\s*단\s*위\s*[:：]?[^()（）<>〈〉［\]]{0,24}[)）>〉］\]]\s*$/

/**
 * A heading row's inlines, and apart from them a unit note it ends with (`관람객 추이 (단위: 천
 * 명)`): the note says how to read the page's tables, and is no part of the title.
 */
function headingInlines(ctx: Context, row: Row): [Inline[], Inline[]] {
  const last = lastFilled(row)
  // The end-anchored pattern runs only on a cell that ends with a bracket and holds `단`.
  const raw = last ? ctx.norm.slice(last.start, last.end) : ''
  const m = last && closeBrackets.includes(raw[raw.length - 1]) && raw.includes('단') ? unitNote.exec(raw) : null
  // A note alone is no title: the heading keeps it.
  if (!m || (m.index === 0 && row.cells.filter((c) => c.text).length < 2)) return [rowInlines(ctx, row), []]
  return rowInlinesAt(ctx, row, last!.start + m.index)
}

/** The last cell of a row that holds text. */
function lastFilled(row: Row): Cell | undefined {
  for (let c = row.cells.length - 1; c >= 0; c--) if (row.cells[c].text) return row.cells[c]
  return undefined
}

function toSection(block: Block): Section | Block {
  if (block.type === 'item' && (block.marker === '□' || block.marker === '■' || block.marker === '◇' || block.marker === '◆' || /^[ⅠⅡⅢⅣⅤ]|^\d+\.$/.test(block.marker))) {
    return {type: 'section', marker: block.marker, children: block.children as Section['children'], position: block.position}
  }
  return block
}
