import {describe, expect, it} from 'vitest'
import {addDays, findDates, isoDate, nextWeekday, weekdayOf, weekdays} from '../src/lib/date.js'
import {parse} from '../src/index.js'

/** The same, by the JavaScript Date (UTC), for years it reads as printed. */
const byDate = {
  weekday: (y: number, m: number, d: number) => weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()],
  addDays(date: string, days: number) {
    const d = new Date(date + 'T00:00:00Z')
    d.setUTCDate(d.getUTCDate() + days)
    return d.toISOString().slice(0, 10)
  }
}

describe('calendar arithmetic', () => {
  it('agrees with Date on every day from 1900 to 2100', () => {
    let date = '1900-01-01'
    while (date < '2101-01-01') {
      const [y, m, d] = date.split('-').map(Number)
      if (weekdayOf(y, m, d) !== byDate.weekday(y, m, d)) throw new Error(`weekday of ${date}`)
      const next = addDays(date, 1)
      if (next !== byDate.addDays(date, 1)) throw new Error(`day after ${date}: ${next}`)
      date = next
    }
    expect(date).toBe('2101-01-01')
  })

  it('adds days across months, years and leap days, backwards too', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01')
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31')
    expect(addDays('2000-02-28', 366)).toBe('2001-02-28')
  })

  it('finds the next date on a weekday, the same day included', () => {
    // 2025-05-28 was a Wednesday.
    expect(nextWeekday('2025-05-28', '수')).toBe('2025-05-28')
    expect(nextWeekday('2025-05-28', '목')).toBe('2025-05-29')
    expect(nextWeekday('2025-05-28', '화')).toBe('2025-06-03')
    expect(nextWeekday('2025-12-29', '금')).toBe('2026-01-02')
  })

  it('names every weekday, Saturday and Sunday included', () => {
    // 2026-04-06 was a Monday.
    expect([6, 7, 8, 9, 10, 11, 12].map((d) => weekdayOf(2026, 4, d))).toEqual(['월', '화', '수', '목', '금', '토', '일'])
    expect(nextWeekday('2026-04-10', '토')).toBe('2026-04-11')
    expect(nextWeekday('2026-04-10', '일')).toBe('2026-04-12')
  })

  it('prints years in four digits', () => {
    expect(isoDate(2025, 5, 8)).toBe('2025-05-08')
    expect(isoDate(12, 3, 4)).toBe('0012-03-04')
  })
})

describe('dates that do not exist', () => {
  it('are not read: 31 February, 31 April, 29 February of a common year', () => {
    expect(findDates('2025. 2. 31.')).toEqual([])
    expect(findDates('4월 31일')).toEqual([])
    expect(findDates('2025. 2. 29.(토)')).toEqual([])
    expect(findDates('2024. 2. 29.(목)').map((d) => [d.year, d.month, d.day])).toEqual([[2024, 2, 29]])
  })

  it('leave the embargo without a date rather than print an impossible one', () => {
    const release = parse('보도시점\t2025. 2. 31.(월) 조간\n\n제목')
    expect(release.embargo?.date).toBeNull()
    expect(release.embargo?.edition).toEqual({kind: 'morning', date: null})
  })
})
