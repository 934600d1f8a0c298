import {describe, expect, it} from 'vitest'
import {parse} from '../src/index.js'
import {isHeaderValue} from '../src/lib/construct/header.js'

const body = '\n\n제목이 되는 문장\n\n□ 본문 문단이다.\n'

/** The header fields `parse` reads from a header written above a short title and body. */
function header(head: string) {
  const r = parse(head + body)
  return {
    kind: r.kind,
    embargo: r.embargo && {raw: r.embargo.raw, date: r.embargo.date, time: r.embargo.time, edition: r.embargo.edition, immediate: r.embargo.immediate},
    distribution: r.distribution && {date: r.distribution.date, time: r.distribution.time},
    headline: r.headline
  }
}

const at = (raw: string, date: string | null, time: string | null, more: object = {}) => ({raw, date, time, edition: null, immediate: false, ...more})

describe('header', () => {
  it.each([
    ['보도자료\n보도시점\t2026. 4. 13.(월) 12:00', '보도자료', at('2026. 4. 13.(월) 12:00', '2026-04-13', '12:00'), null],
    [
      '보 도 자 료\n보도일시 : 2026. 4. 13.(월) 12:00\n배포일시 : 2026. 4. 12.(일) 10:00',
      '보도자료',
      at('2026. 4. 13.(월) 12:00', '2026-04-13', '12:00'),
      {date: '2026-04-12', time: '10:00'}
    ],
    [
      '보도참고자료\n보도시점\t2026. 4. 13.(월) 12:00\t배포\t2026. 4. 12.(일) 10:00',
      '보도참고자료',
      at('2026. 4. 13.(월) 12:00', '2026-04-13', '12:00'),
      {date: '2026-04-12', time: '10:00'}
    ],
    ['설명자료\n보도시간 : 배포 즉시', '설명자료', at('배포 즉시', null, null, {immediate: true}), null],
    ['긴급지시\n보도시점\t즉시', '긴급지시', at('즉시', null, null, {immediate: true}), null],
    ['보도자료\n배포 즉시 보도', '보도자료', at('배포 즉시 보도', null, null, {immediate: true}), null],
    // Without a year anywhere in the header, a date without one stays unread.
    ['해명자료\n엠바고\t4. 13.(월) 조간', '해명자료', at('4. 13.(월) 조간', null, null, {edition: {kind: 'morning', date: null}}), null],
    [
      '보도자료\n보도일자\t2026. 4. 13.(월)\n배부일시\t2026. 4. 12.(일) 14:00',
      '보도자료',
      at('2026. 4. 13.(월)', '2026-04-13', null),
      {date: '2026-04-12', time: '14:00'}
    ],
    [
      '보도자료\n보도시점 : 2026. 4. 13.(월) 12:00 / 배포 : 2026. 4. 12.(일) 10:00',
      '보도자료',
      at('2026. 4. 13.(월) 12:00', '2026-04-13', '12:00'),
      {date: '2026-04-12', time: '10:00'}
    ],
    // The edition on the next row belongs to the embargo; its date takes the header's year.
    [
      '보도시점 2025. 5. 28.(수) 16:00\n(2025. 5. 29.(목) 조간)\n\n배포 2025. 5. 28.(수) 09:00',
      null,
      at('2025. 5. 28.(수) 16:00 (2025. 5. 29.(목) 조간)', '2025-05-28', '16:00', {edition: {kind: 'morning', date: '2025-05-29'}}),
      {date: '2025-05-28', time: '09:00'}
    ],
    [
      '보도자료\n보도시점\t(온라인) 2026. 4. 12.(일) 12:00\n\t(지면) 4. 13.(월) 조간',
      '보도자료',
      at('(온라인) 2026. 4. 12.(일) 12:00 (지면) 4. 13.(월) 조간', '2026-04-12', '12:00', {edition: {kind: 'morning', date: '2026-04-13'}}),
      null
    ],
    ['공동보도자료\n보도시점: 2026. 4. 13.(월) 12:00', '공동보도자료', at('2026. 4. 13.(월) 12:00', '2026-04-13', '12:00'), null],
    ['공동 보도참고자료\n보도시점\t2026. 4. 13.(월) 12:00', '공동보도참고자료', at('2026. 4. 13.(월) 12:00', '2026-04-13', '12:00'), null],
    ['정정보도자료\n보도시점 2026. 4. 13. 06:00', '정정보도자료', at('2026. 4. 13. 06:00', '2026-04-13', '06:00'), null],
    ['보도계획\n배포 2026. 4. 13.', '보도계획', null, {date: '2026-04-13', time: null}],
    ['동정자료', '동정자료', null, null]
  ])('reads %j', (head, kind, embargo, distribution) => {
    expect(header(head)).toEqual({kind, embargo, distribution, headline: '제목이 되는 문장'})
  })
})

describe('isHeaderValue', () => {
  it.each([
    ['2026. 4. 13.(월) 12:00', true],
    ['4. 13.(월) 조간', true],
    ['(온라인)', true],
    ['배포 즉시', true],
    ['석간', true],
    ['/', true],
    ['14:00', true],
    ['오후 2시 이후', true],
    ['2026. 4. 13.(월) 12:00 이후 (조간)', true],
    // A sentence that mentions a date is prose, not a header value.
    ['2026. 4. 13.(월) 정부세종청사에서 관계부처 합동 회의를 개최하였다', false],
    ['국토교통부는 오늘 열린 회의에서 14:00 부터 논의하였다고 밝혔다', false],
    ['제목이 되는 문장', false],
    ['2026. 4. 13. ' + '가'.repeat(90), false]
  ])('%j → %s', (text, expected) => {
    expect(isHeaderValue(text)).toBe(expected)
  })
})
