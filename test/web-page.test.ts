import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {fromText, parse} from '../src/index.js'
import {assertTreeInvariants} from './invariants.js'

const top = ['본문 바로가기', '로그인 | 회원가입 | 사이트맵', '홈 > 알림·소식 > 보도자료']
const foot = ['목록', '이전글 지난 소식', '개인정보처리방침 | 저작권정책', 'Copyright ⓒ 2026 Example Ministry. All rights reserved.']
const body = ['', '□ 국토교통부는 공공 임대주택 공급 계획을 발표했다.', '  ○ 올해 5만 호를 새로 짓는다.', '']

/** What a reader takes from a web page: its title, the day posted, the contacts, the body's first item, and the diagnostics. */
function read(lines: string[]) {
  const text = lines.join('\n') + '\n'
  assertTreeInvariants(fromText(text), text)
  const file = new VFile(text)
  const r = parse(file)
  return {
    headline: r.headline,
    posted: r.distribution?.date ?? null,
    contacts: r.contacts.map((c) => [c.department, c.name, c.phone].join('|')),
    first: r.body.blocks[0] && 'text' in r.body.blocks[0] ? r.body.blocks[0].text : null,
    web: file.messages.some((m) => m.ruleId === 'web-page')
  }
}

describe('a web page saved as text', () => {
  it.each([
    ['등록일 2026-05-12   조회수 318   담당부서 주택정책과'],
    ['작성일 : 2026.05.12 | 조회 318 | 담당부서 : 주택정책과'],
    ['등록일\t2026-05-12\t조회수\t318\t담당부서\t주택정책과']
  ])('reads the title and the day posted from fields printed as %j', (fields) => {
    expect(read([...top, '공공 임대주택 5만 호 공급', fields, ...body, ...foot])).toEqual({
      headline: '공공 임대주택 5만 호 공급',
      posted: '2026-05-12',
      contacts: [],
      first: '국토교통부는 공공 임대주택 공급 계획을 발표했다.',
      web: true
    })
  })

  it('reads the contacts the fields print, when the release prints none', () => {
    const page = read([...top, '공공 임대주택 5만 호 공급', '등록일 2026-05-12', '담당부서\t주택정책과', '담당자\t나은솔', '연락처\t044-201-3300', ...body, ...foot])
    expect(page.contacts).toEqual(['주택정책과|나은솔|044-201-3300'])
  })

  it('reads a date under the title as the day posted', () => {
    expect(read([...top, '공공 임대주택 5만 호 공급', '2026.05.12 국토교통부', ...body, ...foot]).posted).toBe('2026-05-12')
  })

  it('keeps the menus and the footer out of the body, in the tree', () => {
    const text = [...top, '공공 임대주택 5만 호 공급', '등록일 2026-05-12', ...body, ...foot].join('\n')
    const tree = fromText(text)
    expect(tree.children.filter((c) => c.type === 'paragraph')).toHaveLength(top.length + foot.length)
    expect(parse(text).body.blocks.flatMap((b) => ('text' in b ? [b.text] : []))).not.toContain('목록')
  })

  it('reads a release that prints a list and a copyright once as a release', () => {
    const release = ['보도자료', '보도시점\t2026. 5. 12.(화) 12:00', '', '공공 임대주택 5만 호 공급', '', '□ 국토교통부는 계획을 발표했다.', '목록', '', 'Copyright ⓒ 2026 Example Ministry.']
    expect(read(release).web).toBe(false)
  })
})
