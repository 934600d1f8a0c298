import {describe, expect, it} from 'vitest'
import {iso, readEmbargo, readMoment, resolveYear, type Inference} from '../src/lib/embargo.js'

const morning = (date: string | null) => ({kind: 'morning', date})
const evening = (date: string | null) => ({kind: 'evening', date})

/** The embargo read from a header value printed in a 2026 header: its parts and each channel's. */
function embargo(raw: string, year: number | null = 2026) {
  const inferences: Inference[] = []
  const e = readEmbargo(raw, year, inferences)
  expect(e.raw).toBe(raw)
  return {
    immediate: e.immediate,
    date: e.date,
    time: e.time,
    iso: e.iso,
    edition: e.edition,
    condition: e.condition,
    channels: e.channels.map((c) => [c.names.length ? c.names.join(',') : null, c.date, c.time, c.immediate, c.edition]),
    inferred: inferences.map((i) => [i.kind, ...i.args])
  }
}

const none = {immediate: false, date: null, time: null, iso: null, edition: null, condition: null}

describe('readEmbargo', () => {
  it.each([
    [
      '2026. 4. 13.(월) 12:00',
      {...none, date: '2026-04-13', time: '12:00', iso: '2026-04-13T12:00:00+09:00', channels: [[null, '2026-04-13', '12:00', false, null]], inferred: []}
    ],
    [
      "'26. 4. 13.(월) 12:00",
      {...none, date: '2026-04-13', time: '12:00', iso: '2026-04-13T12:00:00+09:00', channels: [[null, '2026-04-13', '12:00', false, null]], inferred: []}
    ],
    [
      '4. 13.(월) 오후 3시',
      {
        ...none,
        date: '2026-04-13',
        time: '15:00',
        iso: '2026-04-13T15:00:00+09:00',
        channels: [[null, '2026-04-13', '15:00', false, null]],
        inferred: [['year-inferred', '4. 13.']]
      }
    ],
    [
      '4월 13일(월) 06:00 이후',
      {
        ...none,
        date: '2026-04-13',
        time: '06:00',
        iso: '2026-04-13T06:00:00+09:00',
        channels: [[null, '2026-04-13', '06:00', false, null]],
        inferred: [['year-inferred', '4. 13.']]
      }
    ],
    [
      '2026. 4. 13.(월)12:00',
      {...none, date: '2026-04-13', time: '12:00', iso: '2026-04-13T12:00:00+09:00', channels: [[null, '2026-04-13', '12:00', false, null]], inferred: []}
    ],
    [
      '오후 3시2026. 4. 13.(월)',
      {...none, date: '2026-04-13', time: '15:00', iso: '2026-04-13T15:00:00+09:00', channels: [[null, '2026-04-13', '15:00', false, null]], inferred: []}
    ],
    // A time without a date gives the embargo no time.
    ['12:00', {...none, channels: [[null, null, '12:00', false, null]], inferred: []}]
  ])('reads a date and time: %j', (raw, expected) => {
    expect(embargo(raw)).toEqual(expected)
  })

  it.each([
    // The date right before 조간/석간 is the edition's, not the embargo's.
    ['4. 13.(월) 조간', {...none, edition: morning('2026-04-13'), channels: [[null, null, null, false, morning('2026-04-13')]], inferred: [['year-inferred', '4. 13.']]}],
    ['<4. 13.(월) 조간>', {...none, edition: morning('2026-04-13'), channels: [[null, null, null, false, morning('2026-04-13')]], inferred: [['year-inferred', '4. 13.']]}],
    ['4. 13.(월) (월요일) 조간', {...none, edition: morning('2026-04-13'), channels: [[null, null, null, false, morning('2026-04-13')]], inferred: [['year-inferred', '4. 13.']]}],
    ['2026. 4. 13.(월) 석간', {...none, edition: evening('2026-04-13'), channels: [[null, null, null, false, evening('2026-04-13')]], inferred: []}],
    ['조 간', {...none, edition: morning(null), channels: [[null, null, null, false, morning(null)]], inferred: []}],
    ['월요일 조간', {...none, edition: morning(null), channels: [[null, null, null, false, morning(null)]], inferred: []}],
    [
      '2026. 4. 12.(일) 12:00 (4. 13.(월) 조간)',
      {
        ...none,
        date: '2026-04-12',
        time: '12:00',
        iso: '2026-04-12T12:00:00+09:00',
        edition: morning('2026-04-13'),
        channels: [[null, '2026-04-12', '12:00', false, morning('2026-04-13')]],
        inferred: [['year-inferred', '4. 13.']]
      }
    ],
    // An edition without its own date: 조간 is the next day's paper, 석간 the same day's.
    [
      '2026. 4. 10.(금) 12:00 조간',
      {
        ...none,
        date: '2026-04-10',
        time: '12:00',
        iso: '2026-04-10T12:00:00+09:00',
        edition: morning('2026-04-11'),
        channels: [[null, '2026-04-10', '12:00', false, morning('2026-04-11')]],
        inferred: [['edition-date-inferred', '조간', '2026-04-11']]
      }
    ],
    [
      '2026. 4. 10.(금) 12:00 석간',
      {
        ...none,
        date: '2026-04-10',
        time: '12:00',
        iso: '2026-04-10T12:00:00+09:00',
        edition: evening('2026-04-10'),
        channels: [[null, '2026-04-10', '12:00', false, evening('2026-04-10')]],
        inferred: [['edition-date-inferred', '석간', '2026-04-10']]
      }
    ],
    // A weekday before the edition word names the paper's day: the first such day from the date.
    [
      '2026. 4. 10.(금) 월요일 조간',
      {
        ...none,
        date: '2026-04-10',
        edition: morning('2026-04-13'),
        channels: [[null, '2026-04-10', null, false, morning('2026-04-13')]],
        inferred: [['edition-date-inferred', '조간', '2026-04-13']]
      }
    ],
    [
      '2026. 4. 12.(일) 월요일자 조간',
      {
        ...none,
        date: '2026-04-12',
        edition: morning('2026-04-13'),
        channels: [[null, '2026-04-12', null, false, morning('2026-04-13')]],
        inferred: [['edition-date-inferred', '조간', '2026-04-13']]
      }
    ],
    [
      '2026. 4. 10.(금) 월요일조간',
      {...none, date: '2026-04-10', edition: morning('2026-04-13'), channels: [[null, '2026-04-10', null, false, morning('2026-04-13')]], inferred: [['edition-date-inferred', '조간', '2026-04-13']]}
    ],
    [
      '2026. 4. 10.(금) 월요일 조 간',
      {...none, date: '2026-04-10', edition: morning('2026-04-13'), channels: [[null, '2026-04-10', null, false, morning('2026-04-13')]], inferred: [['edition-date-inferred', '조 간', '2026-04-13']]}
    ],
    [
      '2026. 4. 10.(금) 월요일 석 간',
      {...none, date: '2026-04-10', edition: evening('2026-04-13'), channels: [[null, '2026-04-10', null, false, evening('2026-04-13')]], inferred: [['edition-date-inferred', '석 간', '2026-04-13']]}
    ],
    ['4. 13.(월) ( 월요일 ) 조간', {...none, edition: morning('2026-04-13'), channels: [[null, null, null, false, morning('2026-04-13')]], inferred: [['year-inferred', '4. 13.']]}],
    ['4. 13.(월)조간', {...none, edition: morning('2026-04-13'), channels: [[null, null, null, false, morning('2026-04-13')]], inferred: [['year-inferred', '4. 13.']]}],
    [
      '2026. 4. 10.(금) 월요일 석간',
      {...none, date: '2026-04-10', edition: evening('2026-04-13'), channels: [[null, '2026-04-10', null, false, evening('2026-04-13')]], inferred: [['edition-date-inferred', '석간', '2026-04-13']]}
    ],
    // A time after the edition word, with no date, is not the channel's.
    ['조간 12:00', {...none, edition: morning(null), channels: [[null, null, null, false, morning(null)]], inferred: []}],
    // A time printed before the edition word with no date stays the channel's only.
    ['12:00 조간', {...none, edition: morning(null), channels: [[null, null, '12:00', false, morning(null)]], inferred: []}]
  ])('reads editions: %j', (raw, expected) => {
    expect(embargo(raw)).toEqual(expected)
  })

  it.each([
    ['배포 즉시', {...none, immediate: true, channels: [[null, null, null, true, null]], inferred: []}],
    ['즉시 보도', {...none, immediate: true, channels: [[null, null, null, true, null]], inferred: []}],
    ['배포 시', {...none, immediate: true, channels: [[null, null, null, true, null]], inferred: []}],
    ['배포시점 이후', {...none, immediate: true, channels: [[null, null, null, true, null]], inferred: []}],
    ['(즉시 배포 후)', {...none, immediate: true, channels: [[null, null, null, true, null]], inferred: []}],
    ['제한 없음', {...none, immediate: true, channels: [[null, null, null, true, null]], inferred: []}],
    ['수시', {...none, immediate: true, channels: [[null, null, null, true, null]], inferred: []}],
    // `시` after a number is an hour, not `배포 시`.
    ['배포 12시', {...none, channels: [[null, null, '12:00', false, null]], inferred: []}],
    // 배포 후 with a printed date keeps both.
    ['2026.4.13.(월) 배포 후', {...none, immediate: true, date: '2026-04-13', channels: [[null, '2026-04-13', null, true, null]], inferred: []}],
    [
      '2026. 4. 10.(금) 석간 (배포 즉시 보도 가능)',
      {...none, immediate: true, edition: evening('2026-04-10'), channels: [[null, null, null, true, evening('2026-04-10')]], inferred: []}
    ]
  ])('reads immediacy: %j', (raw, expected) => {
    expect(embargo(raw)).toEqual(expected)
  })

  it.each([
    ['국회 본회의 통과 시', {...none, condition: '국회 본회의 통과 시', channels: [[null, null, null, false, null]], inferred: []}],
    ['법안 의결 시', {...none, condition: '법안 의결 시', channels: [[null, null, null, false, null]], inferred: []}],
    // A condition with 배포 is released when the condition is met: immediate.
    ['국회 본회의 통과 후 배포', {...none, immediate: true, condition: '국회 본회의 통과 후', channels: [[null, null, null, false, null]], inferred: []}],
    ['배포 즉시 (국회 본회의 의결 시)', {...none, immediate: true, condition: '국회 본회의 의결 시', channels: [[null, null, null, true, null]], inferred: []}],
    [
      '2026. 4. 13.(월) 12:00 (국무회의 종료 후)',
      {
        ...none,
        date: '2026-04-13',
        time: '12:00',
        iso: '2026-04-13T12:00:00+09:00',
        condition: '국무회의 종료 후',
        channels: [[null, '2026-04-13', '12:00', false, null]],
        inferred: []
      }
    ],
    ['( 국회 본회의 통과 시 )', {...none, condition: '국회 본회의 통과 시', channels: [[null, null, null, false, null]], inferred: []}],
    ['( 국회 본회의 통과 시)', {...none, condition: '국회 본회의 통과 시', channels: [[null, null, null, false, null]], inferred: []}],
    ['법안 의결시', {...none, condition: '법안 의결시', channels: [[null, null, null, false, null]], inferred: []}],
    ['국회 본회의 통과 후 배 포', {...none, immediate: true, condition: '국회 본회의 통과 후', channels: [[null, null, null, false, null]], inferred: []}],
    // A bracketed time is no condition.
    ['(12시 이후)', {...none, channels: [[null, null, '12:00', false, null]], inferred: []}]
  ])('reads conditions: %j', (raw, expected) => {
    expect(embargo(raw)).toEqual(expected)
  })

  it.each([
    [
      '(온라인) 2026. 4. 12.(일) 12:00 (지면) 4. 13.(월) 조간',
      {
        ...none,
        date: '2026-04-12',
        time: '12:00',
        iso: '2026-04-12T12:00:00+09:00',
        edition: morning('2026-04-13'),
        channels: [
          ['온라인', '2026-04-12', '12:00', false, null],
          ['지면', null, null, false, morning('2026-04-13')]
        ],
        inferred: [['year-inferred', '4. 13.']]
      }
    ],
    [
      '(인터넷) 4. 12.(일) 06:00 / (지면) 4. 13.(월) 조간',
      {
        ...none,
        date: '2026-04-12',
        time: '06:00',
        iso: '2026-04-12T06:00:00+09:00',
        edition: morning('2026-04-13'),
        channels: [
          ['인터넷', '2026-04-12', '06:00', false, null],
          ['지면', null, null, false, morning('2026-04-13')]
        ],
        inferred: [
          ['year-inferred', '4. 12.'],
          ['year-inferred', '4. 13.']
        ]
      }
    ],
    [
      '<온라인> 4. 13. (월) 09:00, <지면> 4. 14.(화) 조간',
      {
        ...none,
        date: '2026-04-13',
        time: '09:00',
        iso: '2026-04-13T09:00:00+09:00',
        edition: morning('2026-04-14'),
        channels: [
          ['온라인', '2026-04-13', '09:00', false, null],
          ['지면', null, null, false, morning('2026-04-14')]
        ],
        inferred: [
          ['year-inferred', '4. 13.'],
          ['year-inferred', '4. 14.']
        ]
      }
    ],
    [
      '(방송·인터넷) 2026. 4. 12.(일) 12:00 (신문) 4. 13.(월) 조간',
      {
        ...none,
        date: '2026-04-12',
        time: '12:00',
        iso: '2026-04-12T12:00:00+09:00',
        edition: morning('2026-04-13'),
        channels: [
          ['방송,인터넷', '2026-04-12', '12:00', false, null],
          ['신문', null, null, false, morning('2026-04-13')]
        ],
        inferred: [['year-inferred', '4. 13.']]
      }
    ],
    [
      '(인터넷, 지면) 2026. 4. 13.(월) 06:00',
      {...none, date: '2026-04-13', time: '06:00', iso: '2026-04-13T06:00:00+09:00', channels: [['인터넷,지면', '2026-04-13', '06:00', false, null]], inferred: []}
    ],
    // The earliest channel gives the embargo, whatever order they are printed in.
    [
      '(지면) 4. 14.(화) 06:00 (온라인) 4. 13.(월) 12:00',
      {
        ...none,
        date: '2026-04-13',
        time: '12:00',
        iso: '2026-04-13T12:00:00+09:00',
        channels: [
          ['지면', '2026-04-14', '06:00', false, null],
          ['온라인', '2026-04-13', '12:00', false, null]
        ],
        inferred: [
          ['year-inferred', '4. 14.'],
          ['year-inferred', '4. 13.']
        ]
      }
    ],
    [
      '(온라인) 4. 13.(월) 12:00 (방송) 4. 13.(월) 09:00',
      {
        ...none,
        date: '2026-04-13',
        time: '09:00',
        iso: '2026-04-13T09:00:00+09:00',
        channels: [
          ['온라인', '2026-04-13', '12:00', false, null],
          ['방송', '2026-04-13', '09:00', false, null]
        ],
        inferred: [
          ['year-inferred', '4. 13.'],
          ['year-inferred', '4. 13.']
        ]
      }
    ],
    [
      '(방송) 4. 13.(월) 09:00 (온라인) 4. 13.(월) 12:00',
      {
        ...none,
        date: '2026-04-13',
        time: '09:00',
        iso: '2026-04-13T09:00:00+09:00',
        channels: [
          ['방송', '2026-04-13', '09:00', false, null],
          ['온라인', '2026-04-13', '12:00', false, null]
        ],
        inferred: [
          ['year-inferred', '4. 13.'],
          ['year-inferred', '4. 13.']
        ]
      }
    ],
    [
      '(지면) 4. 15.(수) 06:00 (방송) 4. 14.(화) 09:00 (온라인) 4. 13.(월) 12:00',
      {
        ...none,
        date: '2026-04-13',
        time: '12:00',
        iso: '2026-04-13T12:00:00+09:00',
        channels: [
          ['지면', '2026-04-15', '06:00', false, null],
          ['방송', '2026-04-14', '09:00', false, null],
          ['온라인', '2026-04-13', '12:00', false, null]
        ],
        inferred: [
          ['year-inferred', '4. 15.'],
          ['year-inferred', '4. 14.'],
          ['year-inferred', '4. 13.']
        ]
      }
    ],
    // A marker right after another names a channel that prints nothing.
    [
      '(온라인) (지면) 2026. 4. 13.(월) 12:00',
      {
        ...none,
        date: '2026-04-13',
        time: '12:00',
        iso: '2026-04-13T12:00:00+09:00',
        channels: [
          ['온라인', null, null, false, null],
          ['지면', '2026-04-13', '12:00', false, null]
        ],
        inferred: []
      }
    ],
    // Text before the first channel marker is a channel of its own, without a name.
    [
      '2026. 4. 13.(월) 12:00 (지면) 4. 14.(화) 조간',
      {
        ...none,
        date: '2026-04-13',
        time: '12:00',
        iso: '2026-04-13T12:00:00+09:00',
        edition: morning('2026-04-14'),
        channels: [
          [null, '2026-04-13', '12:00', false, null],
          ['지면', null, null, false, morning('2026-04-14')]
        ],
        inferred: [['year-inferred', '4. 14.']]
      }
    ]
  ])('reads each channel: %j', (raw, expected) => {
    expect(embargo(raw)).toEqual(expected)
  })

  it('reads an empty value as no channel at all', () => {
    expect(embargo('')).toEqual({...none, channels: [], inferred: []})
  })

  it('does not read the day of a date run into a clock time as a time', () => {
    expect(embargo('2026. 4. 10:30')).toEqual({...none, date: '2026-04-10', channels: [[null, '2026-04-10', null, false, null]], inferred: []})
  })

  it('leaves a date without a year undated when the header gives no year', () => {
    expect(embargo('4. 13.(월) 12:00', null)).toEqual({...none, channels: [[null, null, '12:00', false, null]], inferred: []})
  })
})

describe('readMoment', () => {
  it.each([
    ['2026. 4. 10.(금) 14:00', {date: '2026-04-10', time: '14:00'}, []],
    ['4. 10.(금) 오후 2시', {date: '2026-04-10', time: '14:00'}, [['year-inferred', '4. 10.']]],
    ['14:00', {date: null, time: '14:00'}, []],
    ['배포 즉시', {date: null, time: null}, []],
    ['오후 2시2026. 4. 10.(금)', {date: '2026-04-10', time: '14:00'}, []],
    ['2026. 4. 10:30', {date: '2026-04-10', time: null}, []],
    // The hour inside a date's weekday brackets is not read as a time.
    ['2026. 4. 10.(금) 10:00, 2026. 4. 11.(토) 09:00', {date: '2026-04-10', time: '10:00'}, []]
  ])('reads %j', (raw, expected, inferred) => {
    const inferences: Inference[] = []
    expect(readMoment(raw, 2026, inferences)).toEqual(expected)
    expect(inferences.map((i) => [i.kind, ...i.args])).toEqual(inferred)
  })
})

describe('resolveYear and iso', () => {
  const short = {index: 0, end: 5, year: null, month: 4, day: 3, weekday: null, shortYear: false}
  it('gives a printed year, else the header year, else nothing', () => {
    const inferences: Inference[] = []
    expect(resolveYear({...short, year: 2025}, 2026, inferences)).toBe('2025-04-03')
    expect(inferences).toEqual([])
    expect(resolveYear(short, 2026, inferences)).toBe('2026-04-03')
    expect(inferences).toEqual([{kind: 'year-inferred', args: ['4. 3.'], field: 'date'}])
    expect(resolveYear(short, null, [])).toBeNull()
  })

  it('joins a date and a time in Korean time, or gives nothing without both', () => {
    expect(iso('2026-04-13', '12:00')).toBe('2026-04-13T12:00:00+09:00')
    expect(iso('2026-04-13', null)).toBeNull()
    expect(iso(null, '12:00')).toBeNull()
  })
})

describe('days printed without their month', () => {
  const near = {year: 2026, month: 4, day: 13}
  it.each([
    // The header's month, or the next, by the printed weekday.
    ['14(화) 조간', 2026, '2026-04-14', [['month-inferred', '14(화)', '4']]],
    ['14일(화) 12:00', 2026, '2026-04-14', [['month-inferred', '14일(화)', '4']]],
    ['1(금) 06:00', 2026, '2026-05-01', [['month-inferred', '1(금)', '5']]],
    // Without a weekday to tell, the first such day on or after the header's date.
    ['2 12:00', 2026, null, []],
    ['15 (수요일) 석간', 2026, '2026-04-15', [['month-inferred', '15 (수요일)', '4']]]
  ])('reads %j beside 2026-04-13', (raw, year, date, inferred) => {
    const inferences: Inference[] = []
    const e = readEmbargo(raw, year, inferences, near)
    expect(e.date ?? e.edition?.date ?? null).toBe(date)
    expect(inferences.filter((i) => i.kind === 'month-inferred').map((i) => [i.kind, ...i.args])).toEqual(inferred)
  })

  it('turns over the year at December', () => {
    const inferences: Inference[] = []
    expect(readMoment('2(금) 10:00', 2026, inferences, {year: 2026, month: 12, day: 30})).toEqual({date: '2027-01-02', time: '10:00'})
  })

  it('reads no day beside no date', () => {
    expect(readEmbargo('14(화) 조간', 2026, []).edition).toEqual({kind: 'morning', date: null})
  })
})

describe('a month and day before a time, without a weekday', () => {
  it('is a date of the value (`(온라인 9. 3. 12:00)`), and a number before no time is none', () => {
    const e = readEmbargo('2018. 9. 4.(화) 조간(온라인 9. 3. 12:00)부터 보도해 주시기 바랍니다.', 2018, [])
    expect([e.date, e.time, e.edition]).toEqual(['2018-09-03', '12:00', {kind: 'morning', date: '2018-09-04'}])
    expect(readEmbargo('3. 5 이후 보도', 2026, []).date).toBeNull()
  })
})

describe('a year-less date across the turn of the year', () => {
  it('takes the year its weekday gives, next to the header\'s', () => {
    expect(readEmbargo('1. 2.(토) 12:00', 2026, []).date).toBe('2027-01-02')
    expect(readMoment('12. 30.(화) 10:00', 2026, []).date).toBe('2025-12-30')
    // Not in the middle of a year: a weekday printed wrong stays wrong, reported.
    expect(readEmbargo('4. 10.(목) 12:00', 2026, []).date).toBe('2026-04-10')
  })
})
