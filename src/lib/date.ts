/** Korean dates and times as printed in press releases. */

import {allMatches} from './patterns.js'

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
const wordTime = /(?:(오전|오후|낮|밤|저녁|새벽|아침)\s*)?(?<!\d)(\d{1,2})\s*시(?!간|점|행|작|장|도|설|범|청|민|각|기|스)(?:\s*(?:(\d{1,2})\s*분|(반)))?/g

const digit = /\d/

function valid(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31
}

/** Every date in `text`, in order, full dates first where they overlap. */
export function findDates(text: string): DateMatch[] {
  const out: DateMatch[] = []
  // Every date prints a digit; most texts asked about have none.
  if (!digit.test(text)) return out
  for (const m of allMatches(fullDate, text)) {
    const year = m[1] ? Number(m[1]) : 2000 + Number(m[2])
    const month = Number(m[3])
    const day = Number(m[4])
    if (!valid(month, day)) continue
    out.push({index: m.index, end: m.index + m[0].length, year, month, day, weekday: m[5] ?? null, shortYear: !m[1]})
  }
  for (const m of allMatches(shortDate, text)) {
    const index = m.index
    if (out.some((d) => index < d.end && index + m[0].length > d.index)) continue
    const month = Number(m[1])
    const day = Number(m[2] ?? m[4])
    if (!valid(month, day)) continue
    out.push({index, end: index + m[0].length, year: null, month, day, weekday: m[3] ?? m[5] ?? null, shortYear: false})
  }
  return out.sort((a, b) => a.index - b.index)
}

/** Every time of day in `text`, in order. */
export function findTimes(text: string): TimeMatch[] {
  const out: TimeMatch[] = []
  if (!digit.test(text) && !text.includes('정오')) return out
  for (const m of allMatches(clockTime, text)) {
    out.push({index: m.index, end: m.index + m[0].length, hour: Number(m[1]), minute: Number(m[2])})
  }
  for (const m of allMatches(wordTime, text)) {
    if (out.some((t) => m.index < t.end && m.index + m[0].length > t.index)) continue
    let hour = Number(m[2])
    if (hour > 24) continue
    const period = m[1]
    if ((period === '오후' || period === '저녁' || period === '밤') && hour < 12) hour += 12
    if (period === '낮' && hour < 6) hour += 12
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

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`
}

/** The weekday (월 … 일) of a date. */
export function weekdayOf(year: number, month: number, day: number): string {
  return weekdays[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]
}

/** Add `days` to an ISO date. */
export function addDays(date: string, days: number): string {
  const d = new Date(date + 'T00:00:00Z')
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** The first date on or after `from` that falls on `weekday`. */
export function nextWeekday(from: string, weekday: string): string {
  const target = weekdays.indexOf(weekday)
  const d = new Date(from + 'T00:00:00Z')
  const delta = (target - d.getUTCDay() + 7) % 7
  d.setUTCDate(d.getUTCDate() + delta)
  return d.toISOString().slice(0, 10)
}
