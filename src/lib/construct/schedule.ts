import type {Position} from 'unist'
import type {ScheduleRow, Table, TableCell, TableRow} from '../../types.js'
import {copyPosition, rowInlines, span, type Context} from '../context.js'
import {isAppendixStart, rowMarker} from './rows.js'
import {firstFilled, type Row} from '../stream.js'
import {codeAt} from '../chars.js'
import {alternation, dayPeriods, timeColumnLabels} from '../lexicon.js'

/*
 * Time-tables: tables and lists whose rows start with a time of day (`10:30~10:36`, `14:00`,
 * `오후 2시`, `오후 3시∼5시`), with an optional minutes column (`(5')`, `` `6 ``, `5분`), the
 * item and a note. Read from table rows (TAB cells, Markdown and HTML tables, document tables)
 * and from lines: a cell per line, a row per line, two rows on one line, or a table a PDF gives
 * column by column (the times, then the minutes, then the items).
 */

/** What a time-table row says. */
export interface ScheduleValues {
  /** `HH:MM`. */
  start: string
  /** `HH:MM`, or null when one time is printed. */
  end: string | null
  minutes: number | null
  /** The row's main content as printed (its bullet too). */
  item: string
  note: string | null
}

/** A time of day, or a span of two, read at the start of a text. */
export interface Clock {
  start: string
  end: string | null
  /** How many chars of the text it took, with the spaces after it. */
  length: number
}

/**
 * One time: `10:30`, `14시`, `오후 2시 30분`, `오전 10시 반`. The hour is not part of a longer
 * number, and `시` is not the start of a word (`시간`, `시행`, `시장` …).
 */
/** Words for the part of the day printed before a time (`오후 2시`). */
const periods = dayPeriods
/** Between two times of a span. */
const spanSeparator = /\s?[~～∼〜\-–—‐]\s?/y
/** Where a time is followed by a word of its own (`16:00까지`) it is not a row's time. */
const glued = /[가-힣A-Za-z\d]/

const colon = 0x3a
const wideColon = 0xff1a
/** 시 (U+C2DC), 분 (U+BD84), 반 (U+BC18). */
const si = 0xc2dc
const bun = 0xbd84
const ban = 0xbc18

interface Time {
  hour: number
  minute: number
  period: string | null
  length: number
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39

/** A number of one or two digits at `at`: its value and end, or null. */
function number(text: string, at: number): [number, number] | null {
  const a = text.charCodeAt(at)
  if (!isDigit(a)) return null
  const b = text.charCodeAt(at + 1)
  if (isDigit(b)) return isDigit(text.charCodeAt(at + 2)) ? null : [(a - 0x30) * 10 + b - 0x30, at + 2]
  return [a - 0x30, at + 1]
}

/**
 * One time at `at`: `10:30`, `14시`, `오후 2시 30분`, `오전 10시 반`. The hour is not part of a longer
 * number, and `시` is not the start of a word (`시간`, `시행`, `시장` …). Read char by char: this runs
 * on the first cell of every table row.
 */
function readTime(text: string, at: number): Time | null {
  let k = at
  let period: string | null = null
  const first = text.charCodeAt(k)
  if (!isDigit(first)) {
    for (const word of periods) {
      if (text.startsWith(word, k)) {
        period = word
        k += word.length
        if (text.charCodeAt(k) === 0x20) k++
        break
      }
    }
    if (period === null) return null
  }
  if (k > 0 && (isDigit(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === 0x2e)) return null
  const hour = number(text, k)
  if (!hour) return null
  k = hour[1]
  if (text.charCodeAt(k) === 0x20 && (text.charCodeAt(k + 1) === colon || text.charCodeAt(k + 1) === wideColon || text.charCodeAt(k + 1) === si)) k++
  let minute = 0
  const c = text.charCodeAt(k)
  if (c === colon || c === wideColon) {
    k++
    if (text.charCodeAt(k) === 0x20) k++
    if (!isDigit(text.charCodeAt(k)) || !isDigit(text.charCodeAt(k + 1)) || isDigit(text.charCodeAt(k + 2))) return null
    minute = (text.charCodeAt(k) - 0x30) * 10 + text.charCodeAt(k + 1) - 0x30
    k += 2
  } else if (c === si) {
    k++
    // `시` starting a word (`시간`, `시행`) is no time, unless minutes follow (`2시 30분`, `2시반`).
    let m = k
    if (text.charCodeAt(m) === 0x20) m++
    const minutes = number(text, m)
    let end = minutes ? minutes[1] : m
    if (minutes && text.charCodeAt(end) === 0x20) end++
    if (minutes && text.charCodeAt(end) === bun) {
      minute = minutes[0]
      k = end + 1
    } else if (text.charCodeAt(m) === ban) {
      minute = 30
      k = m + 1
    } else if (isHangul(text.charCodeAt(k))) return null
  } else return null
  if (hour[0] > 24 || minute > 59) return null
  return {hour: hour[0], minute, period, length: k - at}
}

function isHangul(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3
}

/** The hour of a time read on a 24-hour clock (`오후 2시` is 14). */
function hourOf(time: Time, startPeriod: string | null): number {
  const period = time.period ?? startPeriod
  let hour = time.hour
  if ((period === '오후' || period === '저녁' || period === '밤') && hour < 12) hour += 12
  else if (period === '낮' && hour < 6) hour += 12
  return hour
}

const pad = (n: number) => (n < 10 ? '0' : '') + n

/** The time or span of times a text starts with at `at`, or null. */
export function clockAt(text: string, at = 0): Clock | null {
  const first = readTime(text, at)
  if (!first) return null
  let end = at + first.length
  const startHour = hourOf(first, null)
  const start = `${pad(startHour)}:${pad(first.minute)}`
  spanSeparator.lastIndex = end
  const separator = spanSeparator.exec(text)
  let last: string | null = null
  if (separator) {
    const second = readTime(text, end + separator[0].length)
    if (second) {
      let hour = hourOf(second, first.period)
      // A span that ends after noon printed on a 12-hour clock (`12:30~1:30`).
      if (second.period === null && first.period === null && hour < startHour && hour + 12 <= 24) hour += 12
      last = `${pad(hour)}:${pad(second.minute)}`
      end += separator[0].length + second.length
    } else if (end + separator[0].length >= text.length || text.charCodeAt(end + separator[0].length) === 0x20) {
      // An open end (`10:53~`).
      end += separator[0].length
    }
  }
  if (end < text.length && glued.test(text[end])) return null
  while (end < text.length && text.charCodeAt(end) === 0x20) end++
  return {start, end: last, length: end - at}
}

/** Whether a text starts with a time of day (after a list marker), a cheap first look: a digit or `오`/`낮`/`저`/`밤`/`새`/`아`. */
function mayStartClock(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0xc624 || code === 0xb0ae || code === 0xc800 || code === 0xbc24 || code === 0xc0c8 || code === 0xc544
}

/** Minutes printed in a row: `5'`, `(5’)`, `` `6 ``, `‘15`, `3‘`, `5분`, `(10분)`. */
const minutesMark = /(?:[(（]\s?)?(?:[`'‘’′´]\s?(\d{1,3})(?![\d:])|(\d{1,3})\s?(?:[`'‘’′´]|분(?![가-힣])))(?:\s?[)）])?/y

/** The minutes a text starts with at `at` and how many chars they take, or null. */
function minutesAt(text: string, at: number): {minutes: number; length: number} | null {
  minutesMark.lastIndex = at
  const m = minutesMark.exec(text)
  if (!m) return null
  let end = at + m[0].length
  if (end < text.length && text.charCodeAt(end) !== 0x20) return null
  while (end < text.length && text.charCodeAt(end) === 0x20) end++
  return {minutes: Number(m[1] ?? m[2]), length: end - at}
}

/** A whole text that is a minutes cell: minutes with their mark, a bare number when `bare`, or a dash (none printed). */
function minutesCell(text: string, bare: boolean): {minutes: number | null} | null {
  if (text === '-' || text === '–' || text === '—') return {minutes: null}
  const m = minutesAt(text, 0)
  if (m && m.length === text.length) return {minutes: m.minutes}
  if (bare && /^\d{1,3}$/.test(text)) return {minutes: Number(text)}
  return null
}

/** A bullet before an item (`▸`, `￭`, `■`, `-` …). */
const itemBullet = /^(?:[■□▪▫◦•·∙‧ㆍ▸▹►▶▷‣￭●○◎◇◆◈☞\-–—]|o(?=\s))\s*/

/** The bullet an item starts with, or null. */
function bulletOf(text: string): string | null {
  const m = itemBullet.exec(text)
  return m && m[0].trim() !== '-' && m[0].trim() !== '–' && m[0].trim() !== '—' ? m[0].trim() : null
}

/** The minutes between two `HH:MM` times. */
function between(start: string, end: string | null): number | null {
  if (end === null) return null
  const a = Number(start.slice(0, 2)) * 60 + Number(start.slice(3))
  const b = Number(end.slice(0, 2)) * 60 + Number(end.slice(3))
  return b >= a ? b - a : null
}

/** A row being read: its time, minutes, item and notes, and the pieces (cells or lines) they came from. */
interface Draft {
  clock: Clock | null
  /** Undefined until a minutes cell is read (null: a dash, none printed). */
  minutes: number | null | undefined
  item: string | null
  notes: string[]
  /** Pieces read into it: time, minutes, item, notes (index into the list of pieces). */
  pieces: {time: Piece | null; minutes: Piece | null; item: Piece | null; notes: Piece[]}
}

/** Part of a row's source: a cell, or a line, or a stretch of one (normalised offsets). */
export interface Piece {
  /** The row of the stream it lies in. */
  row: number
  start: number
  end: number
}

function draft(clock: Clock | null): Draft {
  return {clock, minutes: undefined, item: null, notes: [], pieces: {time: null, minutes: null, item: null, notes: []}}
}

function finish(d: Draft, clock: Clock): ScheduleValues {
  const minutes = d.minutes ?? between(clock.start, clock.end)
  return {start: clock.start, end: clock.end, minutes, item: d.item ?? '', note: d.notes.length ? d.notes.join(' ') : null}
}

/**
 * Read the cells of one table row (their texts, in order) as a time-table row: the first filled
 * cell starts with a time (and may go on with the minutes and the item), then the minutes, the
 * item and the notes. `inherited`: the time of the row above, for a row whose time cell it shares
 * (merged: empty here, or left out).
 */
function readCells(texts: string[], inherited: Clock | null): {values: ScheduleValues; d: Draft; parts: Array<'time' | 'minutes' | 'item' | 'note'>} | null {
  const d = draft(null)
  const parts: Array<'time' | 'minutes' | 'item' | 'note'> = []
  let k = 0
  while (k < texts.length && texts[k] === '') {
    parts.push('note')
    k++
  }
  if (k >= texts.length) return null
  const clock = clockAt(texts[k])
  if (clock) {
    d.clock = clock
    let rest = texts[k].slice(clock.length)
    const m = rest ? minutesAt(rest, 0) : null
    if (m) {
      d.minutes = m.minutes
      rest = rest.slice(m.length)
    }
    rest = rest.replace(/^[:：\-–]\s+/, '')
    if (rest) d.item = rest
    parts.push('time')
    k++
  } else if (inherited) d.clock = inherited
  else return null
  for (; k < texts.length; k++) {
    const text = texts[k]
    if (text === '') {
      parts.push('note')
      continue
    }
    const m = d.minutes === undefined && d.item === null ? minutesCell(text, parts[parts.length - 1] === 'time') : null
    if (m) {
      d.minutes = m.minutes
      parts.push('minutes')
    } else if (d.item === null) {
      d.item = text
      parts.push('item')
    } else {
      d.notes.push(text)
      parts.push('note')
    }
  }
  return {values: finish(d, d.clock!), d, parts}
}

/** A header cell of a time-table's time column. */
const timeHeader = new RegExp(`^(?:${alternation(timeColumnLabels)})$`)

/**
 * The time-table rows of a run of table rows (`ctx.rows[from…to)`), one entry per row (null for
 * a row that is not one): rows whose first filled cell starts with a time, and rows under one that
 * share its time (the time cell merged over both: empty, or left out, and a minutes cell or two
 * cells filled). A table of single times (`10:53`) counts when it prints two of them, a span, or
 * a time column header.
 */
export function scheduleOfRows(ctx: Context, from: number, to: number): Array<ScheduleValues | ScheduleRow[] | null> | null {
  const rows = ctx.rows
  // First the rows that start with a time: most tables have none, and are left at that.
  let timed = 0
  let spans = 0
  let leads: boolean[] | null = null
  for (let k = from; k < to; k++) {
    const row = rows[k]
    if (row.kind !== 'row') continue
    const first = firstFilled(row)
    if (!first || !mayStartClock(first.text.charCodeAt(0))) continue
    const clock = clockAt(first.text)
    if (!clock) continue
    timed++
    if (clock.end !== null) spans++
    leads ??= new Array<boolean>(to - from).fill(false)
    leads[k - from] = true
  }
  if (timed === 0 || leads === null) return null
  if (spans === 0 && timed < 2) {
    // Single times count under a time column's header (`시간 | 내용`).
    let header = false
    for (let k = from; k < to && !header; k++) for (const cell of rows[k].cells) if (timeHeader.test(cell.text)) header = true
    if (!header) return null
  }
  const out = new Array<ScheduleValues | ScheduleRow[] | null>(to - from).fill(null)
  let previous: Clock | null = null
  for (let k = from; k < to; k++) {
    const row = rows[k]
    if (row.kind !== 'row') {
      if (row.kind !== 'delimiter') previous = null
      continue
    }
    const leadsWithTime = leads[k - from]
    if (!leadsWithTime && !previous) continue
    const texts = row.cells.map((c) => c.text)
    const first = firstFilled(row)
    let shares = false
    if (!leadsWithTime && previous && first) {
      // Under a time-table row: the time cell merged (empty, or left out: a minutes cell first).
      let filled = 0
      for (const t of texts) if (t) filled++
      shares = (texts[0] === '' && filled >= 2) || minutesCell(first.text, false) !== null
    }
    const many = leadsWithTime ? rowsInCells(ctx, row) : null
    if (many) {
      out[k - from] = many
      previous = null
      continue
    }
    const read: ReturnType<typeof readCells> = leadsWithTime || shares ? readCells(texts, shares ? previous : null) : null
    out[k - from] = read ? read.values : null
    previous = read ? (read.d.clock ?? null) : null
  }
  return out
}

/** A time span, and the minutes after it, anywhere in a text. */
const spanAnywhere = /(?<![\d:])\d{1,2}\s?[:：]\s?\d{2}\s?[~～∼〜\-–—‐]\s?\d{1,2}\s?[:：]\s?\d{2}(?![\d가-힣])/g
/** Line breaks of a Markdown cell, two or more (a paragraph of the cell). */
const paragraphBreaks = /<br\s*\/?>(?:\s*<br\s*\/?>)+/gi

/**
 * The rows of a table row that prints several (a converter put the rows of a table without rules
 * in one: `14:00~14:03 3‘<br><br>14:03~14:05 2‘ | ▪인사말씀<br><br>▪사업취지 …`): its first cell
 * holds two time spans or more; the item cell is split at its items' bullet, or at the cell's
 * paragraphs, and so is the note cell. Each row has no position: its `spans` tell where its
 * values were read. Null when the row prints one row.
 */
function rowsInCells(ctx: Context, row: Row): ScheduleRow[] | null {
  // Two spans print four colons at least.
  const lead = firstFilled(row)!.text
  let colons = 0
  for (let at = lead.indexOf(':'); at >= 0 && colons < 4; at = lead.indexOf(':', at + 1)) colons++
  if (colons < 4) return null
  const cells = row.cells.filter((c) => c.text !== '')
  const first = cells[0]
  const times: Array<{clock: Clock; minutes: number | undefined; start: number; end: number}> = []
  const raw = ctx.norm.slice(first.start, first.end)
  spanAnywhere.lastIndex = 0
  for (let m = spanAnywhere.exec(raw); m; m = spanAnywhere.exec(raw)) {
    const clock = clockAt(raw, m.index)
    if (!clock) continue
    const after = minutesAt(raw, m.index + clock.length)
    times.push({clock, minutes: after?.minutes, start: first.start + m.index, end: first.start + m.index + clock.length + (after?.length ?? 0)})
  }
  if (times.length < 2) return null
  const parts = (index: number, byBullet: boolean): Array<{text: string; start: number; end: number}> => {
    const cell = cells[index]
    if (!cell) return []
    const source = ctx.norm.slice(cell.start, cell.end)
    const bullet = byBullet ? bulletOf(cell.text) : null
    const out: Array<{text: string; start: number; end: number}> = []
    const push = (a: number, b: number) => {
      const text = source.slice(a, b).replace(/<br\s*\/?>/gi, ' ').replace(/\s+/g, ' ').trim()
      if (text) out.push({text, start: cell.start + a, end: cell.start + b})
    }
    let last = 0
    if (bullet) {
      for (let at = source.indexOf(bullet, 1); at >= 0; at = source.indexOf(bullet, at + 1)) {
        push(last, at)
        last = at
      }
    } else {
      paragraphBreaks.lastIndex = 0
      for (let m = paragraphBreaks.exec(source); m; m = paragraphBreaks.exec(source)) {
        push(last, m.index)
        last = m.index + m[0].length
      }
    }
    push(last, source.length)
    return out
  }
  const items = parts(1, true)
  const notes = parts(2, false)
  if (items.length !== times.length) return null
  const position = (start: number, end: number) => [ctx.locator.position(start, end)]
  return times.map((time, k) => {
    const note = notes.length === times.length ? notes[k] : null
    const spans: NonNullable<ScheduleRow['spans']> = {start: position(time.start, time.end), end: position(time.start, time.end), item: position(items[k].start, items[k].end)}
    if (note) spans.note = position(note.start, note.end)
    const minutes = time.minutes ?? between(time.clock.start, time.clock.end)
    return {type: 'scheduleRow', start: time.clock.start, end: time.clock.end, minutes, item: items[k].text, note: note ? note.text : null, children: [], spans}
  })
}

/** Whether a line starts with a time of day, after its marker if any: a time-table may start there. */
export function startsWithClock(row: Row, marker: string | null): boolean {
  if (row.kind !== 'line') return false
  if (!marker) return mayStartClock(row.lead) && clockAt(row.text) !== null
  let at = row.text.indexOf(marker) + marker.length
  while (at < row.text.length && row.text.charCodeAt(at) === 0x20) at++
  return mayStartClock(row.text.charCodeAt(at)) && clockAt(row.text, at) !== null
}

/** What a line of a time-table read from lines is: a time (and what follows), minutes (and what follows), text, or blank. */
function classify(row: Row): Line {
  if (row.kind === 'blank' || row.kind === 'delimiter' || row.pageMark) return {kind: 'blank', marker: null, at: 0, clock: null, minutes: null, rest: '', text: ''}
  const text = row.text
  const whole = minutesCell(text, false)
  if (whole) return {kind: 'minutes', marker: null, at: 0, clock: null, minutes: whole.minutes, rest: '', text}
  const marker = rowMarker(row)
  let at = 0
  if (marker) {
    at = text.indexOf(marker) + marker.length
    while (at < text.length && text.charCodeAt(at) === 0x20) at++
  }
  const code = text.charCodeAt(at)
  const clock = mayStartClock(code) ? clockAt(text, at) : null
  if (clock) {
    const m = minutesAt(text, at + clock.length)
    let restAt = at + clock.length + (m ? m.length : 0)
    // A colon or a dash between the time and the item (`오후 2시 : 개회`).
    const separator = /^[:：\-–]\s+/.exec(text.slice(restAt))
    if (separator) restAt += separator[0].length
    return {kind: 'time', marker, at, clock, minutes: m ? m.minutes : undefined, minutesAt: m ? at + clock.length : -1, restAt, rest: text.slice(restAt), text}
  }
  const m = minutesAt(text, at)
  if (m && /[`'‘’′´분]/.test(text.slice(at, at + m.length))) return {kind: 'minutes', marker, at, clock: null, minutes: m.minutes, restAt: at + m.length, rest: text.slice(at + m.length), text}
  // A text line's bullet is part of what it says (an item as printed).
  return {kind: 'text', marker, at: 0, clock: null, minutes: null, rest: text, text}
}

interface Line {
  kind: 'blank' | 'time' | 'minutes' | 'text'
  marker: string | null
  /** Where the content starts, after the marker. */
  at: number
  clock: Clock | null
  minutes: number | null | undefined
  minutesAt?: number
  restAt?: number
  /** What follows the time and minutes (a `time` or `minutes` line), or the text after the marker. */
  rest: string
  text: string
}

/** Markers that end a time-table read from lines: a new item, section, note or appendix. */
const stopMarkers = new Set(['□', '■', '◇', '◆', '○', '●', '◎', 'ㅇ', '※', '▲', '󰊱', '󰊲', '󰊳', '󰊴', '󰊵', '◈', '☞'])

function stops(ctx: Context, row: Row, line: Line): boolean {
  if (row.kind === 'row') return true
  if (line.kind !== 'text') return false
  if (line.marker && (stopMarkers.has(line.marker) || /^(?:[①-⑳❶-❿➊-➓⓵-⓾]|[Ⅰ-Ⅻ]\.|\d{1,2}\.|\(\d{1,2}\)|[가-하]\.|\([가-하]\))$/.test(line.marker))) return true
  if (line.text.length > 150 || isAppendixStart(row)) return true
  // A Markdown heading.
  return codeAt(ctx.norm, row.start) === 0x23
}

/** Where a time span starts inside a line's rest (a second row on the same line: `… 송승호 교수 14:25~14:45 (20’) ￭ …`). */
const innerSpan = /\s(?=\d{1,2}\s?[:：]\s?\d{2}\s?[~～∼〜\-–—‐]\s?\d{1,2}\s?[:：]\s?\d{2}(?![\d가-힣]))/g

/**
 * A time-table printed as lines, from row `from` (a line that starts with a time): the lines up
 * to a new item, section, note, table or appendix, read row by row. A line that starts with a
 * time opens a row (or gives the time of rows read before it whose minutes add up to its span, as
 * a PDF prints a merged time cell); minutes and item lines fill the first row still without them
 * (a table given column by column fills rows in turn), or open a row sharing the time above;
 * other lines are the last row's notes. When the items start with a bullet, only lines with it
 * are items. Null when fewer than two lines start with a time.
 */
export function readTimeTable(ctx: Context, from: number, to: number): {table: Table; end: number} | null {
  const rows = ctx.rows
  const lines: Array<{index: number; line: Line}> = []
  let times = 0
  let sinceTime = 0
  let end = from
  for (let k = from; k < to; k++) {
    const row = rows[k]
    const line = classify(row)
    if (line.kind === 'blank') continue
    if (k > from && stops(ctx, row, line)) break
    if (line.kind === 'time') {
      times++
      sinceTime = 0
    } else if (line.kind === 'minutes') sinceTime = 0
    else if (++sinceTime > 12) break
    lines.push({index: k, line})
    end = k + 1
  }
  // Lines after the last time or minutes that are not an item's are the table's only when few.
  if (times < 2) return null
  // The bullet most items start with, if any.
  const bullets = new Map<string, number>()
  for (const {line} of lines) {
    const b = line.kind === 'text' ? bulletOf(line.rest) : line.rest ? bulletOf(line.rest) : null
    if (b) bullets.set(b, (bullets.get(b) ?? 0) + 1)
  }
  let bullet: string | null = null
  let most = 1
  for (const [b, n] of bullets) if (n > most) [bullet, most] = [b, n]

  const drafts: Draft[] = []
  /** Rows read before the time they share or wait for. */
  let waiting: Draft[] = []
  const piece = (index: number, text: string, start: number, length: number): Piece => {
    const row = rows[index]
    const cell = row.cells[0]
    // The stretch's offsets in the normalised text: found in the line's source, else the whole line.
    const raw = ctx.norm.slice(cell.start, cell.end)
    const part = text.slice(start, start + length).trim()
    const found = part ? raw.indexOf(part) : -1
    return found >= 0 ? {row: index, start: cell.start + found, end: cell.start + found + part.length} : {row: index, start: cell.start, end: cell.end}
  }
  // The first row still without minutes, or without an item: rows only gain them, so each is a
  // pointer that moves forward (a table of thousands of rows is read in one pass).
  const without = {minutes: 0, item: 0}
  const firstWithout = (what: 'minutes' | 'item'): Draft | undefined => {
    let k = without[what]
    while (k < drafts.length && (what === 'minutes' ? drafts[k].minutes !== undefined : drafts[k].item !== null)) k++
    without[what] = k
    return drafts[k]
  }
  const lastTimed = () => {
    for (let k = drafts.length - 1; k >= 0; k--) if (drafts[k].clock) return drafts[k]
    return null
  }
  const settle = (clock: Clock | null): boolean => {
    // Rows waiting for a time: the span's minutes add up to theirs, or one row without minutes.
    if (waiting.length === 0) return false
    const span = clock ? between(clock.start, clock.end) : null
    let taken = 0
    if (clock && span !== null && waiting.every((d) => typeof d.minutes === 'number')) {
      let sum = 0
      for (const d of waiting) {
        sum += d.minutes as number
        taken++
        if (sum >= span) break
      }
      if (sum !== span) taken = 0
    } else if (clock && waiting.length === 1 && waiting[0].minutes === undefined) taken = 1
    if (taken > 0) {
      // The rows after those the span covers wait for the next time.
      for (let k = 0; k < taken; k++) waiting[k].clock = clock
      waiting = waiting.slice(taken)
      return true
    }
    // None: they share the time of the row above (its time cell merged over them).
    const shared = lastTimed()
    for (const d of waiting) d.clock = shared?.clock ?? null
    waiting = []
    return false
  }
  for (const {index, line} of lines) {
    if (line.kind === 'time') {
      // One line may print two rows: split its rest where a second span starts.
      const rests = line.rest ? splitRows(line.rest) : [{text: '', at: 0}]
      if (!line.rest && line.minutes === undefined && settle(line.clock)) continue
      const orphan = waiting.length === 1 && waiting[0].minutes === undefined ? waiting[0] : null
      if (!line.rest && line.minutes !== undefined && orphan && settle(line.clock)) {
        orphan.minutes = line.minutes
        orphan.pieces.time = piece(index, line.text, line.at, line.clock!.length)
        continue
      }
      settle(null)
      const restAt = line.restAt ?? line.text.length
      for (let r = 0; r < rests.length; r++) {
        const {text, at: partAt} = rests[r]
        let d: Draft
        if (r === 0) {
          d = draft(line.clock)
          d.pieces.time = piece(index, line.text, line.at, line.clock!.length)
          if (line.minutes !== undefined) {
            d.minutes = line.minutes
            d.pieces.minutes = piece(index, line.text, line.minutesAt!, (line.restAt ?? 0) - line.minutesAt!)
          }
          if (text) {
            d.item = text
            d.pieces.item = piece(index, line.text, restAt, text.length)
          }
        } else {
          const at = restAt + partAt
          const clock = clockAt(text)!
          d = draft(clock)
          d.pieces.time = piece(index, line.text, at, clock.length)
          let rest = text.slice(clock.length)
          const m = minutesAt(rest, 0)
          if (m) {
            d.minutes = m.minutes
            d.pieces.minutes = piece(index, line.text, at + clock.length, m.length)
            rest = rest.slice(m.length)
          }
          if (rest) {
            d.item = rest
            d.pieces.item = piece(index, line.text, at + text.length - rest.length, rest.length)
          }
        }
        drafts.push(d)
      }
      continue
    }
    if (line.kind === 'minutes') {
      let d = firstWithout('minutes')
      if (!d) {
        d = draft(null)
        drafts.push(d)
        waiting.push(d)
      }
      d.minutes = line.minutes
      d.pieces.minutes = piece(index, line.text, line.at, (line.restAt ?? line.text.length) - line.at)
      if (line.rest && d.item === null && (!bullet || bulletOf(line.rest) === bullet)) {
        d.item = line.rest
        d.pieces.item = piece(index, line.text, line.restAt!, line.rest.length)
      } else if (line.rest) {
        d.notes.push(line.rest)
        d.pieces.notes.push(piece(index, line.text, line.restAt!, line.rest.length))
      }
      continue
    }
    // A text line: the first row without an item takes it (with the items' bullet, if they have one).
    const isItem = !bullet || bulletOf(line.rest) === bullet
    let d = isItem ? firstWithout('item') : undefined
    if (!d && isItem && bullet) {
      // An item printed before its time (a PDF centres the time cell of a tall row).
      d = draft(null)
      drafts.push(d)
      waiting.push(d)
    }
    if (d) {
      d.item = line.rest
      d.pieces.item = piece(index, line.text, line.at, line.rest.length)
    } else {
      const last = drafts[drafts.length - 1]
      last.notes.push(line.text)
      last.pieces.notes.push(piece(index, line.text, 0, line.text.length))
    }
  }
  settle(null)
  const values: Array<{values: ScheduleValues; d: Draft}> = []
  for (const d of drafts) if (d.clock && d.item !== null) values.push({values: finish(d, d.clock), d})
  if (values.length < 2) return null
  return {table: timeTableNode(ctx, from, end, values), end}
}

/** A line's rest split where a further time span starts (each part a row, with where it starts in the rest). */
function splitRows(rest: string): Array<{text: string; at: number}> {
  const out: Array<{text: string; at: number}> = []
  let last = 0
  innerSpan.lastIndex = 0
  for (let m = innerSpan.exec(rest); m; m = innerSpan.exec(rest)) {
    out.push({text: rest.slice(last, m.index), at: last})
    last = m.index + 1
  }
  out.push({text: rest.slice(last), at: last})
  return out
}

/**
 * The table node of a time-table read from lines `from…end`: each row a `scheduleRow` of its
 * lines (a cell each) when every row is a run of lines of its own; else (rows sharing a line, or
 * a table given column by column) a `tableRow` per line, then a `scheduleRow` per row without a
 * position, whose `spans` tell where each value was read.
 */
function timeTableNode(ctx: Context, from: number, end: number, values: Array<{values: ScheduleValues; d: Draft}>): Table {
  const rows = ctx.rows
  const lineCell = (index: number): TableCell => {
    const inlines = rowInlines(ctx, rows[index])
    return {type: 'tableCell', children: inlines, position: span(inlines)}
  }
  // Each row's lines, and whether they follow one another without sharing.
  const ranges: Array<[number, number]> = []
  let runs = true
  let next = from
  for (const {d} of values) {
    const indices = [d.pieces.time, d.pieces.minutes, d.pieces.item, ...d.pieces.notes].filter((p): p is Piece => p !== null).map((p) => p.row)
    let low = Infinity
    let high = -Infinity
    for (const index of indices) {
      if (index < low) low = index
      if (index > high) high = index
    }
    if (low < next) runs = false
    for (let k = low; k <= high && runs; k++) if (!indices.includes(k) && rows[k].kind !== 'blank' && !rows[k].pageMark) runs = false
    ranges.push([low, high])
    next = high + 1
  }
  // Every line of the table belongs to a row.
  if (runs) {
    let k = from
    for (const [low, high] of ranges) {
      for (; k < low; k++) if (rows[k].kind !== 'blank' && !rows[k].pageMark) runs = false
      k = high + 1
    }
    for (; k < end; k++) if (rows[k].kind !== 'blank' && !rows[k].pageMark) runs = false
  }
  const children: Table['children'] = []
  if (runs) {
    values.forEach(({values: v}, r) => {
      const [low, high] = ranges[r]
      const cells: TableCell[] = []
      for (let k = low; k <= high; k++) if (rows[k].kind !== 'blank' && !rows[k].pageMark) cells.push(lineCell(k))
      children.push({type: 'scheduleRow', start: v.start, end: v.end, minutes: v.minutes, item: v.item, note: v.note, children: cells, position: span(cells)})
    })
  } else {
    for (let k = from; k < end; k++) {
      if (rows[k].kind === 'blank' || rows[k].pageMark) continue
      const cell = lineCell(k)
      const row: TableRow = {type: 'tableRow', children: [cell], position: copyPosition(cell.position)}
      children.push(row)
    }
    for (const {values: v, d} of values) {
      const at = (p: Piece | null): Position[] | undefined => (p ? [ctx.locator.position(p.start, p.end)] : undefined)
      const spans: NonNullable<ScheduleRow['spans']> = {}
      if (d.pieces.time) {
        spans.start = at(d.pieces.time)
        spans.end = at(d.pieces.time)
      }
      if (d.pieces.minutes) spans.minutes = at(d.pieces.minutes)
      if (d.pieces.item) spans.item = at(d.pieces.item)
      if (d.pieces.notes.length) spans.note = d.pieces.notes.map((p) => ctx.locator.position(p.start, p.end))
      children.push({type: 'scheduleRow', start: v.start, end: v.end, minutes: v.minutes, item: v.item, note: v.note, children: [], spans})
    }
  }
  return {type: 'table', role: 'schedule', children, position: span(children)}
}
