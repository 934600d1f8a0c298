import type {Appendix, AppendixHeading, Block, Section} from '../../types.js'
import {rowInlines, span, type Context} from '../context.js'
import {appendixLabelAt, rowAppendixLabel} from '../patterns.js'
import type {Row} from '../reader.js'
import {readBlocks, rowMarker} from './blocks.js'
import {append} from '../arrays.js'

/** Whether a row opens an appendix: `붙임 1`, `【붙임】`, `참고 2`, `[참고자료]`, `별첨` … */
export function isAppendixStart(row: Row): boolean {
  if (row.kind === 'blank' || row.kind === 'delimiter') return false
  const m = rowAppendixLabel(row)
  if (!m) return false
  const rest = row.text.slice(m[0].length).trim()
  // `붙임 1. A 2. B 끝.` lists and prose starting with 참고 are not appendix headings.
  if (/^(?:로|하여|해|하시기|바랍니다|하세요)/.test(rest)) return false
  if (row.kind === 'row') return true
  if (rest.length <= 80) return true
  // A text box flattened onto one line: `<별첨> Title □ first section …`.
  return m[0].length > 2 && isBracket(m[0].charCodeAt(0)) && sectionAfterTitle.test(rest)
}

/** A title of at most 80 chars, then the box's first `□` section. */
const sectionAfterTitle = /^[^□]{2,80}\s□\s/

/** Whether a code opens a bracketed label: 【 < [ ( ［ 〔 ‹ 〈 《. */
function isBracket(code: number): boolean {
  return code === 0x3010 || code === 0x3c || code === 0x5b || code === 0x28 || code === 0xff3b || code === 0x3014 || code === 0x2039 || code === 0x3008 || code === 0x300a
}

/** The end of a listed item: a copy count (`1부`, `2부.`) or the list's end (`끝.`). */
const listEnd = /\d\s*부\s*\.?$|끝\s*\.?$/

/** Whether an appendix-labelled row is an attachment list (`붙임 1. A 1부.`, `… 끝.`) rather than a heading. */
export function isAttachmentList(row: Row): boolean {
  const m = rowAppendixLabel(row)
  if (!m || row.kind !== 'line') return false
  const rest = row.text.slice(m[0].length).trim()
  return /^\d{1,2}\.\s/.test(rest) || listEnd.test(rest) || /^\d{1,2}\.\s/.test(m[0].slice(-3) + rest)
}

/** Whether row `index` is a label alone (`붙임.`, `부 록`) whose next line is a listed item (`A 1부`, `A. 끝.`, `1. A`). */
export function isLabelOverListedItem(rows: readonly Row[], index: number): boolean {
  const row = rows[index]
  const m = row.kind === 'line' ? rowAppendixLabel(row) : null
  if (!m || row.text.slice(m[0].length).trim()) return false
  const next = nextFilled(rows, index + 1)
  // The item ends the list (`A 1부`, `A. 끝.`) or is the first of numbered ones (`부 록` over `1. A`).
  return next >= 0 && rows[next].kind === 'line' && rows[next].text.length <= 100 && (listEnd.test(rows[next].text) || /^1\.\s/.test(rows[next].text)) && rowAppendixLabel(rows[next]) === null
}

/** The first row at or after `from` that is not blank, or -1. */
function nextFilled(rows: readonly Row[], from: number): number {
  for (let k = from; k < rows.length && k < from + 3; k++) if (rows[k].kind !== 'blank') return k
  return -1
}

/** Whether a row continues an attachment list (`      2. 사진 자료.  끝.`, `- 2. 사진 자료`). */
export function isAttachmentListContinuation(row: Row): boolean {
  return row.kind === 'line' && /^(?:[-*+]\s)?\d{1,2}\.\s/.test(row.text) && row.text.length <= 100
}

/** The label of an appendix heading row as printed, compacted: `붙임 1`, `참고`. */
export function appendixLabel(text: string): string | null {
  const m = appendixLabelAt(text)
  if (!m) return null
  const word = m[1].replace(/\s+/g, '')
  return m[2] ? `${word} ${Number(m[2])}` : word
}

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
  return {type: 'appendix', children, position: span(children)}
}

function toSection(block: Block): Section | Block {
  if (block.type === 'item' && (block.marker === '□' || block.marker === '■' || block.marker === '◇' || block.marker === '◆' || /^[ⅠⅡⅢⅣⅤ]|^\d+\.$/.test(block.marker))) {
    return {type: 'section', marker: block.marker, children: block.children as Section['children'], position: block.position}
  }
  return block
}
