import {appendixLabelAt, markerPattern, rowAppendixLabel} from '../patterns.js'
import type {Row} from '../stream.js'
import {startsOf} from '../guards.js'

/*
 * What a row of the stream is, asked by more than one construct: a marked line, an appendix
 * heading, an attachment list and its continuation.
 */

/** The marker at the start of a row, if any. */
export function rowMarker(row: Row): string | null {
  if (row.kind !== 'line') return null
  const m = markerPattern.exec(row.text)
  if (!m) return null
  const marker = m[1]
  // `-` or `*` glued to a number is not a marker (`-1.5%`, `*1`).
  if ((marker === '-' || marker === '·') && m[0].length === 1 && /^[-·]\d/.test(row.text)) return null
  return marker
}

/** Whether a row opens an appendix: `붙임 1`, `【붙임】`, `참고 2`, `[참고자료]`, `별첨` … */
export function isAppendixStart(row: Row): boolean {
  if (row.kind === 'blank' || row.kind === 'delimiter') return false
  const m = rowAppendixLabel(row)
  if (!m) return false
  const rest = row.text.slice(m[0].length).trim()
  // `붙임 1. A 2. B 끝.` lists and prose starting with 참고 are not appendix headings.
  if (/^(?:로|하여|해|하시기|바랍니다|하세요)/.test(rest)) return false
  // Nor is an entry of a table of contents (`별첨 … ······ 20`, or a title and its page in cells).
  if (isContentsEntry(rest) || (row.kind === 'row' && rest.length > (pageCell(row)?.length ?? Infinity) + 1)) return false
  if (row.kind === 'row') return true
  if (rest.length <= 80) return true
  // A text box flattened onto one line: `<별첨> Title □ first section …`.
  return m[0].length > 2 && isBracket(m[0].charCodeAt(0)) && sectionAfterTitle.test(rest)
}

/** Whether a text ends like an entry of a table of contents: three or more leader dots, then a page number. */
function isContentsEntry(text: string): boolean {
  // The page number: one to three digits at the end.
  let at = text.length - 1
  while (at >= 0 && at >= text.length - 3 && text[at] >= '0' && text[at] <= '9') at--
  if (at === text.length - 1) return false
  let dots = 0
  for (; at >= 0 && dots < 3; at--) {
    const c = text[at]
    if (leaderDots.includes(c)) dots++
    else if (c !== ' ' && c !== '\t') break
  }
  return dots >= 3
}

const leaderDots = '·.…‧ㆍ∙'

/** A row's last filled cell when it is a page number alone (a title before it in other cells), else null. */
function pageCell(row: Row): string | null {
  for (let k = row.cells.length - 1; k >= 0; k--) if (row.cells[k].text) return /^\d{1,3}$/.test(row.cells[k].text) ? row.cells[k].text : null
  return null
}

/** A title of at most 80 chars, then the box's first `□` section. */
const sectionAfterTitle = /^[^□]{2,80}\s□\s/

/** Whether a code opens a bracketed label: 【 < [ ( ［ 〔 ‹ 〈 《. */
const isBracket = startsOf(/[【<[(［〔‹〈《]/)

/** The end of a listed item: a copy count (`1부`, `2부.`) or the list's end (`끝.`). */
const listEnd = /\d\s*부\s*\.?$|끝\s*\.?$/

/** Whether an appendix-labelled row is an attachment list (`붙임 1. A 1부.`, `… 끝.`) rather than a heading. */
export function isAttachmentList(row: Row): boolean {
  const m = rowAppendixLabel(row)
  if (!m || row.kind !== 'line' || headsPagesOnly(m)) return false
  const rest = row.text.slice(m[0].length).trim()
  return /^\d{1,2}\.\s/.test(rest) || listEnd.test(rest) || /^\d{1,2}\.\s/.test(m[0].slice(-3) + rest)
}

/** Whether a label only heads pages and never lists attachments: `통계표` (the statistics tables). */
function headsPagesOnly(label: RegExpExecArray): boolean {
  return /^통 ?계 ?표$/.test(label[1])
}

/** Whether row `index` is a label alone (`붙임.`, `부 록`) whose next line is a listed item (`A 1부`, `A. 끝.`, `1. A`). */
export function isLabelOverListedItem(rows: readonly Row[], index: number): boolean {
  const row = rows[index]
  const m = row.kind === 'line' ? rowAppendixLabel(row) : null
  if (!m || headsPagesOnly(m) || row.text.slice(m[0].length).trim()) return false
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
