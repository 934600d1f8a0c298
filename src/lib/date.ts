/** Korean dates and times as printed in press releases. */

import {allMatches} from './patterns.js'
import {alternation, dayPeriods, escape} from './lexicon.js'

export interface DateMatch {
  index: number
  end: number
  /** Four-digit year, or null when the text printed none. */
  year: number | null
  month: number
  day: number
  /** Weekday as printed (월 화 수 목 금 토 일), or null. */
  weekday: string | null
  /** Whether the year was printed with two digits (’26). */
  shortYear: boolean
}

export interface TimeMatch {
  index: number
  end: number
  hour: number
  minute: number
}

export const weekdays = ['일', '월', '화', '수', '목', '금', '토']

const apostrophe = "['’‘`´′]"
const weekdayPart = String.raw`(?:\s*\(\s*([월화수목금토일])(?:요일)?\s*\))?`
// The day, then `일` or a final dot, then the weekday: each space run belongs to one part.
const dayEnd = String.raw`(\d{1,2})(?!\d)(?:\s*(?:일|\.(?!\d)))?`
// 2025. 5. 28.(수) · 2025.5.28 · 2025-05-28 · 2025년 5월 28일(수) · ’25.5.28(수) · ’25년 5월
const fullDate = new RegExp(
  String.raw`(?:(\d{4})|${apostrophe}\s?(\d{2}))\s*(?:[.\-/]|년)\s*(\d{1,2})\s*(?:[.\-/]|월)\s*` + dayEnd + weekdayPart,
  'g'
)
// 5. 29.(목) · 5.29(목) · 5월 29일(목) · 5월 29일
const shortDate = new RegExp(
  String.raw`(?<![\d.])(\d{1,2})\s*(?:\.\s*(\d{1,2})(?!\d)(?:\s*\.)?\s*\(\s*([월화수목금토일])(?:요일)?\s*\)|월\s*(\d{1,2})\s*일(?:\s*\(\s*([월화수목금토일])(?:요일)?\s*\))?)`,
  'g'
)
const clockTime = /(?<!\d)([01]?\d|2[0-4])\s*[:：]\s*([0-5]\d)(?!\d)/g
/** The parts of the day printed before a time (`오후`, `새벽`). */
const periodWords = alternation(dayPeriods, escape)
const wordTime = new RegExp(`(?:(${periodWords})\\s*)?(?<!\\d)(\\d{1,2})\\s*시(?!간|점|행|작|장|도|설|범|청|민|각|기|스)(?:\\s*(?:(\\d{1,2})\\s*분|(반)))?`, 'g')

/** The part of the day printed right before a clock time (`오후 2:30`). */
const clockPeriod = new RegExp(`(${periodWords})\\s?$`)

const digit = /\d/

/** The most days each month has (February in a leap year). */
const monthDays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function valid(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= monthDays[month - 1]
}

function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
}

/** Every date in `text`, in order, full dates first where they overlap. */
export function findDates(text: string): DateMatch[] {
  const out: DateMatch[] = []
  // Every date prints a digit; most texts asked about have none.
  if (!digit.test(text)) return out
  const impossible: DateMatch[] = []
  for (const m of allMatches(fullDate, text)) {
    const year = m[1] ? Number(m[1]) : 2000 + Number(m[2])
    const month = Number(m[3])
    const day = Number(m[4])
    const date = {index: m.index, end: m.index + m[0].length, year, month, day, weekday: m[5] ?? null, shortYear: !m[1]}
    // A day the month does not have is no date, nor is any part of it (`2. 29.` of 2025. 2. 29.).
    if (!valid(month, day) || (month === 2 && day === 29 && !isLeap(year))) impossible.push(date)
    else out.push(date)
  }
  // Full dates, possible or not, come in order and do not overlap: one pointer walks them.
  // (Short dates are pushed after them: the pointer stops at the full dates' count.)
  const full = impossible.length === 0 ? out : [...out, ...impossible].sort((a, b) => a.index - b.index)
  const fullCount = full.length
  let f = 0
  for (const m of allMatches(shortDate, text)) {
    const index = m.index
    while (f < fullCount && full[f].end <= index) f++
    if (f < fullCount && full[f].index < index + m[0].length) continue
    const month = Number(m[1])
    const day = Number(m[2] ?? m[4])
    if (!valid(month, day)) continue
    out.push({index, end: index + m[0].length, year: null, month, day, weekday: m[3] ?? m[5] ?? null, shortYear: false})
  }
  return out.sort((a, b) => a.index - b.index)
}

/** A month and day printed with dots and no weekday, right before a time: `9. 3. 12:00`. */
const timedDate = /(?<![\d.])(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(?=\d{1,2}\s*[:：]\s*\d{2}(?!\d))/g

/**
 * Every month and day printed with dots and no weekday right before a time (`온라인 9. 3. 12:00`)
 * in `text`, that is no part of a date `findDates` read (given as `dates`): a header's date, whose
 * time tells it from a number (`3. 5`).
 */
export function findTimedDates(text: string, dates: readonly DateMatch[]): DateMatch[] {
  const out: DateMatch[] = []
  if (!text.includes(':') && !text.includes('：')) return out
  for (const m of allMatches(timedDate, text)) {
    const month = Number(m[1])
    const day = Number(m[2])
    const end = m.index + m[0].length
    if (!valid(month, day) || dates.some((d) => d.index < end && d.end > m.index)) continue
    out.push({index: m.index, end, year: null, month, day, weekday: null, shortYear: false})
  }
  return out
}

const weekdayChars = '월화수목금토일'

/** A day with its weekday and no month: `14(월)`, `14일(화)`, `14 (월요일)`. */
const dayOnly = /(?<![\d.:/~\-])(\d{1,2})(?:\s*일)?\s*\(\s*([월화수목금토일])(?:요일)?\s*\)/g

/**
 * Every day printed with its weekday and no month in `text` (`14(월)`), in order, that is no
 * part of a date `findDates` read (given as `dates`): `month` is 0 and `year` null, for the reader
 * to take from the dates beside it.
 */
export function findDays(text: string, dates: readonly DateMatch[]): DateMatch[] {
  const out: DateMatch[] = []
  // The dates in order, passed once as the places looked at move forward.
  const sorted = dates.slice().sort((a, b) => a.index - b.index)
  let d = 0
  // Most values print their weekdays inside dates: the pattern runs only for a weekday outside them.
  let outside = false
  for (let at = text.indexOf('('); at >= 0 && !outside; at = text.indexOf('(', at + 1)) {
    while (d < sorted.length && sorted[d].end <= at) d++
    if (d < sorted.length && at >= sorted[d].index) continue
    let next = at + 1
    while (next < text.length && text.charCodeAt(next) === 0x20) next++
    outside = weekdayChars.includes(text[next])
  }
  if (!outside) return out
  d = 0
  for (const m of allMatches(dayOnly, text)) {
    const end = m.index + m[0].length
    const day = Number(m[1])
    while (d < sorted.length && sorted[d].end <= m.index) d++
    if (day < 1 || day > 31 || (d < sorted.length && sorted[d].index < end)) continue
    out.push({index: m.index, end, year: null, month: 0, day, weekday: m[2], shortYear: false})
  }
  return out
}

/** Every time of day in `text`, in order. */
export function findTimes(text: string): TimeMatch[] {
  const out: TimeMatch[] = []
  if (!digit.test(text) && !text.includes('정오')) return out
  for (const m of allMatches(clockTime, text)) {
    let hour = Number(m[1])
    // `오후 2:30` is 14:30; `오전 09:00` is 09:00.
    const period = clockPeriod.exec(text.slice(Math.max(0, m.index - 4), m.index))
    let index = m.index
    if (period) {
      index -= period[0].length
      if ((period[1] === '오후' || period[1] === '저녁' || period[1] === '밤') && hour < 12) hour += 12
      if (period[1] === '낮' && hour < 6) hour += 12
    }
    out.push({index, end: m.index + m[0].length, hour, minute: Number(m[2])})
  }
  // Clock times come in order and do not overlap: one pointer walks them.
  const clocks = out.length
  let c = 0
  for (const m of allMatches(wordTime, text)) {
    while (c < clocks && out[c].end <= m.index) c++
    if (c < clocks && out[c].index < m.index + m[0].length) continue
    let hour = Number(m[2])
    if (hour > 24) continue
    const period = m[1]
    if ((period === '오후' || period === '저녁' || period === '밤') && hour < 12) hour += 12
    if (period === '낮' && hour < 6) hour += 12
    // 밤 12시 is midnight, the end of the day as 24시 prints it.
    if (period === '밤' && hour === 12) hour = 24
    const minute = m[4] ? 30 : m[3] ? Number(m[3]) : 0
    if (minute > 59) continue
    out.push({index: m.index, end: m.index + m[0].length, hour, minute})
  }
  const noon = text.indexOf('정오')
  if (noon >= 0 && !out.some((t) => noon >= t.index && noon < t.end)) out.push({index: noon, end: noon + 2, hour: 12, minute: 0})
  return out.sort((a, b) => a.index - b.index)
}

export function pad(n: number): string {
  return n < 10 ? '0' + n : String(n)
}

/** An ISO 8601 date (the year in four digits). */
export function isoDate(year: number, month: number, day: number): string {
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${pad(month)}-${pad(day)}`
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (days beyond the month run on). */
function daysFromCivil(year: number, month: number, day: number): number {
  // H. Hinnant's days_from_civil: years start in March, so February's length does not matter.
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

/** The ISO date `days` after 1970-01-01. */
function civilFromDays(days: number): string {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const dayOfEra = z - era * 146097
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365)
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
  return isoDate(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
}

/** Days from 1970-01-01 to an ISO date. */
function daysOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number)
  return daysFromCivil(year, month, day)
}

/** The index in `weekdays` (0 = Sunday) of the day `days` after 1970-01-01, a Thursday. */
function weekdayIndex(days: number): number {
  return (((days + 4) % 7) + 7) % 7
}

/** The weekday (월 … 일) of a date. */
export function weekdayOf(year: number, month: number, day: number): string {
  return weekdays[weekdayIndex(daysFromCivil(year, month, day))]
}

/** Add `days` to an ISO date. */
export function addDays(date: string, days: number): string {
  return civilFromDays(daysOf(date) + days)
}

/** The first date on or after `from` that falls on `weekday`. */
export function nextWeekday(from: string, weekday: string): string {
  const days = daysOf(from)
  const delta = (weekdays.indexOf(weekday) - weekdayIndex(days) + 7) % 7
  return civilFromDays(days + delta)
}
