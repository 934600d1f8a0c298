import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import bodojaryo, {bodojaryoToMdast, fromText, parse, toMarkdown} from '../src/index.js'
import {findCases} from './fixture-cases.js'

const seed = readFileSync(new URL('../fixtures/seed-release/input.txt', import.meta.url), 'utf8')

describe('Markdown out', () => {
  const release = parse(seed)
  const markdown = toMarkdown(release)

  it('writes the headline, contacts and schedule as Markdown with GFM tables', () => {
    expect(markdown).toContain('# 인공지능·디지털 대전환을 뒷받침하는 정보통신기술 기술사업화 생태계 혁신 첫걸음')
    expect(markdown).toMatch(/\| *정보통신정책실 정보통신방송기술정책과 *\| *책임자 *\| *과장 *\| *장두원 *\| *044-202-6230 *\|/)
    expect(markdown).toMatch(/\| *16:00~16:05 *\| *\(5'\) *\| *■ 개회 및 참석자 소개 *\| *사회자 *\|/)
    expect(markdown).toMatch(/\| *보도시점 *\| *2025\. 5\. 28\.\(수\) 16:00/)
    expect(markdown).toContain('- 과기정통부, 「인공지능(AI)·디지털 기술사업화 전략대화」 개최')
  })

  it('parses back to the same headline, subtitles, embargo, contacts and schedule', () => {
    const back = parse(markdown)
    expect(back.headline).toBe(release.headline)
    expect(back.subtitles).toEqual(release.subtitles)
    expect(back.embargo).toEqual(release.embargo)
    expect(back.distribution).toEqual(release.distribution)
    expect(back.contacts).toEqual(release.contacts)
    expect(back.appendices.flatMap((a) => a.sections.flatMap((s) => s.schedule ?? []))).toEqual(
      release.appendices.flatMap((a) => a.sections.flatMap((s) => s.schedule ?? []))
    )
  })

  it('works as a unified bridge to remark-stringify', async () => {
    const file = await unified().use(bodojaryo).use(bodojaryoToMdast).use(remarkStringify, {bullet: '-', listItemIndent: 'one'}).process(seed)
    expect(String(file)).toBe(markdown)
    expect(file.data.pressRelease).toEqual(release)
  })
})

describe('Markdown round trip: parse(toMarkdown(release))', () => {
  const fixtures = new URL('../fixtures/', import.meta.url).pathname
  const corpus = new URL('../../shared/corpus/', import.meta.url).pathname
  /** The fields that come back as they went in (README: what does not round-trip). */
  const fields = ['kind', 'issuers', 'headline', 'subtitles', 'embargo', 'distribution'] as const

  const inputs: Array<[string, Uint8Array]> = []
  for (const name of findCases(fixtures)) inputs.push([`fixtures/${name}`, new Uint8Array(readFileSync(join(fixtures, name, 'input.txt')))])
  for (const form of ['text', 'lines', 'markdown', 'original']) {
    if (!existsSync(join(corpus, form))) continue
    for (const name of readdirSync(join(corpus, form)).sort()) inputs.push([`${form}/${name}`, new Uint8Array(readFileSync(join(corpus, form, name)))])
  }

  it('gives back kind, issuers, headline, subtitles, embargo and distribution for every fixture and corpus release', () => {
    let compared = 0
    for (const [name, bytes] of inputs) {
      let release
      try {
        release = parse(bytes)
      } catch {
        continue // refused bytes (binary fixtures, an HTML page saved as .hwpx)
      }
      const back = parse(toMarkdown(release))
      for (const field of fields) expect(back[field], `${name}: ${field}`).toEqual(release[field])
      compared++
    }
    expect(compared).toBeGreaterThan(25)
  })

  it('gives back each contact’s group, department, role and title as they went in', () => {
    const release = parse(
      [
        '보도시점\t2024. 3. 4.(월) 12:00',
        '',
        '지역 도서관 운영 개선',
        '',
        '담당 부서\t<총괄>\t문화정책관 도서관정책과\t책임자\t과  장\t김가람\t(044-000-1111)',
        '\t\t\t담당자\t사무관\t이나래\t(044-000-1112)',
        '\t<협조>\t지역문화정책관 지역문화정책과\t책임자\t과  장\t박다솜\t(044-000-2221)',
        '\t\t\t담당자\t주무관\t최마루\t(044-000-2222)',
        ''
      ].join('\n')
    )
    expect(release.contacts.map((c) => [c.group, c.role, c.title])).toEqual([
      ['총괄', '책임자', '과장'],
      ['총괄', '담당자', '사무관'],
      ['협조', '책임자', '과장'],
      ['협조', '담당자', '주무관']
    ])
    expect(parse(toMarkdown(release)).contacts).toEqual(release.contacts)
  })
})

describe('Markdown in', () => {
  it('reads pipe tables by cell, like TAB rows', () => {
    const text = '보도시점\t2024. 1. 2.(화) 12:00\n\n제목 줄입니다\n\n담당 부서\t기획과\t책임자\t과  장\t홍길동\t(044-000-0001)\n'
    const markdown = '| 보도시점 | 2024. 1. 2.(화) 12:00 |\n| --- | --- |\n\n# 제목 줄입니다\n\n| 담당 부서 | 기획과 | 책임자 | 과 장 홍길동 (044-000-0001) |\n| --- | --- | --- | --- |\n'
    const a = parse(text)
    const b = parse(markdown)
    expect(b.embargo).toEqual(a.embargo)
    expect(b.headline).toBe(a.headline)
    expect(b.contacts).toEqual(a.contacts)
    const tree = fromText(markdown)
    const contacts = tree.children.find((c) => c.type === 'contacts')!
    expect(contacts.children[0].type).toBe('tableRow')
  })

  it('can be forced to read pipes as text', () => {
    const value = '| 기관 | 내용 |\n| --- | --- |\n| 가 | 나 |\n'
    const types = (format?: 'markdown' | 'text') => {
      const seen: string[] = []
      visit(fromText(value, {format}), (node) => {
        seen.push(node.type)
      })
      return seen
    }
    expect(types()).toContain('syntax')
    expect(types('markdown')).toContain('syntax')
    expect(types('text')).not.toContain('syntax')
  })

  const extra = new URL('../../shared/corpus/extra/', import.meta.url).pathname
  it.skipIf(!existsSync(extra))('reads the converters’ Markdown with raw HTML tables (corpus extra/)', () => {
    for (const name of readdirSync(extra).filter((f) => f.endsWith('.md'))) {
      const release = parse(readFileSync(join(extra, name), 'utf8'))
      expect(release.headline, name).toBeTruthy()
      expect(release.embargo, name).not.toBeNull()
      expect(release.contacts.length, name).toBeGreaterThan(0)
      expect(release.contacts.every((c) => c.phone || c.email), name).toBe(true)
    }
  })
})
