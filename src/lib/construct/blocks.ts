import type {AttachmentItem, Attachments, Block, Inline, Item, Paragraph, ScheduleRow, Table, TableRow} from '../../types.js'
import {report} from '../../messages.js'
import {LazyScheduleRow, LazyTableRow} from '../lazy-nodes.js'
import {rowInlines, span, tableRow, type Context} from '../context.js'
import {join} from '../locate.js'
import {isAppendixStart, isAttachmentListContinuation, isLabelOverListedItem, rowMarker} from './rows.js'
import {readTimeTable, scheduleOfRows, startsWithClock} from './schedule.js'
import {truncate, append} from '../arrays.js'
import {appendixLabelAt} from '../patterns.js'

const kindOfMarker = new Map<string, string>()

/** The marker kind of a printed marker: numbers of one style share a kind. */
export function markerKind(marker: string): string {
  // Releases print few distinct markers: each is classified once.
  let kind = kindOfMarker.get(marker)
  if (kind === undefined) {
    kind = classifyMarker(marker)
    if (kindOfMarker.size < 1000) kindOfMarker.set(marker, kind)
  }
  return kind
}

function classifyMarker(marker: string): string {
  if (/^[①-⑳]$/.test(marker)) return '①'
  if (/^[❶-❿]$/.test(marker)) return '❶'
  if (/^[➊-➓]$/.test(marker)) return '➊'
  if (/^[󰊱-󰊵]$/u.test(marker)) return '󰊱'
  if (/^\d+\.$/.test(marker)) return '1.'
  if (/^\(\d+\)$/.test(marker)) return '(1)'
  if (/^[가-하]\.$/.test(marker)) return '가.'
  if (/^\([가-하]\)$/.test(marker)) return '(가)'
  if (/^[Ⅰ-Ⅻ]\.$/.test(marker)) return 'Ⅰ.'
  if (marker === '–') return '-'
  if (marker === 'ㆍ' || marker === '‧' || marker === '∙') return '·'
  return marker
}

/**
 * Read rows `from`…`to` into blocks: marked items nested by the order their marker kinds
 * first appear, tables from runs of multi-cell rows, paragraphs otherwise.
 */
export function readBlocks(ctx: Context, from: number, to: number): Block[] {
  const out: Block[] = []
  const stack: Item[] = []
  const kinds: string[] = []
  let i = from
  let blankBefore = false
  while (i < to) {
    const row = ctx.rows[i]
    if (row.kind === 'blank') {
      blankBefore = true
      i++
      continue
    }
    const afterBlank = blankBefore
    blankBefore = false
    if (row.kind === 'row' || row.kind === 'delimiter') {
      const from = i
      let onlyMarkup = true
      while (i < to && (ctx.rows[i].kind === 'row' || ctx.rows[i].kind === 'delimiter')) {
        if (ctx.rows[i].kind === 'row') onlyMarkup = false
        i++
      }
      // Markup alone (`<table>`, `|---|`) makes no table; it stays as syntax.
      if (onlyMarkup) continue
      const rows: Array<TableRow | ScheduleRow> = []
      const schedule = scheduleOfRows(ctx, from, i)
      // Rows whose cell count differs from the table's usual count are reported (merged cells lost).
      const counts = new Map<number, number>()
      for (let k = from; k < i; k++) if (ctx.rows[k].kind === 'row') counts.set(ctx.rows[k].cells.length, (counts.get(ctx.rows[k].cells.length) ?? 0) + 1)
      let usual = 0
      let most = 0
      for (const [count, n] of counts) if (n > most || (n === most && count > usual)) [usual, most] = [count, n]
      for (let k = from; k < i; k++) {
        const node = tableRow(ctx, ctx.rows[k])
        if (ctx.rows[k].kind === 'row' && counts.size > 1 && ctx.rows[k].cells.length !== usual) report(ctx.file, 'ragged-table-row', node.position, ctx.rows[k].cells.length, usual)
        const times = schedule ? schedule[k - from] : null
        if (times === null) rows.push(node)
        else if (Array.isArray(times)) {
          // A row that prints several: the row as printed, then the rows it gives.
          rows.push(node)
          append(rows, times)
        } else if (node instanceof LazyTableRow) rows.push(new LazyScheduleRow(node, times))
        else rows.push({type: 'scheduleRow', start: times.start, end: times.end, minutes: times.minutes, item: times.item, note: times.note, children: node.children, position: node.position})
      }
      const table: Table = {type: 'table', role: schedule && schedule.some((v) => v !== null) ? 'schedule' : null, children: rows, position: span(rows)}
      // A table belongs to the item it follows, never to a note (※, *).
      while (stack.length > 0 && /^(?:※|\*+)$/.test(stack[stack.length - 1].marker)) stack.pop()
      place(out, stack, table)
      continue
    }
    if (isAppendixStart(row)) {
      // An attachment list: the labelled line and its numbered continuation lines.
      const children = rowInlines(ctx, row)
      // A label alone (`붙임.`) lists the item on its next line (`A 1부`).
      if (isLabelOverListedItem(ctx.rows, i)) {
        let k = i + 1
        while (k < to && ctx.rows[k].kind === 'blank') k++
        if (k < to) {
          append(children, rowInlines(ctx, ctx.rows[k]))
          i = k
        }
      }
      i++
      // Numbered items go on, on the next lines or past a blank line (Markdown paragraphs).
      let last = i - 1
      for (let k = i; k < to && !/끝 ?\.?$/.test(ctx.rows[last].text); k++) {
        if (ctx.rows[k].kind === 'blank' && k === last + 1) continue
        if (!isAttachmentListContinuation(ctx.rows[k])) break
        append(children, rowInlines(ctx, ctx.rows[k]))
        last = k
      }
      i = last + 1
      truncate(stack, 0)
      const list: Attachments = {type: 'attachments', children, position: span(children)}
      append(list.children, attachmentItems(ctx, children))
      out.push(list)
      continue
    }
    const marker = rowMarker(row)
    if (startsWithClock(row, marker)) {
      // Lines that start with times of day: a time-table printed as lines.
      const found = readTimeTable(ctx, i, to)
      if (found) {
        while (stack.length > 0 && /^(?:※|\*+)$/.test(stack[stack.length - 1].marker)) stack.pop()
        place(out, stack, found.table)
        i = found.end
        continue
      }
    }
    const inlines = rowInlines(ctx, row)
    // Text wrapped at the page width continues on the next line (PDF text).
    if (ctx.wrapWidth) {
      let last = row
      while (
        i + 1 < to &&
        last.text.length >= ctx.wrapWidth * 0.7 &&
        ctx.rows[i + 1].kind === 'line' &&
        !rowMarker(ctx.rows[i + 1]) &&
        !isAppendixStart(ctx.rows[i + 1])
      ) {
        i++
        last = ctx.rows[i]
        append(inlines, rowInlines(ctx, last))
      }
    }
    if (!marker) {
      const paragraph: Paragraph = {type: 'paragraph', children: inlines, position: span(inlines)}
      // An unmarked line right under an item continues it; after a blank line it stands alone.
      place(out, stack, paragraph, afterBlank)
      i++
      continue
    }
    const kind = markerKind(marker)
    let level = kinds.indexOf(kind)
    if (level === -1) {
      // A new marker kind nests under the current item.
      level = stack.length
      truncate(kinds, level)
      kinds.push(kind)
    } else {
      truncate(kinds, level + 1)
    }
    truncate(stack, level)
    const item: Item = {type: 'item', marker, depth: stack.length + 1, children: inlines, position: span(inlines)}
    if (stack.length > 0) {
      const parent = stack[stack.length - 1]
      parent.children.push(item)
      extend(stack, item)
    } else out.push(item)
    stack.push(item)
    i++
  }
  return out
}

function place(out: Block[], stack: Item[], node: Block, paragraph = false): void {
  if (paragraph || stack.length === 0) {
    truncate(stack, 0)
    out.push(node)
    return
  }
  const parent = stack[stack.length - 1]
  parent.children.push(node)
  extend(stack, node)
}

function extend(stack: Item[], node: {position?: Item['position']}): void {
  if (!node.position) return
  for (const item of stack) {
    if (item.position) item.position = join(item.position, node.position)
  }
}

/**
 * The items an attachment list names (`붙임 1. A 1부. 2. B. 끝.`, or one item under an
 * unnumbered label), each with the list's label word and its number.
 */
function attachmentItems(ctx: Context, lines: Inline[]): AttachmentItem[] {
  // Each line without the Markdown list bullet a converter put before it (`- 붙임 1. …`, `- 2. …`).
  const value = lines.map((line) => ctx.text.of(line).replace(/^[-*+]\s+/, '')).join(' ')
  const m = appendixLabelAt(value)
  const word = m ? m[1].replace(/\s+/g, '') : '붙임'
  // A number right after the label is the first item's (`붙임 1. A 1부.`).
  const rest = m ? (m[2] ? `${m[2]}. ` : '') + value.slice(m[0].length) : value
  const out: AttachmentItem[] = []
  for (const piece of rest.split(/(?:^|\s)(?=\d{1,2}\.\s)/)) {
    const item = piece.trim()
    if (!item) continue
    const n = /^(\d{1,2})\.\s+(\S.*)$/.exec(item)
    // Without the list's end (`끝.`), the copy count (`1부`) and the separators printed after them.
    const title = (n ? n[2] : item).replace(/ ?끝 ?\.? ?$/, '').replace(/[.,，] ?$/, '').replace(/(?<=\S)\s*\d{1,2}\s*부\s*[.,，]?$/, '').trim()
    if (title) out.push({type: 'attachmentItem', label: n ? `${word} ${Number(n[1])}` : word, title})
  }
  return out
}
