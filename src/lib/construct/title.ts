import type {Headline, Subtitle, Title} from '../../types.js'
import {copyPosition, rowInlines, span, text, type Context} from '../context.js'
import {subtitleMarkerPattern, allMatches, endsWithDash, rowAppendixLabel} from '../patterns.js'
import {firstFilled, splitRow, type Row} from '../stream.js'
import {lastOf, append} from '../arrays.js'
import {isHeaderLabelRow} from './header.js'
import {headlineDoubt, isBoxTitle, type HeadlineDoubt} from './headline.js'

export interface TitleScan {
  /** Rows before the headline that read as none (see `headline.ts`), from the first filled one: body text. */
  skipped: readonly [number, number] | null
  end: number
  node: Title | null
  /** Why the headline kept reads as none, when no line near it read as one. */
  doubt?: HeadlineDoubt
}

/** How many lines the title scan tries for a headline before it keeps the first. */
const headlineTries = 5

/**
 * The row of the headline from row `i` on: the first of the next few lines that reads as one
 * (none of a header's, the contacts', a box's title or a label), else row `i` with its doubt.
 */
function headlineRow(ctx: Context, i: number): {at: number; doubt?: HeadlineDoubt} {
  const rows = ctx.rows
  const doubt = headlineDoubt(ctx, rows[i])
  if (doubt === null) return {at: i}
  for (let k = i + 1, tried = 1; k < rows.length && tried < headlineTries; k++) {
    const row = rows[k]
    if (row.kind === 'blank' || row.kind === 'delimiter') continue
    tried++
    // A subtitle, an appendix label or a line of body text ends the title box: no headline was printed.
    if (isSubtitleRow(row) || rowAppendixLabel(row) !== null || isBodyStart(ctx, row)) break
    if (headlineDoubt(ctx, row) === null) return {at: k}
  }
  return {at: i, doubt}
}

const sentenceEnd = /(?:다|요|음|함|됨|임)\.\s*["”’']?$/

/** Whether a row starts like body text rather than a title line. */
function isBodyStart(ctx: Context, row: Row): boolean {
  const t = row.text
  if (/^[□■○●◎ㅇ※▲◆◇【]/.test(t)) return true
  // Body paragraphs of text exports are indented; title lines are not.
  if (/^\s{2,}/.test(ctx.norm.slice(row.start, row.end)) && t.length > 40) return true
  return t.length > 90 || sentenceEnd.test(t)
}

function isSubtitleRow(row: Row): boolean {
  if (row.kind === 'blank') return false
  // Numbered subtitles (➊ …) count too, right under the headline.
  return (subtitleMarkerPattern.test(row.text) || /^[➊-➓❶-❿]/.test(row.text)) && !/^-\s*\d+\s*-$/.test(row.text)
}

const inlineSubtitle = /(?<!\s)\s+[-–—]\s/

/** A subtitle glued to its headline on one line (`제목  - 부제`): both sides long enough. */
function gluedSubtitle(raw: string): RegExpExecArray | null {
  const m = inlineSubtitle.exec(raw)
  if (!m) return null
  const before = raw.slice(0, m.index).trim()
  const after = raw.slice(m.index + m[0].length).trim()
  return before.length >= 10 && after.length >= 10 && !/[-–—]\s*$/.test(after) ? m : null
}

/** Scan the title box from `start`: the headline (possibly over lines), then the subtitles. */
export function scanTitle(ctx: Context, start: number): TitleScan {
  const rows = ctx.rows
  let i = start
  while (i < rows.length && (rows[i].kind === 'blank' || rows[i].kind === 'delimiter')) i++
  if (i >= rows.length) return {skipped: null, end: start, node: null}
  if (isSubtitleRow(rows[i]) || rowAppendixLabel(rows[i]) !== null) return {skipped: null, end: start, node: null}
  const chosen = headlineRow(ctx, i)
  const skipped = chosen.at > i ? ([i, chosen.at] as const) : null
  i = chosen.at
  const first = rows[i]
  const children: Title['children'] = []
  const headlineChildren: Headline['children'] = []
  let j = i + 1
  // A headline and its subtitle on one line: `제목  - 부제`.
  const firstCell = firstFilled(first)!
  const firstRaw = ctx.norm.slice(firstCell.start, firstCell.end)
  const glued = first.cells.filter((c) => c.text).length === 1 ? gluedSubtitle(firstRaw) : null
  const pending: Subtitle[] = []
  if (glued) {
    const cut = firstCell.start + glued.index
    headlineChildren.push(text(ctx, firstCell.start, cut))
    const from = firstCell.start + glued.index + glued[0].search(/[-–—]/)
    append(pending, subtitles(ctx, from, firstCell.end))
  } else {
    append(headlineChildren, rowInlines(ctx, first))
    // Short lines right under the headline: a wrapped headline when dashed subtitles follow,
    // else subtitles printed without dashes.
    const extra: Row[] = []
    // Inside a Markdown box, `<br><br>` leaves blank parts between the lines.
    const skipBoxedBlanks = () => {
      let n = j
      while (n < rows.length && rows[n].kind === 'blank' && rows[n].boxed) n++
      if (n < rows.length && rows[n].boxed && rows[n].kind === 'line' && !isSubtitleRow(rows[n])) j = n
    }
    if (first.boxed) skipBoxedBlanks()
    while (
      j < rows.length &&
      rows[j].kind === 'line' &&
      !isSubtitleRow(rows[j]) &&
      !endsTitleBox(ctx, rows[j]) &&
      (!isBodyStart(ctx, rows[j]) || (extra.length === 0 && (/,$/.test(first.text) || openEnd.test(first.text)) && rows[j].text.length <= 60 && !/^[□■○●◎ㅇ※▲◆◇【]/.test(rows[j].text))) &&
      extra.length < 3 &&
      rows[j].text.length <= 60 &&
      !sentenceEnd.test(first.text) &&
      first.text.length <= 80
    ) {
      extra.push(rows[j])
      j++
      if (first.boxed) skipBoxedBlanks()
    }
    let k = j
    while (k < rows.length && rows[k].kind === 'blank') k++
    const dashedFollow = k < rows.length && isSubtitleRow(rows[k])
    // A first line that ends mid-phrase (`…고용위기,`, `…과정에서`) always continues.
    const open = openEnd.test(first.text) || /(?:은|는|이|가|도|한|인|된)$/.test(first.text)
    let wrapped = true
    for (const row of extra) {
      // Once a line is a subtitle, the lines after it are too (the headline came first).
      // A line wholly in parentheses glosses the headline: `(무급 가사노동 가치 평가)`.
      wrapped &&= dashedFollow || open || first.text.length + row.text.length <= 24 || /^\([^()]+\)$/.test(row.text)
      if (wrapped) append(headlineChildren, rowInlines(ctx, row))
      else for (const cell of row.cells.filter((c) => c.text)) append(pending, subtitles(ctx, cell.start, cell.end))
    }
  }
  children.push({type: 'headline', children: headlineChildren, position: span(headlineChildren)})
  append(children, pending)
  let end = j
  // Subtitles: dash lines after the headline, possibly after a blank line; a line right under
  // a subtitle that does not start like body text continues it.
  let k = j
  let blanks = 0
  let last: Subtitle | null = children.length > 1 ? (children[children.length - 1] as Subtitle) : null
  while (k < rows.length) {
    const row = rows[k]
    if (row.kind === 'blank' || row.kind === 'delimiter') {
      blanks++
      if (blanks > 2) break
      k++
      continue
    }
    // A header printed under the title box ends it.
    if (!isSubtitleRow(row) && endsTitleBox(ctx, row)) break
    // Subtitles run together on the line under the headline, the first one's dash lost (`A - B`).
    const glued = children.length === 1 && blanks <= 1 && row.kind === 'line' && !isBodyStart(ctx, row) && rowAppendixLabel(row) === null ? gluedSubtitle(ctx.norm.slice(row.cells[0].start, row.cells[0].end)) : null
    if (glued) {
      const made = subtitles(ctx, row.cells[0].start, row.cells[0].end)
      append(children, made)
      last = lastOf(made) ?? last
    } else if (isSubtitleRow(row)) {
      // PDF text may run the subtitle and the first body line together: split before the body.
      if (ctx.wrapWidth && row.kind === 'line' && row.text.length > ctx.wrapWidth * 1.2) {
        const cell = firstFilled(row)!
        const raw = ctx.norm.slice(cell.start, cell.end)
        const body = bodyStart.exec(raw)
        if (body && body.index >= 8) {
          splitRow(ctx.norm, rows, k, cell.start + body.index + 1)
          const made = subtitles(ctx, rows[k].cells[0].start, rows[k].cells[0].end)
          append(children, made)
          end = k + 1
          break
        }
      }
      const cells = row.cells.filter((c) => c.text)
      const made = cells.flatMap((c) => subtitles(ctx, c.start, c.end))
      append(children, made)
      last = lastOf(made) ?? last
    } else if (last && last.marker !== null && blanks === 0 && row.kind === 'line' && (openEnd.test(textOfSubtitle(ctx, last)) || wrappedTail(ctx, last, rows, k)) && !isBodyStart(ctx, row) && rowAppendixLabel(row) === null && row.text.length <= 80) {
      const leaves = rowInlines(ctx, row)
      append(last.children, leaves)
      last.position = span(last.children)
    } else break
    blanks = 0
    k++
    end = k
  }
  return {skipped, end, node: {type: 'title', children, position: span(children)}, doubt: chosen.doubt}
}

/** Whether a row ends the title box: a header printed under it, the contacts, a box's title (`< 요 약 >`) or a label. */
function endsTitleBox(ctx: Context, row: Row): boolean {
  return isHeaderLabelRow(ctx, row) || isBoxTitle(row.text) || headlineDoubt(ctx, row) !== null
}

/** Where a body begins inside a line: `기관(장관 홍길동, …)는`, `4월 10일,`, `□`. */
const bodyStart = /\s(?=[가-힣A-Za-z·]{2,30}\s?\((?:장관|차관|청장|처장|원장|위원장|이사장|총장|회장|실장|본부장|대표|직무대행)\s?[가-힣]{2,4}[,)]|\d{1,2}월\s?\d{1,2}일|□)/

/** A line that ends mid-phrase: the next line continues it. */
const openEnd = /(?:[,·‧ㆍ∙…]|및|과|와|의|을|를|에|에서|으로|로|하고|하며|하여|통해|위해|위한|따라|등)$/

/**
 * Whether row `k`, right under a long subtitle, is its wrapped tail (PDF text): a short line
 * that ends no sentence and closes the title box (a blank line, another subtitle or a `□` item
 * follows).
 */
function wrappedTail(ctx: Context, subtitle: Subtitle, rows: Row[], k: number): boolean {
  const row = rows[k]
  const before = textOfSubtitle(ctx, subtitle)
  // A note wholly in parentheses (`(누름틀 사용)`) is no tail.
  if (row.text.length > 40 || before.length < 25 || sentenceEnd.test(row.text) || /^[□■○●◎ㅇ※▲◆◇【#<|*]/.test(row.text) || /^\([^()]*\)$/.test(row.text)) return false
  const next = rows[k + 1]
  return !next || next.kind === 'blank' || isSubtitleRow(next) || /^[□■]/.test(next.text)
}

function textOfSubtitle(ctx: Context, node: Subtitle): string {
  const last = node.children[node.children.length - 1]
  return last && 'value' in last ? last.value.replace(/\s+/g, ' ').trim() : ''
}

/** Subtitles in a span: one line may hold several (`- A - B`); `【…】` ends them. */
function subtitles(ctx: Context, start: number, end: number): Subtitle[] {
  const out: Subtitle[] = []
  const heading = /^#{1,6}\s+/.exec(ctx.norm.slice(start, end))
  if (heading) start += heading[0].length
  let raw = ctx.norm.slice(start, end)
  const stop = raw.indexOf('【')
  if (stop > 0) raw = raw.slice(0, stop)
  const parts: Array<[number, number]> = []
  const re = /(?:^|\s)[-–—‐‑‒―­ㅡ](?=\s)/g
  let lastAt = -1
  for (const m of allMatches(re, raw)) {
    const at = m.index + (m[0].length - 1)
    if (lastAt >= 0) parts.push([lastAt, at])
    lastAt = at
  }
  if (lastAt >= 0) parts.push([lastAt, raw.length])
  else parts.push([0, raw.length])
  if (lastAt > 0 && parts[0][0] > 0 && raw.slice(0, parts[0][0]).trim()) parts.unshift([0, parts[0][0]])
  for (const [s, e] of parts) {
    let piece = raw.slice(s, e)
    const lead = piece.length - piece.trimStart().length
    piece = piece.trim()
    if (!piece) continue
    // Nothing but a marker and dashes.
    const rest = piece.replace(subtitleMarkerPattern, '')
    if (rest.length === 0 || (endsWithDash(rest) && /^[-–—\s]+$/.test(rest))) continue
    const dash = subtitleMarkerPattern.exec(piece)
    const from = start + s + lead
    const leaves = [text(ctx, from, from + piece.length)]
    out.push({type: 'subtitle', marker: dash ? dash[0].trim() : null, children: leaves, position: copyPosition(leaves[0].position)})
  }
  return out
}
