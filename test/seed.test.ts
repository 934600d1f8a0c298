import {readFileSync} from 'node:fs'
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {parse, type PressRelease} from '../src/index.js'

const seedBytes = readFileSync(new URL('../fixtures/seed-release/input.txt', import.meta.url))
const seed = seedBytes.toString('utf8')

/** The values the supplied release must give, from any spelling or encoding. */
function expectSeedValues(release: PressRelease): void {
  expect(release.kind).toBeNull()
  expect(release.issuers).toEqual(['과학기술정보통신부'])
  expect(release.embargo).toMatchObject({
    immediate: false,
    date: '2025-05-28',
    time: '16:00',
    iso: '2025-05-28T16:00:00+09:00',
    edition: {kind: 'morning', date: '2025-05-29'},
    condition: null
  })
  expect(release.distribution).toMatchObject({date: '2025-05-28', time: '09:00', iso: '2025-05-28T09:00:00+09:00'})
  expect(release.headline).toBe('인공지능·디지털 대전환을 뒷받침하는 정보통신기술 기술사업화 생태계 혁신 첫걸음')
  expect(release.subtitles).toEqual([
    '과기정통부, 「인공지능(AI)·디지털 기술사업화 전략대화」 개최',
    '15개 정보통신기술 산학연 기관들과 정보통신기술 분야 기술사업화 활성화 추진 방향 논의'
  ])
  expect(release.body.tasks.map((t) => [t.ordinal, t.title])).toEqual([
    [1, '산업계 중심 연구개발 체계 구축 및 후속지원 확대'],
    [2, '정보통신기술 출연연 중심으로 기술사업화 선도'],
    [3, '정보통신기술 기술사업화 기업 육성 강화']
  ])
  expect(release.publisher).toEqual(['과학기술정보통신부'])
  expect(release.body.quotes).toHaveLength(1)
  expect(release.body.quotes[0]).toMatchObject({speaker: '유상임 장관', name: '유상임', title: '장관', organisation: null})
  expect(release.body.quotes[0].passages).toHaveLength(2)
  expect(release.body.quotes[0].passages[0]).toMatch(/^정보통신기술은 심화되고/)
  expect(release.body.quotes[0].passages[1]).toMatch(/협력체계도 구축해 나가겠다\.$/)
  expect(release.body.schedule).toEqual([])
  const department = '정보통신정책실 정보통신방송기술정책과'
  expect(release.contacts).toEqual([
    {group: null, department, role: '책임자', title: '과장', name: '장두원', phone: '044-202-6230', email: null},
    {group: null, department, role: '담당자', title: '사무관', name: '여동재', phone: '044-202-6234', email: null}
  ])
  expect(release.footer.slogans).toEqual(['내일을 만드는 과학기술', '내일을 채우는 디지털·AI'])
  expect(release.footer.license).toMatch(/공공누리/)
  expect(release.appendices).toHaveLength(1)
  const [appendix] = release.appendices
  expect(appendix.label).toBeNull()
  const [overview, schedule] = appendix.sections
  expect(overview.title).toBe('개요')
  expect(overview.items.map((i) => i.label)).toEqual(['목적', '일시/장소', '참석자', '주요내용'])
  expect(overview.items[2].notes).toEqual([
    '(산업계) KOVA, TTA, KAIT, KTOA, KOSA / (학계) ITRC, SW중심대학 / (연구계) ETRI, KIST, KRISS, KETI / (금융계) KAIA / (전담기관) IITP, NIPA, NIA'
  ])
  expect(schedule.title).toBe('세부 일정(안)')
  expect(schedule.notes).toEqual(['순 일정 기자단 공개, 사회자 : 정보통신산업정책관'])
  expect(schedule.schedule).toEqual([
    {start: '16:00', end: '16:05', minutes: 5, item: '■ 개회 및 참석자 소개', note: '사회자'},
    {start: '16:05', end: '16:10', minutes: 5, item: '■ 기념 촬영', note: '참석자'},
    {start: '16:10', end: '16:15', minutes: 5, item: '■ 인사말씀', note: '장관님'},
    {start: '16:15', end: '16:30', minutes: 15, item: '■ 3대 게임체인저 기술사업화 추진 현황 - AI반도체(IITP), AI(NIPA), 양자(NIA)', note: '분야별 간사 기관'},
    {start: '16:30', end: '16:40', minutes: 10, item: '■ ICT 기술사업화 생태계 활성화 추진 방향', note: '과기정통부'},
    {start: '16:40', end: '17:25', minutes: 45, item: '■ 기술사업화 전략대화', note: '참석자 전원'},
    {start: '17:25', end: '17:30', minutes: 5, item: '■ 마무리말씀 및 폐회', note: '장관님'}
  ])
}

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const le = Buffer.from('\ufeff' + text, 'utf16le')
  if (bigEndian) for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]]
  return new Uint8Array(le)
}

describe('the supplied release', () => {
  const reference = parse(seed)

  it('gives every listed value from the string', () => {
    expectSeedValues(reference)
  })

  const variants: Array<[string, string | Uint8Array]> = [
    ['UTF-8 bytes', new Uint8Array(seedBytes)],
    ['UTF-8 bytes with BOM', new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seedBytes]))],
    ['CP949 bytes', new Uint8Array(iconv.encode(seed, 'cp949'))],
    ['EUC-KR bytes', new Uint8Array(iconv.encode(seed, 'euc-kr'))],
    ['UTF-16LE with BOM', utf16(seed, false)],
    ['UTF-16BE with BOM', utf16(seed, true)],
    ['CRLF line endings', seed.replace(/\n/g, '\r\n')],
    ['NFD Hangul', seed.normalize('NFD')],
    ['NBSP for spaces', seed.replace(/ /g, '\u00a0')],
    ['U+3000 for spaces', seed.replace(/ /g, '\u3000')],
    ['a BOM in the string', '\ufeff' + seed]
  ]
  for (const [name, input] of variants) {
    it(`gives the same typed object from ${name}`, () => {
      const release = parse(input)
      expectSeedValues(release)
      expect(release).toEqual(reference)
    })
  }
})
