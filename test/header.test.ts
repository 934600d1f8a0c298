import {describe, expect, it} from 'vitest'
import {fromText, parse} from '../src/index.js'
import {assertTreeInvariants} from './invariants.js'
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

describe('header layouts', () => {
  const embargo = at('2026. 4. 13.(월) 12:00', '2026-04-13', '12:00')
  it.each([
    // A date with its label after it.
    ['보도자료\n2017년 8월 25일(금) 배포', '보도자료', null, {date: '2017-08-25', time: null}],
    // The embargo as a sentence.
    [
      '이 보도자료는 2026년 4월 13일(월) 12:00 이후 보도하여 주시기 바랍니다',
      null,
      at('2026년 4월 13일(월) 12:00 이후 보도하여 주시기 바랍니다', '2026-04-13', '12:00'),
      null
    ],
    // A further channel in words belongs to the embargo: its media name a channel of their own,
    // and the embargo's date and time are the earliest channel's.
    [
      '보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n■ 통신·방송·인터넷은 4. 12.(일) 11:00 이후 보도 가능',
      '보도자료',
      at('2026. 4. 13.(월) 12:00 ■ 통신·방송·인터넷은 4. 12.(일) 11:00 이후 보도 가능', '2026-04-12', '11:00'),
      null
    ],
    // Page counts, web addresses, photo boxes and the issuer's name beside the header say nothing of its dates.
    ['보도자료\n보도시점\t2026. 4. 13.(월) 12:00\t총 5쪽', '보도자료', embargo, null],
    ['보도자료\n보도시점\t2026. 4. 13.(월) 12:00\t www.korea.kr', '보도자료', embargo, null],
    ['보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n사진없음 □ 사진있음 ■ 쪽수 : 3쪽', '보도자료', embargo, null],
    ['기획재정부\n보도자료\n보도시점\t2026. 4. 13.(월) 12:00', '보도자료', embargo, null],
    // Labels printed over their values, in a row or one per line.
    ['보도자료\n보도일시\t배포일시\n2026. 4. 13.(월) 12:00\t2026. 4. 12.(일) 10:00', '보도자료', embargo, {date: '2026-04-12', time: '10:00'}],
    ['보도자료\n보도일시\n배포일시\n2026. 4. 13.(월) 12:00\n2026. 4. 12.(일) 10:00', '보도자료', embargo, {date: '2026-04-12', time: '10:00'}],
    ['보도자료\n배포\n2026. 4. 12.(일) 10:00', '보도자료', null, {date: '2026-04-12', time: '10:00'}],
    // Markup before the label.
    ['<u>**보도시점 2026. 4. 13.(월) 12:00**</u>', null, embargo, null],
    ['## 보도자료\n보도시점 2026. 4. 13.(월) 12:00', '보도자료', embargo, null],
    // A contact row ends the header.
    ['보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n자료문의\t제도기획과 한결 044-123-4567', '보도자료', embargo, null],
    // The value printed before its label (PDF reading order).
    ['2026. 4. 13.(월) 12:00\n보도자료\n보도시점', '보도자료', embargo, null],
    ['보도자료\n보도시점\t배포 즉시', '보도자료', at('배포 즉시', null, null, {immediate: true}), null],
    ['보도자료\n보도시점\t2026. 4. 13.(월) 12:00\t배포\t2026. 4. 12.(일)', '보도자료', embargo, {date: '2026-04-12', time: null}],
    // Either label inside the other's cell.
    ['보도자료\n보도시점 2026. 4. 13.(월) 12:00 / 배포 2026. 4. 12.(일) 10:00', '보도자료', embargo, {date: '2026-04-12', time: '10:00'}],
    ['보도자료\n배포 2026. 4. 12.(일) 10:00 / 보도시점 2026. 4. 13.(월) 12:00', '보도자료', embargo, {date: '2026-04-12', time: '10:00'}],
    // An edition under the embargo, and a channel label wrapped over two lines.
    ['보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n\t석간', '보도자료', at('2026. 4. 13.(월) 12:00 석간', '2026-04-13', '12:00', {edition: {kind: 'evening', date: '2026-04-13'}}), null],
    ['보도자료\n보도시점\t(지\n면) 2026. 4. 13.(월) 조간', '보도자료', at('(지 면) 2026. 4. 13.(월) 조간', null, null, {edition: {kind: 'morning', date: '2026-04-13'}}), null]
  ])('reads %j', (head, kind, embargo, distribution) => {
    expect(header(head)).toEqual({kind, embargo, distribution, headline: '제목이 되는 문장'})
  })
})

describe('header labels of any spelling', () => {
  const embargo = at('2026. 4. 13.(월) 12:00', '2026-04-13', '12:00')
  const given = {date: '2026-04-12', time: '10:00'}
  it.each([
    // Labels in brackets, with or without a colon, spaced or not.
    ['보도자료\n[보도시점] 2026. 4. 13.(월) 12:00\n[배포] 2026. 4. 12.(일) 10:00', embargo, given],
    ['보도자료\n<보도일시>\t2026. 4. 13.(월) 12:00\t<배포일시>\t2026. 4. 12.(일) 10:00', embargo, given],
    ['보도자료\n【보 도 일 시】 : 2026. 4. 13.(월) 12:00', embargo, null],
    ['보도자료\n(보도) 2026. 4. 13.(월) 12:00', embargo, null],
    ['보도자료\n보도 가능 시점 : 2026. 4. 13.(월) 12:00\n배포 일자 : 2026. 4. 12.(일) 10:00', embargo, given],
    ['보도자료\n보도예정일시\t2026. 4. 13.(월) 12:00', embargo, null],
    // `자료제공`, `제공일시`, `등록일` label the day a release was given out.
    ['보도자료\n보도일시\t2026. 4. 13.(월) 12:00\t자료제공\t2026. 4. 12.(일) 10:00', embargo, given],
    ['보도자료\n보도일시 : 2026. 4. 13.(월) 12:00\n자료 제공 : 2026. 4. 12.(일) 10:00', embargo, given],
    ['보도자료\n보도일시 : 2026. 4. 13.(월) 12:00\n제공일시 : 2026. 4. 12.(일) 10:00', embargo, given]
  ])('reads %j', (head, embargo, distribution) => {
    expect(header(head)).toEqual({kind: '보도자료', embargo, distribution, headline: '제목이 되는 문장'})
  })

  it('reads `자료제공` before a unit, not a date, as no distribution', () => {
    const r = parse('보도자료\n보도일시 : 2026. 4. 13.(월) 12:00\n\n제목이 되는 문장\n\n□ 본문 문단이다.\n\n자료제공 : 홍보담당관실\n')
    expect(r.distribution).toBeNull()
    expect(r.headline).toBe('제목이 되는 문장')
  })

  it('gives reporting at once printed under the distribution label to the embargo (PDF reading order)', () => {
    const r = header('보도자료\n보도시점\n\n2026. 4. 10.(금)\n\n배포\n\n배포즉시\n\n2026. 4. 10.(금)')
    expect([r.embargo?.date, r.embargo?.immediate, r.distribution?.date]).toEqual(['2026-04-10', true, '2026-04-10'])
  })

  it('keeps `배포 시간`, `수 시간` from making an embargo immediate', () => {
    expect(header('보도자료\n보도시점\t2026. 4. 13.(월) 12:00 (배포 시간과 같음)').embargo?.immediate).toBe(false)
  })
})

describe('isHeaderValue', () => {
  it('reads a channel again after reading one', () => {
    expect([isHeaderValue('(지면)'), isHeaderValue('(지면)')]).toEqual([true, true])
  })

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
    ['2026. 4. 13. ' + '가'.repeat(90), false],
    // Dashes and bars alone, up to ninety letters.
    ...['~', '-', '–', '·', '|', '/'.repeat(90)].map((t) => [t, true] as [string, boolean]),
    ['/'.repeat(91), false],
    ['/a', false],
    // The lengths up to which a value with some words around it still reads as one.
    ['즉시' + '가'.repeat(37), true],
    ['즉시' + '가'.repeat(38), false],
    ['조간' + '가'.repeat(47), true],
    ['조간' + '가'.repeat(48), false],
    ['2026. 4. 13. ' + '가'.repeat(12), true],
    ['2026. 4. 13. ' + '가'.repeat(13), false],
    ['2026. 4. 13.(월) 오전 10시 이후부터 까지 년분낮밤화수목금토일요 <>:~-/', true],
    ['14:00 ' + '가'.repeat(23), true],
    ['14:00 ' + '가'.repeat(24), false]
  ])('%j → %s', (text, expected) => {
    expect(isHeaderValue(text)).toBe(expected)
  })
})

type Node = {type: string; value?: string; children?: Node[]}
/** The text of a node's leaves; the people a contacts node reads (`contact` nodes, without text) aside. */
const words = (node: Node): string => node.value ?? (node.children ?? []).filter((c) => c.type !== 'contact').map(words).join(' ')

/**
 * The tree's top as a reader of it sees it: each header box (`header`, then its parts: the kind,
 * logo residue, each moment with its label in brackets), the title box, contacts and body, from
 * `head` written above a short title and body (or `head` alone when it brings its own body).
 */
function box(head: string): string[] {
  const text = head.includes('□') ? head : head + body
  const tree = fromText(text)
  assertTreeInvariants(tree, text)
  return (tree.children as Node[]).flatMap((node) => {
    if (node.type === 'body') return ['body']
    if (node.type !== 'header') return [`${node.type} ${words(node)}`]
    const parts = node.children!.map((part) => {
      if (part.type === 'kind') return `kind ${words(part)}`
      if (part.type === 'paragraph') return `residue ${words(part)}`
      if (!part.children) return `${part.type} ${part.value}`
      return `${part.type} ${part.children.map((c) => (c.type === 'label' ? `[${words(c)}]` : words(c))).join(' ')}`
    })
    return ['header', ...parts]
  })
}

describe('the header box in the tree', () => {
  const title = ['title 제목이 되는 문장', 'body']
  it.each<[string, string[]]>([
    // Labels keep their colons; a value ends before the other label written inside its cell.
    [
      '보도자료\n보도시점 : 2026. 4. 13.(월) 12:00 / 배포 : 2026. 4. 12.(일) 10:00',
      ['header', 'kind 보도자료', 'embargo [보도시점 :] 2026. 4. 13.(월) 12:00 /', 'distribution [배포 :] 2026. 4. 12.(일) 10:00', ...title]
    ],
    [
      '보도자료\n배포 : 2026. 4. 12.(일) 10:00 / 보도일시 : 2026. 4. 13.(월) 12:00',
      ['header', 'kind 보도자료', 'distribution [배포 :] 2026. 4. 12.(일) 10:00 /', 'embargo [보도일시 :] 2026. 4. 13.(월) 12:00', ...title]
    ],
    // `배포시점(…)` right after the embargo label is its value; `배포` with a date there is a label.
    ['보도자료\n보도시점\t배포시점(4월 국회 본회의 의결 시)', ['header', 'kind 보도자료', 'embargo [보도시점] 배포시점(4월 국회 본회의 의결 시)', ...title]],
    ['보도자료\n보도시점\n배포 ’26. 4. 12.(일) 10:00', ['header', 'kind 보도자료', 'embargo [보도시점]', 'distribution [배포] ’26. 4. 12.(일) 10:00', ...title]],
    // A date with its label after it; a headline ending in 배포 with a number but no date is no such thing.
    ['2017년 8월 25일(금) 배포\n보도자료', ['header', 'distribution 2017년 8월 25일(금)', 'distribution [배포]', 'kind 보도자료', ...title]],
    [
      '보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n\n청년 정책 안내서 3만 부 배포',
      ['header', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', 'title 청년 정책 안내서 3만 부 배포', 'body']
    ],
    // The issuer's name before the kind in one cell, up to twenty letters; a headline ending like a kind after the labels.
    ['기획재정부 보도자료\n보도시점\t2026. 4. 13.(월) 12:00', ['header', 'residue 기획재정부', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', ...title]],
    [
      '가나다라마바사아자차카타파하가나다라마 보도자료\n보도시점\t2026. 4. 13.(월) 12:00',
      ['header', 'residue 가나다라마바사아자차카타파하가나다라마', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', ...title]
    ],
    [
      '가나다라마바사아자차카타파하가나다라마바 보도자료\n보도시점\t2026. 4. 13.(월) 12:00',
      ['title 가나다라마바사아자차카타파하가나다라마바 보도자료', 'header', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', 'body']
    ],
    [
      '보도자료\n보도시점\t2026. 4. 13.(월) 12:00\t배포\t2026. 4. 12.(일) 10:00\n\n산불 현장 점검 관련 긴급지시',
      ['header', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', 'distribution [배포] 2026. 4. 12.(일) 10:00', 'title 산불 현장 점검 관련 긴급지시', 'body']
    ],
    [
      '긴급지시\n보도시점\t배포 후 즉시 사용\n배포\t2026. 4. 12.(일)\n\n산불 현장 점검 관련 긴급지시',
      ['header', 'kind 긴급지시', 'embargo [보도시점] 배포 후 즉시 사용', 'distribution [배포] 2026. 4. 12.(일)', 'title 산불 현장 점검 관련 긴급지시', 'body']
    ],
    // Further channels of the embargo in words, with 보도, 이후 or 부터 (spaced or not) and a date or a time.
    ...[
      '■ 방송은 4. 12.(일) 18:00 보도 가능',
      '■ 방송은 4. 12.(일) 18:00 보 도 가능',
      '■ 방송은 4. 12.(일) 18:00 이후',
      '■ 방송은 4. 12.(일) 18:00 이 후',
      '■ 방송은 4. 12.(일) 18:00부터',
      '■ 방송은 4. 12.(일) 18:00 부 터',
      '■ 방송·인터넷은 11:00 이후 보도 가능',
      '■ 지면은 4. 13.(월)자 신문부터 게재',
      // Lines with more words around the moment than a bare header value holds.
      '■ 통신·방송·인터넷 매체는 4. 12.(일) 11:00 보도 가능',
      '■ 통신·방송·인터넷 매체는 4. 12.(일) 11:00 보 도 가능',
      '■ 통신·방송·인터넷 매체는 4. 12.(일) 11:00 이후 게재 가능',
      '■ 통신·방송·인터넷 매체는 4. 12.(일) 11:00 이 후 게재 가능',
      '■ 통신·방송·인터넷 매체는 4. 12.(일) 11:00부터 게재 가능',
      '■ 통신·방송·인터넷 매체는 4. 12.(일) 11:00 부 터 게재 가능',
      '■ 통신·방송·인터넷 매체는 11:00 이후 보도 가능',
      '■ 통신·방송·인터넷 매체는 4. 12.(일) 이후 보도 가능'
    ].map((channel): [string, string[]] => [
      '보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n' + channel,
      ['header', 'kind 보도자료', `embargo [보도시점] 2026. 4. 13.(월) 12:00 ${channel}`, ...title]
    ]),
    // A note without a date, or a headline with one under the distribution, is no channel.
    [
      '보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n※ 보도 시 사진 출처를 밝혀 주십시오',
      ['header', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', 'title ※ 보도 시 사진 출처를 밝혀 주십시오', 'body']
    ],
    [
      '보도자료\n배포\t2026. 4. 12.(일) 10:00\n\n2026년 보도사진전 4월 13일 개막, 전국 열 개 도시를 돌며 전시한다\n\n□ 본문 문단이다.',
      ['header', 'kind 보도자료', 'distribution [배포] 2026. 4. 12.(일) 10:00', 'title 2026년 보도사진전 4월 13일 개막, 전국 열 개 도시를 돌며 전시한다', 'body']
    ],
    // A sentence opening like the embargo sentence but without 보도 is the headline.
    [
      '보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n\n이 자료는 2026년 4월 13일 회의 결과를 정리한 것입니다\n\n□ 본문 문단이다.',
      ['header', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', 'title 이 자료는 2026년 4월 13일 회의 결과를 정리한 것입니다', 'body']
    ],
    ['보도자료\n이 보도자료는 배포 즉시 보도할 수 있습니다', ['header', 'kind 보도자료', 'embargo [이 보도자료는] 배포 즉시 보도할 수 있습니다', ...title]],
    // A Markdown pipe table, and a TAB table with cells left empty under merged ones.
    [
      '| 보도자료 | |\n|---|---|\n| 보도시점 | 2026. 4. 13.(월) 12:00 |\n| 배포 | 2026. 4. 12.(일) 10:00 |',
      ['syntax |', 'header', 'kind 보도자료', 'syntax |', 'syntax |', 'syntax |---|---|', 'syntax |', 'embargo [보도시점] | 2026. 4. 13.(월) 12:00', 'syntax |', 'syntax |', 'distribution [배포] | 2026. 4. 12.(일) 10:00', 'syntax |', ...title]
    ],
    [
      '보도자료\n보도일시\t\t배포일시\n2026. 4. 13.(월) 12:00\t\t2026. 4. 12.(일) 10:00',
      ['header', 'kind 보도자료', 'embargo [보도일시]', 'distribution [배포일시]', 'embargo 2026. 4. 13.(월) 12:00', 'distribution 2026. 4. 12.(일) 10:00', ...title]
    ],
    // PDF reading order: body text first, then the header with the logo's words above it (a sentence is no logo).
    ['정부는 새 제도를 내년부터 시행하여 국민의 불편을 줄이겠다고 밝혔다.\n\n보도자료\n보도시점\t2026. 4. 13.(월) 12:00', ['body', 'header', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', ...title]],
    [
      '정부는 새 제도를 내년부터 시행하여 국민의 불편을 줄이겠다고 밝혔다.\n로고\n기획재정부\n보도자료\n보도시점\t2026. 4. 13.(월) 12:00',
      ['body', 'header', 'residue 로고', 'residue 기획재정부', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', ...title]
    ],
    [
      '정부는 새 제도를 내년부터 시행하여 국민의 불편을 줄이겠다고 밝혔다.\n짧은 말이다.\n보도자료\n보도시점\t2026. 4. 13.(월) 12:00',
      ['body', 'header', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', ...title]
    ],
    // Labels first: the rows above are the title box. The kind alone at the top, the dates under the title or the contacts.
    ['새 제도를 시행한다\n\n보도시점\t2026. 4. 13.(월) 12:00\n\n□ 본문', ['title 새 제도를 시행한다', 'header', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', 'body']],
    ['보도자료\n\n새 제도를 시행한다\n\n보도시점\t2026. 4. 13.(월) 12:00\n\n□ 본문', ['header', 'kind 보도자료', 'title 새 제도를 시행한다', 'header', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', 'body']],
    [
      '보도자료\n\n담당\t기획과 홍길동 044-200-1234\n\n보도시점\t2026. 4. 13.(월) 12:00\n\n새 제도를 시행한다\n\n□ 본문',
      ['header', 'kind 보도자료', 'contacts 담당 기획과 홍길동 044-200-1234', 'header', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', 'title 새 제도를 시행한다', 'body']
    ],
    // No header at all.
    ['새 제도 시행\n\n□ 본문 문단이다.', ['title 새 제도 시행', 'body']],
    // Two rows of logo words at most above the kind, after body text; twenty letters at most, with dashes and 다 inside, images aside.
    [
      '정부는 새 제도를 내년부터 시행하여 국민의 불편을 줄이겠다고 밝혔다.\nKOREA\n대한민국 정부\n기획재정부\n보도자료\n보도시점\t2026. 4. 13.(월) 12:00',
      ['body', 'header', 'residue 대한민국 정부', 'residue 기획재정부', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', ...title]
    ],
    [
      '가나다라마바사아자차카타파하거너더러머버\n보도자료\n보도시점\t2026. 4. 13.(월) 12:00',
      ['header', 'residue 가나다라마바사아자차카타파하거너더러머버', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', ...title]
    ],
    ['가나다라마바사아자차카타파하거너더러머버서\n보도자료\n보도시점\t2026. 4. 13.(월) 12:00', ['body', 'header', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', ...title]],
    ['바다 지키는 해양경찰\n보도자료\n보도시점\t2026. 4. 13.(월) 12:00', ['header', 'residue 바다 지키는 해양경찰', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', ...title]],
    ['K-정책 브리핑\n보도자료\n보도시점\t2026. 4. 13.(월) 12:00', ['header', 'residue K-정책 브리핑', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', ...title]],
    [
      '![image](logo.png) 과학기술정보통신부\n보도자료\n보도시점\t2026. 4. 13.(월) 12:00',
      ['header', 'residue ![image](logo.png) 과학기술정보통신부', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', ...title]
    ],
    // A channel wrapped over lines or cells in PDF text: its fragments stay in the embargo.
    [
      '보도자료\n보도시점\n(온라인) 2026. 4. 12.(일) 12:00\n(지\n\n면) 4. 13.(월) 조간',
      ['header', 'kind 보도자료', 'embargo [보도시점] (온라인) 2026. 4. 12.(일) 12:00 (지 면) 4. 13.(월) 조간', ...title]
    ],
    ['보도자료\n보도시점\t2026. 4. 12.(일) 12:00\t(온라\t인)', ['header', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 12.(일) 12:00 (온라 인)', ...title]],
    ['보도자료\n보도시점\t2026. 4. 12.(일) 12:00\t( 지\t면 )', ['header', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 12.(일) 12:00 ( 지 면 )', ...title]],
    // The cell after a label is its value, whatever it says; an edition under the labels belongs to the embargo.
    [
      '보도자료\n보도시점\t국회 본회의 의결 후\n배포\t2026. 4. 12.(일) 10:00',
      ['header', 'kind 보도자료', 'embargo [보도시점] 국회 본회의 의결 후', 'distribution [배포] 2026. 4. 12.(일) 10:00', ...title]
    ],
    [
      '보도자료\n보도일시\t배포일시\n석간\t2026. 4. 12.(일) 10:00',
      ['header', 'kind 보도자료', 'embargo [보도일시]', 'distribution [배포일시]', 'embargo 석간', 'distribution 2026. 4. 12.(일) 10:00', ...title]
    ],
    // Blank lines inside the header box.
    [
      '보도자료\n\n보도시점\t2026. 4. 13.(월) 12:00\n\n배포\t2026. 4. 12.(일) 10:00',
      ['header', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', 'distribution [배포] 2026. 4. 12.(일) 10:00', ...title]
    ],
    // Contacts printed in the header box, as a line with its label and colon or as a table row.
    [
      '보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n자료문의 : 제도기획과 과장 한결 044-123-4567\n\n새 제도 시행\n\n□ 본문',
      ['header', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', 'contacts 자료문의 : 제도기획과 과장 한결 044-123-4567', 'title 새 제도 시행', 'body']
    ],
    [
      '보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n문의\t제도기획과 과장 한결\t044-123-4567\n\n새 제도 시행\n\n□ 본문',
      ['header', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', 'contacts 문의 제도기획과 과장 한결 044-123-4567', 'title 새 제도 시행', 'body']
    ],
    [
      '보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n담당부서 : 제도기획과 (과장 한결) ☎ 044-123-4567\n\n새 제도 시행\n\n□ 본문',
      ['header', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', 'contacts 담당부서 : 제도기획과 ( 과장 한결 ) ☎ 044-123-4567', 'title 새 제도 시행', 'body']
    ],
    // The embargo sentence needs 보도 after its opening, and a date, an edition or 즉시 (spaced or not).
    [
      '보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n\n이 자료는 관계부처 합동 보도자료입니다\n\n□ 본문',
      ['header', 'kind 보도자료', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', 'title 이 자료는 관계부처 합동 보도자료입니다', 'body']
    ],
    ['보도자료\n이 자료는 배포 즉 시 보도할 수 있습니다', ['header', 'kind 보도자료', 'embargo [이 자료는] 배포 즉 시 보도할 수 있습니다', ...title]],
    // The dates printed under a title box with subtitles, blank lines between.
    [
      '보도자료\n\n새 제도 시행\n\n- 부제 하나\n\n- 부제 둘\n\n- 부제 셋\n\n- 부제 넷\n\n- 부제 다섯\n\n- 부제 여섯\n\n- 부제 일곱\n\n보도시점\t2026. 4. 13.(월) 12:00\n\n□ 본문',
      ['header', 'kind 보도자료', 'title 새 제도 시행 - 부제 하나 - 부제 둘 - 부제 셋 - 부제 넷 - 부제 다섯 - 부제 여섯 - 부제 일곱', 'header', 'embargo [보도시점] 2026. 4. 13.(월) 12:00', 'body']
    ]
  ])('reads %j', (head, expected) => {
    expect(box(head)).toEqual(expected)
  })

  it.each([
    [113, '2026-04-13'],
    [114, null]
  ])('reads an embargo sentence of up to 160 letters (%i more)', (more, date) => {
    const release = parse('이 보도자료는 2026년 4월 13일(월) 12:00 이후 보도하여 주시기 바랍니다 ' + '가'.repeat(more) + body)
    expect(release.embargo?.date ?? null).toBe(date)
  })

  it('reads a header with nothing after it', () => {
    const release = parse('보도자료\n보도시점\t2026. 4. 13.(월) 12:00')
    expect([release.kind, release.embargo?.date, release.headline]).toEqual(['보도자료', '2026-04-13', null])
  })
})

describe('a headline with a date, right under the header values', () => {
  it.each([
    ['after the embargo', '보도자료\n보도시점\t2026. 4. 13.(월) 12:00\n\n7월 1일부터 전기차 보조금 신청 접수\n\n□ 본문이다.\n', null],
    ['after the distribution', '보도자료\n보도시점 : 2026. 4. 13.(월) 12:00\n배포 : 2026. 4. 12.(일) 10:00\n\n7월 1일부터 전기차 보조금 신청 접수\n\n□ 본문이다.\n', '2026. 4. 12.(일) 10:00'],
    ['in PDF text, with the values on lines of their own', '보도자료\n보도시점\n\n2026. 4. 13.(월) 12:00\n\n배포\n\n2026. 4. 12.(일) 10:00\n\n내년 3월 1일부터 청년 월세 지원 확대\n\n□ 본문이다.\n', '2026. 4. 12.(일) 10:00']
  ])('stays the headline: %s', (_, text, distribution) => {
    const release = parse(text)
    expect(release.headline).toMatch(/부터/)
    expect(release.embargo?.raw).toBe('2026. 4. 13.(월) 12:00')
    expect(release.distribution?.raw ?? null).toBe(distribution)
  })

  it('leaves a further channel in words to the embargo', () => {
    const release = parse('보도자료\n보도시점\t2026. 6. 4.(목) 12:00\n■ 통신·방송·인터넷은 6. 4.(목) 11:00 이후 보도 가능\n\n새 제도 시행\n\n□ 본문이다.\n')
    expect(release.headline).toBe('새 제도 시행')
    expect(release.embargo?.raw).toContain('11:00 이후 보도 가능')
  })
})
