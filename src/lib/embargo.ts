import type {Channel, Edition, Embargo} from '../press-release.js'
import {addDays, findDates, findDays, findTimedDates, findTimes, isoDate, nextWeekday, pad, weekdayOf, type DateMatch} from './date.js'
import {channelPattern, editionPattern, immediatePattern, innerBareChannelPattern, allMatches} from './patterns.js'
import {lastOf} from './arrays.js'

/** What reading a header value inferred, for diagnostics. */
export interface Inference {
  kind: 'year-inferred' | 'edition-date-inferred' | 'month-inferred'
  args: string[]
  /** The value inferred: its path in the moment read (`date`, `channels[1].edition.date`). */
  field: string
}

/** A date the header prints, beside which a day without its month (`14(월)`) is read. */
export interface NearDate {
  year: number | null
  month: number
  day: number
}

/**
 * A day printed without its month (`14(월)`), beside the header's date `near`: in the month of
 * `near` or the next, the one whose weekday is the printed one (with a year to tell), else the
 * first on or after `near`.
 */
function monthOfDay(day: DateMatch, near: NearDate, year: number | null): DateMatch {
  const y = year ?? near.year
  const next = near.month === 12 ? {year: y === null ? null : y + 1, month: 1} : {year: y, month: near.month + 1}
  const same = {year: y, month: near.month}
  const fits = (o: {year: number | null; month: number}) => o.year !== null && day.weekday !== null && day.day <= monthLength(o.year, o.month) && weekdayOf(o.year, o.month, day.day) === day.weekday
  const chosen = fits(same) ? same : fits(next) ? next : day.day >= near.day ? same : next
  // The year is the one `resolveYear` gives the month's dates, unless the month turned over the year's end.
  return {...day, month: chosen.month, year: chosen.month === 1 && near.month === 12 ? chosen.year : null}
}

/** How many days a month of a year has. */
function monthLength(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * The dates of a value: those printed whole, a month and day before a time (`9. 3. 12:00`), and
 * days printed without a month (`14(월)`) read beside `near`.
 */
function datesOf(raw: string, year: number | null, near: NearDate | null, inferences: Inference[], field: string, read?: Map<DateMatch, Inference>): DateMatch[] {
  const dates = findDates(raw)
  // A month and day with a time and no weekday (`온라인 9. 3. 12:00`) is a date in a header's value.
  const timed = findTimedDates(raw, dates)
  if (timed.length > 0) {
    for (const d of timed) dates.push(d)
    dates.sort((a, b) => a.index - b.index)
  }
  if (near === null) return dates
  const days = findDays(raw, dates)
  if (days.length === 0) return dates
  for (const day of days) {
    const month = monthOfDay(day, near, year)
    const inference: Inference = {kind: 'month-inferred', args: [raw.slice(day.index, day.end), String(month.month)], field}
    inferences.push(inference)
    read?.set(month, inference)
    dates.push(month)
  }
  return dates.sort((a, b) => a.index - b.index)
}

export function resolveYear(date: DateMatch, year: number | null, inferences: Inference[], field = 'date'): string | null {
  if (date.year !== null) return isoDate(date.year, date.month, date.day)
  if (year === null) return null
  inferences.push({kind: 'year-inferred', args: [`${date.month}. ${date.day}.`], field})
  return isoDate(yearOf(date, year), date.month, date.day)
}

/**
 * The year of a date printed without one, beside the header's `year`: that year, or across the
 * turn of the year the one after or before it when only that gives the printed weekday
 * (`2026. 12. 30.(수)` then `1. 2.(토)` is 2027's).
 */
export function yearOf(date: DateMatch, year: number): number {
  if (date.weekday === null || weekdayOf(year, date.month, date.day) === date.weekday) return year
  // Only across the turn of a year: January or February after the header's year, November or December before it.
  const near = date.month <= 2 ? year + 1 : date.month >= 11 ? year - 1 : null
  return near !== null && weekdayOf(near, date.month, date.day) === date.weekday ? near : year
}

export function iso(date: string | null, time: string | null): string | null {
  return date && time ? `${date}T${time}:00+09:00` : null
}

/** What parts the media of one channel label: `인터넷,지면`, `온라인·지면`, `방송 및 인터넷`. */
const mediumSeparator = /[,·‧ㆍ∙・/]|및/

const conditionPattern = /\(([^()]{2,40}?(?:시|후|때|이후|직후|종료\s*후))\)/
const bareCondition = /([가-힣][가-힣\s]{1,30}?(?:통과|의결|종료|발표|회의|확정|공포|서명|개최)\s*(?:시|후|직후|이후))(?!\S)/

/** A month and day printed bare, each with its dot: `9. 3.`. */
const bareDay = /(?<![\d.])(1[0-2]|0?[1-9])\s*\.\s*(3[01]|[12]\d|0?[1-9])\s*\.(?!\d)/

/** Read one channel's value: dates, time, edition, immediacy. */
function readChannel(names: string[], raw: string, year: number | null, inferences: Inference[], near: NearDate | null, index: number): Channel {
  const at = `channels[${index}]`
  // The days whose month was inferred: the value each became (the channel's date or its edition's) is named once known.
  const monthsRead = new Map<DateMatch, Inference>()
  const dates = datesOf(raw, year, near, inferences, `${at}.date`, monthsRead)
  // A medium's own value may print its day bare (`(온라인 9. 3. 12:00)`): month and day, dots after each.
  if (names.length && dates.length === 0) {
    const bare = bareDay.exec(raw)
    if (bare) dates.push({index: bare.index, end: bare.index + bare[0].length, year: null, month: Number(bare[1]), day: Number(bare[2]), weekday: null, shortYear: false})
  }
  const times = findTimes(raw).filter((t) => !dates.some((d) => t.index < d.end && t.end > d.index))
  let edition: Edition | null = null
  let editionDate: string | null = null
  const em = editionPattern.exec(raw)
  const editionDates = new Set<DateMatch>()
  if (em) {
    const kind = em[1].replace(/\s+/g, '') === '조간' ? 'morning' : 'evening'
    // The date printed right before the edition word (`4. 13.(월) 조간`) is the edition's date.
    const before = dates.filter((d) => d.end <= em.index && /^[\s)>\]]*$/.test(raw.slice(d.end, em.index).replace(/\(\s*[월화수목금토일]요일\s*\)|<|\(/g, '')))
    const near = lastOf(before)
    if (near) {
      editionDates.add(near)
      editionDate = resolveYear(near, year, inferences, `${at}.edition.date`)
    }
    edition = {kind, date: editionDate}
  }
  const embargoDates = dates.filter((d) => !editionDates.has(d))
  for (const [day, inference] of monthsRead) if (editionDates.has(day)) inference.field = `${at}.edition.date`
  const first = embargoDates[0]
  const date = first ? resolveYear(first, year, inferences, `${at}.date`) : null
  const time = times.length > 0 && (first || !em || times[0].index < em.index) ? `${pad(times[0].hour)}:${pad(times[0].minute)}` : null
  if (edition && !edition.date) {
    const weekday = /([월화수목금토일])요일\s*(?:조\s*간|석\s*간)/.exec(raw)
    const base = date
    if (weekday && base) {
      const inferred = nextWeekday(base, weekday[1])
      edition = {kind: edition.kind, date: inferred}
      inferences.push({kind: 'edition-date-inferred', args: [em![0], inferred], field: `${at}.edition.date`})
    } else if (base) {
      const inferred = edition.kind === 'morning' ? addDays(base, 1) : base
      edition = {kind: edition.kind, date: inferred}
      inferences.push({kind: 'edition-date-inferred', args: [em![0], inferred], field: `${at}.edition.date`})
    }
  }
  const immediate = immediatePattern.test(raw.replace(/(?<!\d)\d+\s*시/g, ''))
  return {names, raw, immediate, date, time, iso: iso(date, time), edition}
}

const openBracketAtEnd = /[(（<［〈]$/
const closeBracketAtEnd = /[)）>］〉]$/
const bulletAtEnd = /(?<=\s|^)[■□▪◆◇○●※*]$/

/** Whether the channel whose value starts at `at` was named by bare media after an open bracket. */
function bareOpened(raw: string, at: number): boolean {
  const opens = (raw.slice(0, at).match(/[(（<［〈]/g) ?? []).length
  const closes = (raw.slice(0, at).match(/[)）>］〉]/g) ?? []).length
  return opens > closes
}

/**
 * Read an embargo value (labels removed) into its parts; `year` completes dates printed without
 * one, and `near` (a date of the header) days printed without their month (`14(월)`).
 */
export function readEmbargo(raw: string, year: number | null, inferences: Inference[], near: NearDate | null = null): Embargo {
  const segments: Array<{names: string[]; text: string}> = []
  let last = 0
  let names: string[] = []
  // Media in brackets (`(온라인)`) or bare before their date (`누리망·방송 2026. 4. 13.`), in order.
  const marks = allMatches(channelPattern, raw)
  for (const m of allMatches(innerBareChannelPattern, raw)) if (!marks.some((b) => m.index < b.index + b[0].length && b.index < m.index + m[0].length)) marks.push(m)
  marks.sort((a, b) => a.index - b.index)
  for (const m of marks) {
    // A bracket opened before bare media (`조간(인터넷, 방송은 …)`) closes after their value.
    // and a bullet before them (`… 주십시오. ■ 통신·방송은 …`) marks their line.
    const before = raw.slice(last, m.index).trim().replace(openBracketAtEnd, '').replace(bulletAtEnd, '').trim()
    if (before || names.length) segments.push({names, text: before})
    // `(인터넷, 지면)`: each medium, spaces removed.
    names = m[1].split(mediumSeparator).map((medium) => medium.replace(/\s+/g, '')).filter(Boolean)
    last = m.index + m[0].length
  }
  const rest = raw.slice(last).trim()
  segments.push({names, text: last > 0 && bareOpened(raw, last) ? rest.replace(closeBracketAtEnd, '').trim() : rest})
  const channels = segments.filter((s) => s.text || s.names.length).map((s, i) => readChannel(s.names, s.text, year, inferences, near, i))
  // The earliest channel that prints a date gives the embargo's date and time.
  // ISO dates and times: code-unit order is time order (no collator needed).
  const moment = (c: Channel) => c.date! + (c.time ?? '')
  const dated = channels.filter((c) => c.date).sort((a, b) => (moment(a) < moment(b) ? -1 : moment(a) > moment(b) ? 1 : 0))
  const main = dated[0] ?? null
  const edition = channels.find((c) => c.edition)?.edition ?? null
  const condition = conditionPattern.exec(raw)?.[1] ?? bareCondition.exec(raw)?.[1] ?? null
  const cleanCondition = condition && !/즉시|\d/.test(condition) ? condition.trim() : null
  const immediate = channels.some((c) => c.immediate) || cleanCondition !== null && /배\s*포/.test(raw)
  const date = main?.date ?? null
  const time = main?.time ?? (date ? null : (channels.find((c) => c.time && !c.edition)?.time ?? null))
  return {
    raw,
    immediate,
    date,
    time: date ? time : null,
    iso: iso(date, time),
    edition,
    condition: cleanCondition,
    channels
  }
}

/** Read a distribution value: its first date and time (`year` and `near` as for `readEmbargo`). */
export function readMoment(raw: string, year: number | null, inferences: Inference[], near: NearDate | null = null): {date: string | null; time: string | null} {
  const dates = datesOf(raw, year, near, inferences, 'date')
  const times = findTimes(raw).filter((t) => !dates.some((d) => t.index < d.end && t.end > d.index))
  const date = dates[0] ? resolveYear(dates[0], year, inferences, 'date') : null
  const time = times[0] ? `${pad(times[0].hour)}:${pad(times[0].minute)}` : null
  return {date, time}
}
