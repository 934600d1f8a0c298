import type {Headline, Subtitle, Title} from '../../types.js'
import {rowInlines, span, text, type Context} from '../context.js'
import {appendixPattern, dashPattern, markerPattern} from '../patterns.js'
import type {Row} from '../reader.js'

export interface TitleScan {
  end: number
  node: Title | null
}

const sentenceEnd = /(?:다|요|음|함|됨|임)\s*[.!]?["”’']?$/

/** Whether a row starts like body text rather than a title line. */
function isBodyStart(row: Row): boolean {
  const t = row.text
  if (/^[□■○●◎ㅇ※▲◆◇]/.test(t)) return true
  if (/^【/.test(t)) return true
  return false
}

function isSubtitleRow(row: Row): boolean {
  return dashPattern.test(row.text) && !/^-\s*\d+\s*-$/.test(row.text)
}

/** Scan the title box from `start`: the headline (possibly over lines), then the subtitles. */
export function scanTitle(ctx: Context, start: number): TitleScan {
  const rows = ctx.rows
  let i = start
  while (i < rows.length && (rows[i].kind === 'blank' || rows[i].kind === 'delimiter')) i++
  if (i >= rows.length) return {end: start, node: null}
  const first = rows[i]
  if (isSubtitleRow(first) || appendixPattern.test(first.text)) return {end: start, node: null}
  const headlineRows: Row[] = [first]
  let j = i + 1
  // A headline wraps onto following short lines until a dash, a blank or body text.
  while (
    j < rows.length &&
    rows[j].kind === 'line' &&
    !isSubtitleRow(rows[j]) &&
    !isBodyStart(rows[j]) &&
    headlineRows.length < 3 &&
    rows[j].text.length <= 40 &&
    !sentenceEnd.test(headlineRows[headlineRows.length - 1].text) &&
    first.text.length <= 60 &&
    !/^\s/.test(ctx.norm.slice(rows[j].start, rows[j].end))
  ) {
    headlineRows.push(rows[j])
    j++
  }
  const headlineChildren = headlineRows.flatMap((row) => rowInlines(ctx, row))
  const headline: Headline = {type: 'headline', children: headlineChildren, position: span(headlineChildren)}
  const children: Title['children'] = [headline]
  let end = j
  // Subtitles: dash lines after the headline, possibly after one blank line.
  let k = j
  let blanks = 0
  while (k < rows.length) {
    const row = rows[k]
    if (row.kind === 'blank' || row.kind === 'delimiter') {
      blanks++
      if (blanks > 2) break
      k++
      continue
    }
    if (!isSubtitleRow(row)) break
    blanks = 0
    children.push(...subtitles(ctx, row))
    k++
    end = k
  }
  return {end, node: {type: 'title', children, position: span(children)}}
}

/** One row may hold several subtitles: `- A - B`. */
function subtitles(ctx: Context, row: Row): Subtitle[] {
  const out: Subtitle[] = []
  for (const cell of row.cells) {
    if (!cell.text) continue
    const raw = ctx.norm.slice(cell.start, cell.end)
    // Split at a dash that follows white space and precedes white space.
    const parts: Array<[number, number]> = []
    const re = /(?:^|\s)[-–—‐‑‒―­ㅡ](?=\s)/g
    let last = -1
    for (const m of raw.matchAll(re)) {
      const at = m.index + (m[0].length - 1)
      if (last >= 0) parts.push([last, at])
      last = at
    }
    if (last >= 0) parts.push([last, raw.length])
    else parts.push([0, raw.length])
    for (const [s, e] of parts) {
      let piece = raw.slice(s, e)
      const lead = piece.length - piece.trimStart().length
      piece = piece.trim()
      if (!piece) continue
      const dash = dashPattern.exec(piece)
      const marker = dash ? dash[0].trim() : null
      const from = cell.start + s + lead
      const to = from + piece.length
      const leaves = [text(ctx, from, to)]
      if (piece.replace(dashPattern, '').replace(/[-–—\s]+$/, '').length === 0) continue
      out.push({type: 'subtitle', marker, children: leaves, position: leaves[0].position})
    }
  }
  void markerPattern
  return out
}
