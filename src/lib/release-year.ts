/**
 * The year of a header that prints its dates without one (`4.13.(월) 석간 < 4.13.(월) 06:00 >`):
 * the release prints it elsewhere, in the body's dates (`2026. 4. 10.`), an appendix's or the
 * footer's. The nearest such date whose year gives the header's dates their printed weekdays is
 * taken; a year printed with a month (`2026년 4월`) or alone (`2026년`) when no date prints one.
 */
import {findDates, weekdayOf, type DateMatch} from './date.js'

/** Where the year of a header's dates was taken from. */
export interface ReleaseYear {
  year: number
  /** The date or year it was printed in, as printed (`2026. 4. 10.`). */
  printed: string
}

/** How many dates of the release are weighed, nearest first. */
const maxCandidates = 24

/** A year printed with a month, or alone: `2026년 4월`, `2026년`, `’26년`. */
const printedYear = /(?<!\d)(20\d{2})\s*년/g

/**
 * The year of the header's dates printed without one (`undated`), from the release's other texts
 * (`texts`, nearest the header first): the first printed year that gives every one of them with a
 * weekday that weekday, else a year next to one that does (a release of early January about the
 * last days of December), else the nearest printed year. Null when the release prints none.
 */
export function yearOfRelease(undated: readonly DateMatch[], texts: Iterable<string>): ReleaseYear | null {
  const dated: ReleaseYear[] = []
  const bare: ReleaseYear[] = []
  for (const text of texts) {
    // Most texts print no digit; a date or a year needs one.
    if (!/\d/.test(text)) continue
    for (const d of findDates(text)) if (d.year !== null && dated.length < maxCandidates) dated.push({year: d.year, printed: text.slice(d.index, d.end)})
    if (bare.length < maxCandidates) {
      printedYear.lastIndex = 0
      let m: RegExpExecArray | null
      while ((m = printedYear.exec(text)) !== null && bare.length < maxCandidates) bare.push({year: Number(m[1]), printed: m[0]})
    }
    if (dated.length >= maxCandidates) break
  }
  const candidates = [...dated, ...bare]
  if (candidates.length === 0) return null
  const withWeekday = undated.filter((d) => d.weekday !== null && d.month > 0)
  const fits = (year: number) => withWeekday.every((d) => weekdayOf(year, d.month, d.day) === d.weekday)
  if (withWeekday.length === 0) return candidates[0]
  for (const c of candidates) if (fits(c.year)) return c
  for (const c of candidates) {
    for (const year of [c.year + 1, c.year - 1]) if (fits(year)) return {year, printed: c.printed}
  }
  return candidates[0]
}

/**
 * The date beside which days printed without their month in a header that prints no other date
 * (`14(화) 조간`) are read: the nearest full date of the release's other texts in whose month,
 * or the next, every such day falls on its printed weekday. Null when none does.
 */
export function nearDateOfRelease(days: readonly DateMatch[], texts: Iterable<string>): (ReleaseYear & {month: number; day: number}) | null {
  const fits = (year: number, month: number) => days.every((d) => d.weekday === null || (d.day <= 31 && weekdayOf(year, month, d.day) === d.weekday))
  let seen = 0
  for (const text of texts) {
    if (!/\d/.test(text)) continue
    for (const d of findDates(text)) {
      if (d.year === null) continue
      if (++seen > maxCandidates) return null
      const next = d.month === 12 ? [d.year + 1, 1] : [d.year, d.month + 1]
      if (fits(d.year, d.month) || fits(next[0], next[1])) return {year: d.year, month: d.month, day: d.day, printed: text.slice(d.index, d.end)}
    }
  }
  return null
}
