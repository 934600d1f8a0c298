import {describe, expect, it} from 'vitest'
import {addDays, findDates, isoDate, nextWeekday, weekdayOf, weekdays} from '../src/lib/date.js'
import {parse} from '../src/index.js'
import {VFile} from 'vfile'
import {nearDateOfRelease, yearOfRelease} from '../src/lib/release-year.js'
import {findDays} from '../src/lib/date.js'

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

describe('dates and times of every era', () => {
  const header = (value: string, distribution = '2020. 8. 31.(월)') => parse(`\t보도자료\n보도일시\t${value}\t배포\t${distribution}\n\n제목\n`)

  it('reads each spelling of a date', () => {
    expect(header('2017년 8월 25일(금)', '2017년 8월 24일(목)').embargo?.date).toBe('2017-08-25')
    expect(header('’24. 6. 21.(금)', '’24. 6. 20.(목)').embargo?.date).toBe('2024-06-21')
    expect(header('2019.7.15.(월)').embargo?.date).toBe('2019-07-15')
    // No year: the header's.
    expect(header('9.1(화) 14:00').embargo?.date).toBe('2020-09-01')
    expect(header('9. 1.(화)').embargo?.date).toBe('2020-09-01')
  })

  it('reads each spelling of a time', () => {
    const time = (value: string) => header(`2020. 9. 1.(화) ${value}`).embargo?.time
    expect(time('오전 9시')).toBe('09:00')
    expect(time('낮 12시')).toBe('12:00')
    expect(time('정오')).toBe('12:00')
    expect(time('오후 2시')).toBe('14:00')
    expect(time('오후 2시 30분')).toBe('14:30')
    expect(time('오후 2:30')).toBe('14:30')
    expect(time('오전 09:00')).toBe('09:00')
    expect(time('14:00')).toBe('14:00')
  })

  it('reads a condition after the time, and every way of saying at once', () => {
    const embargo = header('2020. 9. 1.(화) 12:00 (국무회의 의결 시)').embargo!
    expect([embargo.date, embargo.time, embargo.condition]).toEqual(['2020-09-01', '12:00', '국무회의 의결 시'])
    for (const value of ['배포 즉시', '배포즉시', '즉시 보도', '바로 보도', '배포 시', '배포 후 즉시 사용']) {
      expect(header(value).embargo?.immediate, value).toBe(true)
    }
  })
})

describe('the year of a header that prints none', () => {
  const undated = (text: string) => findDates(text)
  it.each([
    // The nearest date of the release whose year gives the printed weekday.
    ['4. 13.(월)', ['제목', '□ 2026. 4. 10.(금) 발표했다'], {year: 2026, printed: '2026. 4. 10.(금)'}],
    ['4. 13.(월)', ['□ 2025. 4. 10. 첫 발표 이후', '□ 2026. 4. 10. 두 번째'], {year: 2026, printed: '2026. 4. 10.'}],
    // A year next to one printed, when the weekday says so (early January about late December).
    ['12. 30.(화)', ['□ 2026년 1월 2일 공개'], {year: 2025, printed: '2026년 1월 2일'}],
    // A year printed with no date, when no date prints one.
    ['4. 13.(월)', ['2026년 상반기 계획'], {year: 2026, printed: '2026년'}],
    // Without a weekday, the nearest.
    ['4. 13.', ['□ 2024. 4. 10. 처음', '□ 2026. 4. 10.'], {year: 2024, printed: '2024. 4. 10.'}],
    // None printed.
    ['4. 13.(월)', ['□ 지난주 발표했다'], null]
  ])('of %j beside %j', (header, texts, expected) => {
    expect(yearOfRelease(undated(header), texts)).toEqual(expected)
  })

  it('reads it from the release when parsing, with a diagnostic', () => {
    const file = new VFile('보도자료\n보도시점\t4. 13.(월) 12:00\n\n제목\n\n□ 2026. 4. 10.(금) 계획을 확정했다.\n')
    expect(parse(file).embargo?.date).toBe('2026-04-13')
    expect(file.messages.map((m) => [m.ruleId, m.reason])).toContainEqual(['year-from-release', 'Year of `4. 13.` not printed in the header, taken from `2026. 4. 10.(금)` in the release'])
  })
})

describe('the month of days a header prints without one, and no other date', () => {
  it('is the nearest date of the release in whose month, or the next, the days fall on their weekdays', () => {
    const days = findDays('14(화) 조간 13(월) 10:00', [])
    expect(nearDateOfRelease(days, ['제목', '□ 2025. 4. 10. 처음', '□ 2026. 4. 10.(금) 확정'])).toEqual({year: 2026, month: 4, day: 10, printed: '2026. 4. 10.(금)'})
    expect(nearDateOfRelease(days, ['□ 지난주'])).toBeNull()
  })

  it('reads them when parsing, with the diagnostics', () => {
    const file = new VFile('보도자료\n보도시점 : 14(화) 조간\n배포 : 13(월) 10:00\n\n제목이다\n\n□ 정부는 2026. 4. 10.(금) 계획을 확정했다.\n')
    const release = parse(file)
    expect([release.embargo?.edition?.date, release.distribution?.date]).toEqual(['2026-04-14', '2026-04-13'])
    expect(file.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['month-inferred', 'year-from-release']))
  })
})
