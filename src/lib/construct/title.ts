import type {Headline, Subtitle, Title} from '../../types.js'
import {copyPosition, rowInlines, span, text, type Context} from '../context.js'
import {subtitleMarkerPattern, allMatches, endsWithDash, rowAppendixLabel} from '../patterns.js'
import {firstFilled, splitRow, type Row} from '../stream.js'
import {lastOf, append} from '../arrays.js'
import {rowMarker} from './rows.js'
import {headlineDoubt, isBoxTitle, type HeadlineDoubt} from './headline.js'
import {issuerWordsBefore, isLoneSubject, leadOf, startsLikeShortName} from '../lead.js'
import {pageWidth, printedWidth} from '../width.js'

export interface TitleScan {
  /** Rows before the headline that read as none (see `headline.ts`), from the first filled one: body text. */
  skipped: readonly [number, number] | null
  end: number
  node: Title | null
  /** Why the headline kept reads as none, when no line near it read as one. */
  doubt?: TitleDoubt
}

/** How many lines the title scan tries for a headline before it keeps the first. */
const headlineTries = 5

/**
 * The row of the headline from row `i` on: the first of the next few lines that reads as one
 * (none of a header's, the contacts', a box's title or a label), else row `i` with its doubt.
 */
function headlineRow(ctx: Context, i: number): {at: number; doubt?: TitleDoubt} {
  const rows = ctx.rows
  let doubt: TitleDoubt | undefined
  for (let k = i, tried = 0; k < rows.length && tried < headlineTries; ) {
    const row = rows[k]
    if (row.kind === 'blank' || row.kind === 'delimiter') {
      k++
      continue
    }
    tried++
    // A paragraph of body text run before the title (PDF reading order) is passed whole.
    const prose = proseEnd(ctx, k)
    if (prose > k) {
      doubt ??= 'prose'
      k = prose
      continue
    }
    // A subtitle, an appendix label or a line of body text ends the title box: no headline was printed.
    if (k > i && (isSubtitleRow(row) || rowAppendixLabel(row) !== null || isBodyStart(ctx, row))) break
    const found = headlineDoubt(ctx, row) ?? (isFragment(row.text) ? 'fragment' : null)
    if (found === null) return {at: k}
    doubt ??= found
    k++
  }
  return {at: i, doubt}
}

/** Why a line is no headline: what `headlineDoubt` tells, a line of a paragraph of body text, or a fragment of no words (`.”`). */
export type TitleDoubt = HeadlineDoubt | 'prose' | 'fragment'

/** Whether a text holds fewer than two letters: a fragment (`.”`, `①`), no title. */
function isFragment(text: string): boolean {
  let letters = 0
  for (let i = 0; i < text.length && letters < 2; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++
  }
  return letters < 2
}

/**
 * In PDF text, where a paragraph of body text that starts at row `k` ends: its lines print the
 * page's width, the last shorter; `k` when row `k` starts none (a title line prints shorter).
 */
function proseEnd(ctx: Context, k: number): number {
  const rows = ctx.rows
  // A title line is shorter than a line of the page, which the text's wrap width tells in chars.
  if (!ctx.wrapWidth || rows[k].text.length < ctx.wrapWidth * 0.75 || rows[k + 1]?.kind !== 'line') return k
  const width = pageWidth(rows)
  if (!width || rows[k].kind !== 'line' || printedWidth(rows[k].text) < width * 0.85) return k
  let end = k
  while (end < rows.length && rows[end].kind === 'line' && printedWidth(rows[end].text) >= width * 0.85) end++
  // The paragraph's last line, shorter than the others.
  if (end < rows.length && rows[end].kind === 'line' && !isSubtitleRow(rows[end])) end++
  return end - k >= 2 ? end : k
}

const sentenceEnd = /(?:다|요|음|함|됨|임)\.\s*["”’']?$/

/** Whether a row starts like body text rather than a title line. */
function isBodyStart(ctx: Context, row: Row): boolean {
  const t = row.text
  if (/^[□■○●◎ㅇ※▲◆◇【☐]/.test(t)) return true
  // A box's title (`< 요 약 >`, `[개요]`) opens the body's first box.
  if (isBoxTitle(t)) return true
  // A lead: an issuer (with its head in brackets, or as the subject), a person with a title.
  const lead = leadOf(t)
  if (lead === 'issuer' || lead === 'person') return true
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

/** A subtitle glued to its headline on one line (`제목  - 부제`, `제목 - 부제 -`): both sides long enough. */
function gluedSubtitle(raw: string): RegExpExecArray | null {
  const m = inlineSubtitle.exec(raw)
  if (!m) return null
  const before = raw.slice(0, m.index).trim()
  const after = raw.slice(m.index + m[0].length).trim()
  // A subtitle closed by a dash (`제목 - 부제 -`) is one; a dash glued to the end (`…-`) is not its close.
  return before.length >= 10 && after.length >= 10 && !/(?<!\s)[-–—]\s*$/.test(after) ? m : null
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
      extra.length < 3 &&
      rows[j].text.length <= 60 &&
      !sentenceEnd.test(first.text) &&
      first.text.length <= 80 &&
      !isSubtitleRow(rows[j]) &&
      !isSpacedColumns(ctx, rows[j]) &&
      (!isBodyStart(ctx, rows[j]) || (extra.length === 0 && (/,$/.test(first.text) || openEnd.test(first.text)) && rows[j].text.length <= 60 && !/^[□■○●◎ㅇ※▲◆◇【]/.test(rows[j].text))) &&
      !endsTitleBox(ctx, rows[j])
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
      // A line closed by a dash (`… 의미 -`, its opening dash lost) is a subtitle.
      wrapped &&= (dashedFollow || open || first.text.length + row.text.length <= 24 || /^\([^()]+\)$/.test(row.text)) && !/\s[-–—]$/.test(row.text)
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
    // Body text ends the title box; so does a header printed under it, the contacts, a box's title
    // (`endsTitleBox`, asked only of a row that would be taken).
    if (bodyMarker.test(row.text)) break
    const subtitleRow = isSubtitleRow(row)
    // A headline printed over paragraphs (a converter's Markdown of a PDF: a blank line after each
    // line) goes on up to the dashed subtitles under it.
    if (children.length === 1 && blanks > 0 && row.kind === 'line' && row.text.length <= 60 && !subtitleRow && !isBodyStart(ctx, row) && rowAppendixLabel(row) === null && !endsTitleBox(ctx, row)) {
      const next = nextFilledRow(rows, k + 1)
      if (next < rows.length && isSubtitleRow(rows[next])) {
        const headline = children[0] as Headline
        append(headline.children, rowInlines(ctx, row))
        headline.position = span(headline.children)
        blanks = 0
        k++
        end = k
        continue
      }
    }
    // Subtitles run together on the line under the headline, the first one's dash lost (`A - B`).
    const glued =
      !subtitleRow && children.length === 1 && blanks <= 1 && row.kind === 'line' && !isBodyStart(ctx, row) && rowAppendixLabel(row) === null && !endsTitleBox(ctx, row)
        ? gluedSubtitle(ctx.norm.slice(row.cells[0].start, row.cells[0].end))
        : null
    // PDF text may run the subtitles and the first body line together: split before the body.
    if ((glued || subtitleRow) && ctx.wrapWidth && row.kind === 'line' && row.text.length > ctx.wrapWidth) {
      const cell = firstFilled(row)!
      // The page's width, else (too few lines of prose to tell) the width the text was wrapped at, in letters.
      const cut = bodyCut(ctx.norm.slice(cell.start, cell.end), pageWidth(rows, ctx.wrapWidth * 0.85))
      if (cut > 0) {
        splitRow(ctx.norm, rows, k, cell.start + cut)
        append(children, subtitles(ctx, rows[k].cells[0].start, rows[k].cells[0].end))
        end = k + 1
        break
      }
    }
    // PDF text may run a subtitle's wrapped tail and the next subtitle together (`대상 … 방문 - 다음
    // 부제`): the tail is split off, and read on the next round as the line under the subtitle.
    const tail = !glued && !subtitleRow && last && last.marker !== null && blanks === 0 && row.kind === 'line' && ctx.wrapWidth ? runTogetherTail(ctx, row) : -1
    if (tail > 0 && continuesInPdf(ctx, rows, k) && !endsTitleBox(ctx, row)) {
      splitRow(ctx.norm, rows, k, tail)
      continue
    }
    if (glued) {
      const made = subtitles(ctx, row.cells[0].start, row.cells[0].end)
      append(children, made)
      last = lastOf(made) ?? last
    } else if (subtitleRow) {
      const cells = row.cells.filter((c) => c.text)
      const made = cells.flatMap((c) => subtitles(ctx, c.start, c.end))
      append(children, made)
      last = lastOf(made) ?? last
    } else if (
      last &&
      last.marker !== null &&
      blanks === 0 &&
      row.kind === 'line' &&
      (openEnd.test(textOfSubtitle(ctx, last)) || wrappedTail(ctx, last, rows, k)) &&
      !isBodyStart(ctx, row) &&
      rowAppendixLabel(row) === null &&
      row.text.length <= 80 &&
      continuesInPdf(ctx, rows, k) &&
      !endsTitleBox(ctx, row)
    ) {
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

/** Whether a line lays out columns with runs of spaces (`국장      일반직고위공무원     이 형 석`): a table's row, no title's. */
function isSpacedColumns(ctx: Context, row: Row): boolean {
  return /\S {3,}\S/.test(ctx.norm.slice(row.start, row.end))
}

/** Markers body text starts with: a row that starts with one ends the title box. */
const bodyMarker = /^[□■○●◎ㅇ※▲◆◇【☐]/

/** Whether a row ends the title box: a header printed under it, the contacts, a box's title (`< 요 약 >`) or a label. */
function endsTitleBox(ctx: Context, row: Row): boolean {
  return headlineDoubt(ctx, row) !== null
}

/**
 * In PDF text, whether row `k` may continue the subtitle on the line above: that line was wrapped
 * (it prints near the page's width), and a full line under it follows a line that ends open
 * (`… 및`) or closes the title box; else a full line is the body's first. True for text not
 * wrapped at a width.
 */
function continuesInPdf(ctx: Context, rows: Row[], k: number): boolean {
  const width = ctx.wrapWidth ? pageWidth(rows) : 0
  if (!width) return true
  const above = rows[k - 1].text
  if (printedWidth(above) < width * 0.7) return false
  if (printedWidth(rows[k].text) < width * 0.8 || openEnd.test(above)) return true
  // A full line that closes the title box (a blank line, a subtitle or an item follows) is its last.
  const next = rows[k + 1]
  return !next || next.kind === 'blank' || isSubtitleRow(next) || /^[□■☐]/.test(next.text)
}

/** The short name an issuer gives itself in brackets (`(이하 행복청, …)`): its first letter. */
const shortName = /^\(\s*이\s*하\s*['‘’"“]?([가-힣])/

/** Endings a title's phrase never stops on: particles and joining words that need what follows. */
const openHead = /(?:으로|에서|하고|하며|하여|위해|위한|통해|및|를|[,·])$/

/**
 * Where a subtitle's dash stands in a line that runs a short wrapped tail and the next subtitle
 * together (`대상 시설농가 및 농기계 현장 방문 - 시설농가와 …`), or -1.
 */
function runTogetherTail(ctx: Context, row: Row): number {
  const cell = firstFilled(row)!
  const m = inlineSubtitle.exec(ctx.norm.slice(cell.start, cell.end))
  if (!m || m.index > 40 || isBodyStart(ctx, row) || isSubtitleRow(row)) return -1
  return cell.start + m.index + m[0].search(/[-–—]/)
}

/** The first row at or after `from` that is neither blank nor a delimiter. */
function nextFilledRow(rows: Row[], from: number): number {
  while (from < rows.length && (rows[from].kind === 'blank' || rows[from].kind === 'delimiter')) from++
  return from
}

/** Subtitle separators a line holds (`- A - B`, also `A- B` where PDF text lost the space before the dash). */
const dashes = /(?:^|\s|(?<=[가-힣]))[-–—‐‑‒―­ㅡ](?=\s)/g

/**
 * Where the first line of the body begins in a subtitle line of PDF text that runs into it
 * (`- 부제 산림청(청장 박은식)은 숲길을 …`), or 0: the line prints wider than a line of the page
 * (`pageWidth`), and the cut leaves a full line of the page to the body (its first line is about
 * 0.96 of a full one, being indented), preferring a cut where a lead opens (`leadOf`). A line that
 * ends with the body's subject alone (`… 예정 정부는`, the rest of its line scattered) is cut
 * before it. The last subtitle on the line keeps at least eight chars.
 */
export function bodyCut(raw: string, width: number): number {
  if (width <= 0 || printedWidth(raw) < width * 1.15) return 0
  let from = 0
  for (const m of allMatches(dashes, raw)) from = m.index + m[0].length
  from += 8
  let best = 0
  let bestCost = Infinity
  const consider = (at: number) => {
    const tail = raw.slice(at)
    const ratio = printedWidth(tail) / width
    const lead = leadOf(tail)
    // How far the tail is from the first line of a paragraph, in its usual spread.
    let cost = Math.abs(ratio - 0.96) / 0.05
    let fits = ratio >= 0.78 && ratio <= 1.12
    if (lead === 'date') {
      cost -= 3
      fits = ratio >= 0.6 && ratio <= 1.2
    } else if (lead !== null) {
      // A lead of a line or more (PDF text may run more than one line in) is surely where the body
      // starts; an issuer's name is one word, or more where PDF text broke it (`중소벤 처기업 부(`).
      fits = true
      if (ratio >= 0.78) cost = Math.min(cost, 5) - 20 + Math.max(0, issuerWordsBefore(tail) - 1) - (startsLikeShortName(tail) ? 2 : 0)
    } else if (isLoneSubject(tail)) {
      fits = true
      cost = -3
    }
    // A subtitle does not end on a particle or a joining word (`…2년으로`, `…위해`, `… 및`).
    if (openHead.test(raw.slice(0, at).trimEnd())) cost += 3
    if (fits && cost < bestCost) {
      best = at
      bestCost = cost
    }
  }
  for (let at = from; at < raw.length; at++) {
    if (raw.charCodeAt(at - 1) === 0x20 && raw.charCodeAt(at) !== 0x20) consider(at)
    // An issuer's name run into the word before it (`추진행정중심복합도시건설청(이하 행복청, …)`): it
    // starts with the first letter of the short name it gives itself.
    else if (raw.charCodeAt(at) === 0x28) {
      const short = shortName.exec(raw.slice(at))
      const wordStart = raw.lastIndexOf(' ', at) + 1
      if (short && wordStart >= from) {
        const first = raw.indexOf(short[1], wordStart)
        if (first > wordStart && first < at - 1) consider(first)
      }
    }
  }
  return best
}

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
  if (!next || next.kind === 'blank' || isSubtitleRow(next) || /^[□■☐]/.test(next.text)) return true
  // In PDF text: the body's lead follows (`국가보훈부(장관 …)는 …`), or the subtitle's line above is a full line of the page.
  const width = ctx.wrapWidth ? pageWidth(rows) : 0
  if (!width || rowMarker(row) !== null) return false
  const lead = leadOf(next.text)
  return (lead !== null && lead !== 'date') || (printedWidth(rows[k - 1].text) >= width * 0.9 && printedWidth(row.text) < width * 0.8)
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
  let lastAt = -1
  for (const m of allMatches(dashes, raw)) {
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
