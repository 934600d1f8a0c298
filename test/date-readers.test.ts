import {describe, expect, it} from 'vitest'
import {findDates, findTimes} from '../src/lib/date.js'

/** Each date found: the text it spans, then year, month, day, weekday and whether the year was short. */
const dates = (text: string) => findDates(text).map((d) => [text.slice(d.index, d.end), d.year, d.month, d.day, d.weekday, d.shortYear])
/** Each time found: the text it spans and `HH:MM`. */
const times = (text: string) =>
  findTimes(text).map((t) => [text.slice(t.index, t.end), `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`])

describe('findDates', () => {
  it.each([
    ['2025. 5. 28.(수)', [['2025. 5. 28.(수)', 2025, 5, 28, '수', false]]],
    ['2025.5.28', [['2025.5.28', 2025, 5, 28, null, false]]],
    ['2025-05-28', [['2025-05-28', 2025, 5, 28, null, false]]],
    ['2025/05/28', [['2025/05/28', 2025, 5, 28, null, false]]],
    ['2025년 5월 28일(수)', [['2025년 5월 28일(수)', 2025, 5, 28, '수', false]]],
    ['2025년 5월 28일 (수요일)', [['2025년 5월 28일 (수요일)', 2025, 5, 28, '수', false]]],
    ['2025. 5. 28. ( 수 )', [['2025. 5. 28. ( 수 )', 2025, 5, 28, '수', false]]],
    ['’25.5.28(수)', [['’25.5.28(수)', 2025, 5, 28, '수', true]]],
    ["'24. 6. 21.(금)", [["'24. 6. 21.(금)", 2024, 6, 21, '금', true]]],
    ['’24. 6. 21.(금)', [['’24. 6. 21.(금)', 2024, 6, 21, '금', true]]],
    ['‘26년 4월', []],
    ['5. 29.(목)', [['5. 29.(목)', null, 5, 29, '목', false]]],
    ['5.29(목)', [['5.29(목)', null, 5, 29, '목', false]]],
    ['5월 29일(목)', [['5월 29일(목)', null, 5, 29, '목', false]]],
    ['5월 29일', [['5월 29일', null, 5, 29, null, false]]],
    ['5월29일 (목요일)', [['5월29일 (목요일)', null, 5, 29, '목', false]]],
    // A month and day printed with dots but no weekday is too like a section number to be a date.
    ['5. 29.', []],
    ['2025. 1. 15.', [['2025. 1. 15.', 2025, 1, 15, null, false]]],
    ['2025. 12. 31.', [['2025. 12. 31.', 2025, 12, 31, null, false]]],
    ['2025. 2. 28.', [['2025. 2. 28.', 2025, 2, 28, null, false]]],
    ['2025. 3. 29.', [['2025. 3. 29.', 2025, 3, 29, null, false]]],
    ['2025. 3. 31.', [['2025. 3. 31.', 2025, 3, 31, null, false]]]
  ])('reads %j', (text, expected) => {
    expect(dates(text)).toEqual(expected)
  })

  it.each([
    ['month 13', '2025. 13. 1.'],
    ['month 0', '2025. 0. 5.'],
    ['day 0', '2025. 5. 0.'],
    ['day 32', '2025. 1. 32.'],
    ['31 June', '2025. 6. 31.'],
    ['29 February 1900 (not a leap year: divisible by 100)', '1900. 2. 29.'],
    ['29 February 2100', '2100. 2. 29.'],
    ['29 February 2025', '2025. 2. 29.(토)'],
    ['13th month without a year', '13월 5일'],
    ['day 0 without a year', '5월 0일'],
    ['31 April without a year', '4. 31.(목)']
  ])('reads no date from %s', (_, text) => {
    expect(dates(text)).toEqual([])
  })

  it('reads 29 February of leap years (2000, 2024)', () => {
    expect(dates('2000. 2. 29.')).toEqual([['2000. 2. 29.', 2000, 2, 29, null, false]])
    expect(dates('2024. 2. 29.(목)')).toEqual([['2024. 2. 29.(목)', 2024, 2, 29, '목', false]])
  })

  it('lists full and short dates in the order printed', () => {
    expect(dates('6. 2.(월) 발표, 2025. 5. 28.(수) 배포')).toEqual([
      ['6. 2.(월)', null, 6, 2, '월', false],
      ['2025. 5. 28.(수)', 2025, 5, 28, '수', false]
    ])
  })

  it('reads a short date right before or right after a full date', () => {
    expect(dates('2025. 5. 28.(수)5. 29.(목)')).toEqual([
      ['2025. 5. 28.(수)', 2025, 5, 28, '수', false],
      ['5. 29.(목)', null, 5, 29, '목', false]
    ])
    expect(dates('5. 29.(목)2025. 6. 2.')).toEqual([
      ['5. 29.(목)', null, 5, 29, '목', false],
      ['2025. 6. 2.', 2025, 6, 2, null, false]
    ])
  })

  it('reads no part of an impossible full date as a short date', () => {
    expect(dates('2025. 2. 29.(토)')).toEqual([])
    expect(dates('2025년 4월 31일')).toEqual([])
  })

  it('finds nothing in text without digits', () => {
    expect(findDates('오월 이십구일')).toEqual([])
  })
})

describe('findTimes', () => {
  it.each([
    ['12:00', [['12:00', '12:00']]],
    ['9:30', [['9:30', '09:30']]],
    ['09:05', [['09:05', '09:05']]],
    ['23:59', [['23:59', '23:59']]],
    ['24:00', [['24:00', '24:00']]],
    ['14 : 00', [['14 : 00', '14:00']]],
    ['14： 00', [['14： 00', '14:00']]],
    ['25:00', []],
    ['12:60', []],
    ['12시', [['12시', '12:00']]],
    ['6시', [['6시', '06:00']]],
    ['3 시', [['3 시', '03:00']]],
    ['24시', [['24시', '24:00']]],
    ['25시', []],
    ['오전 9시', [['오전 9시', '09:00']]],
    ['오전 11시 30분', [['오전 11시 30분', '11:30']]],
    ['오후 3시', [['오후 3시', '15:00']]],
    ['오후3시', [['오후3시', '15:00']]],
    ['오후 12시', [['오후 12시', '12:00']]],
    ['오후 2시 30분', [['오후 2시 30분', '14:30']]],
    ['오후 2시30분', [['오후 2시30분', '14:30']]],
    ['오후 2시 5 분', [['오후 2시 5 분', '14:05']]],
    ['오후 2시 반', [['오후 2시 반', '14:30']]],
    ['3시 59분', [['3시 59분', '03:59']]],
    ['3시 60분', []],
    ['저녁 7시', [['저녁 7시', '19:00']]],
    ['밤 10시', [['밤 10시', '22:00']]],
        ['밤 11시', [['밤 11시', '23:00']]],
    ['밤 12시', [['밤 12시', '24:00']]],
    ['낮 12시', [['낮 12시', '12:00']]],
    ['낮 1시', [['낮 1시', '13:00']]],
    ['낮 5시', [['낮 5시', '17:00']]],
    ['낮 6시', [['낮 6시', '06:00']]],
    ['새벽 5시', [['새벽 5시', '05:00']]],
    ['아침 8시', [['아침 8시', '08:00']]],
    ['정오', [['정오', '12:00']]],
    ['당일 정오', [['정오', '12:00']]],
    // `시` that starts another word is no hour.
    ['3시간', []],
    ['2시행', []],
    ['5시도', []],
    ['어느 시점', []]
  ])('reads %j', (text, expected) => {
    expect(times(text)).toEqual(expected)
  })

  it('lists clock, word and noon times in the order printed', () => {
    expect(times('오후 3시 또는 16:00')).toEqual([
      ['오후 3시', '15:00'],
      ['16:00', '16:00']
    ])
    expect(times('16:00 또는 오후 3시')).toEqual([
      ['16:00', '16:00'],
      ['오후 3시', '15:00']
    ])
    expect(times('14:00오후 3시')).toEqual([
      ['14:00', '14:00'],
      ['오후 3시', '15:00']
    ])
    expect(times('오후 3시14:00')).toEqual([
      ['오후 3시', '15:00'],
      ['14:00', '14:00']
    ])
    expect(times('정오(12:00)')).toEqual([
      ['정오', '12:00'],
      ['12:00', '12:00']
    ])
  })

  it('does not read an hour inside a clock time again', () => {
    expect(times('10:05시')).toEqual([['10:05', '10:05']])
  })

  it('finds nothing in text without digits or 정오', () => {
    expect(findTimes('오후 세시')).toEqual([])
  })
})
