import type {Footer, License, Paragraph, Slogan} from '../../types.js'
import {rowInlines, span, type Context} from '../context.js'
import {rowMarker} from './rows.js'
import {alternation, escape, licenceMarks, licenceWords} from '../lexicon.js'

const licensePattern = new RegExp(`${alternation(licenceWords, escape)}|^(?:${alternation(licenceMarks, escape)})$`)

/** Whether a row belongs in a footer: short lines of slogans, campaign lines, the 공공누리 mark. */
export function isFooterRow(text: string): boolean {
  return text.length <= 40 && !/[다요]\.$/.test(text)
}

/**
 * Read the footer from `from` up to the first marked or long row: the first run of short lines
 * is the ministry's slogans; the 공공누리 lines are the licence; the rest are kept as lines.
 */
export function scanFooter(ctx: Context, from: number, to: number): {end: number; node: Footer | null} {
  const children: Footer['children'] = []
  let i = from
  let end = from
  let run = 0
  let runs = 0
  while (i < to) {
    const row = ctx.rows[i]
    if (row.kind === 'blank') {
      if (run > 0) runs++
      run = 0
      i++
      continue
    }
    if (row.kind !== 'line' || rowMarker(row) || !isFooterRow(row.text)) break
    // A short line heading marked content (`□ …`) right below it is a title, not a slogan.
    let next = i + 1
    while (next < to && ctx.rows[next].kind === 'blank') next++
    if (next < to && rowMarker(ctx.rows[next]) && !licensePattern.test(row.text)) break
    const inlines = rowInlines(ctx, row)
    const position = span(inlines)
    if (licensePattern.test(row.text)) {
      const node: License = {type: 'license', children: inlines, position}
      children.push(node)
    } else if (runs === 0) {
      const node: Slogan = {type: 'slogan', children: inlines, position}
      children.push(node)
    } else {
      const node: Paragraph = {type: 'paragraph', children: inlines, position}
      children.push(node)
    }
    run++
    i++
    end = i
  }
  if (children.length === 0) return {end: from, node: null}
  return {end, node: {type: 'footer', children, position: span(children)}}
}
