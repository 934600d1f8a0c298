import type {Appendix, AppendixHeading, Block, Section} from '../../types.js'
import {rowInlines, span, type Context} from '../context.js'
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
    const inlines = rowInlines(ctx, row)
    const heading: AppendixHeading = {type: 'appendixHeading', label: appendixLabel(row.text), children: inlines, position: span(inlines)}
    children.push(heading)
    i = from + 1
    // A heading with no title on its row takes the next short line as its title.
    const rest = row.text.slice(rowAppendixLabel(row)?.[0].length ?? 0).trim()
    if (!rest) {
      let k = i
      while (k < to && (ctx.rows[k].kind === 'blank' || ctx.rows[k].kind === 'delimiter')) k++
      if (k < to && ctx.rows[k].kind !== 'row' && !rowMarker(ctx.rows[k]) && ctx.rows[k].text.length <= 80) {
        const more = rowInlines(ctx, ctx.rows[k])
        append(heading.children, more)
        heading.position = span(heading.children)
        i = k + 1
      }
    }
  }
  else {
    // An unlabelled appendix may open with its title line.
    let k = i
    while (k < to && (ctx.rows[k].kind === 'blank' || ctx.rows[k].kind === 'delimiter')) k++
    if (k < to && ctx.rows[k].kind === 'line' && !rowMarker(ctx.rows[k]) && ctx.rows[k].text.length <= 80) {
      const inlines = rowInlines(ctx, ctx.rows[k])
      children.push({type: 'appendixHeading', label: null, children: inlines, position: span(inlines)})
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

function toSection(block: Block): Section | Block {
  if (block.type === 'item' && (block.marker === '□' || block.marker === '■' || block.marker === '◇' || block.marker === '◆' || /^[ⅠⅡⅢⅣⅤ]|^\d+\.$/.test(block.marker))) {
    return {type: 'section', marker: block.marker, children: block.children as Section['children'], position: block.position}
  }
  return block
}
