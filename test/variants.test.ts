import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {fromText, parse, type PressRelease} from '../src/index.js'
import {splitRelease, toLines, toMarkdown, variantNames, variants} from '../scripts/variants.js'
import {assertTreeInvariants} from './invariants.js'
import {corpusPath, hasCorpus} from './corpus-folder.js'

const corpus = corpusPath()
const present = hasCorpus('text')

/** What a reader takes from a release's first page and its closing parts. */
function fields(release: PressRelease) {
  const e = release.embargo
  return {
    kind: release.kind,
    embargo: e && {immediate: e.immediate, date: e.date, time: e.time, edition: e.edition, condition: e.condition},
    distribution: release.distribution && {date: release.distribution.date, time: release.distribution.time},
    headline: release.headline,
    subtitles: release.subtitles,
    contacts: release.contacts.map((c) => [c.role, c.title, c.name, c.phone, c.email].join('|')),
    appendices: release.appendices.length
  }
}

const release = [
  '\t보도자료',
  '',
  '보도시점\t2026. 3. 4.(수) 14:00\t배포\t2026. 3. 3.(화) 09:30',
  '',
  '공공 도서관 심야 운영 시범 사업',
  '- 전국 12곳에서 밤 11시까지 개방',
  '',
  '□ 문화체육관광부는 공공 도서관 심야 운영을 시범 실시한다고 밝혔다.',
  '',
  '붙임 1. 시범 도서관 목록 1부.',
  '',
  '담당 부서\t도서관정책과\t책임자\t과  장\t나은솔\t(044-203-1000)',
  '\t\t담당자\t사무관\t도해원\t(044-203-1005)',
  '',
  '붙임 1\t\t시범 도서관 목록',
  '',
  '붙임 2\t\t운영 시간표',
  ''
].join('\n')

describe('layout variants', () => {
  it('splits a release into the rows it moves', () => {
    const parts = splitRelease(release)!
    expect(parts.top).toEqual(['\t보도자료'])
    expect(parts.header).toEqual(['보도시점\t2026. 3. 4.(수) 14:00\t배포\t2026. 3. 3.(화) 09:30'])
    expect(parts.title).toEqual(['공공 도서관 심야 운영 시범 사업', '- 전국 12곳에서 밤 11시까지 개방'])
  })

  it('rewrites the header in each shape, saying the same', () => {
    const made = Object.fromEntries(variants(release, 'seed').map((v) => [v.name, v.text]))
    expect(made['header-after-title']).toContain('- 전국 12곳에서 밤 11시까지 개방\n\n보도시점\t2026. 3. 4.(수) 14:00\t배포')
    expect(made['two-row-table']).toContain('\n보도시점\t2026. 3. 4.(수) 14:00\n배포\t2026. 3. 3.(화) 09:30\n')
    expect(made['stacked-table']).toContain('\n보도시점\t배포\n2026. 3. 4.(수) 14:00\t2026. 3. 3.(화) 09:30\n')
    expect(made['plain-lines']).toContain('\n보도시점 : 2026. 3. 4.(수) 14:00\n배포 : 2026. 3. 3.(화) 09:30\n')
    expect(made['contacts-in-header']).toMatch(/09:30\n\n담당 부서\t도서관정책과[^]*\(044-203-1005\)\n\n공공 도서관/)
    // The release's own list (`붙임 1. … 1부.`) gives way to the folded one.
    expect(made['attachment-list']).toContain('\n붙임  1. 시범 도서관 목록 1부.  2. 운영 시간표 1부.  끝.\n\n담당 부서')
    expect(made['attachment-list']).not.toContain('붙임 1. 시범 도서관 목록 1부.\n')
    expect(made.dates).toBeDefined()
    expect(made.dates).not.toContain('2026. 3. 3.(화)')
    expect(made['summary-box']).toContain('- 전국 12곳에서 밤 11시까지 개방\n\n< 요 약 >\n')
    expect(made['appendix-unit-note']).toContain('\n붙임 1\t\t시범 도서관 목록 (단위: 건)\n')
    expect(made['appendix-cover']).toContain('\n붙 임 자 료\n\n붙임 1\t\t시범 도서관 목록\n')
    expect(made['lexicon-labels']).toBeDefined()
    // The body prints no year: the header keeps its own.
    expect(made['year-in-body']).toBeUndefined()
    for (const text of Object.values(made)) expect(fields(parse(text))).toEqual(fields(parse(release)))
  })

  it('leaves the year of the header to the body, and an edition its day alone', () => {
    const dated = release
      .replace('보도시점\t2026. 3. 4.(수) 14:00', '보도시점\t2026. 3. 4.(수) 14:00 (2026. 3. 5.(목) 조간)')
      .replace('□ 문화체육관광부는', '□ 문화체육관광부는 2026년 3월 2일')
    const made = Object.fromEntries(variants(dated, 'seed').map((v) => [v.name, v.text]))
    expect(made['year-in-body']).toContain('\n보도시점\t3. 4.(수) 14:00 (3. 5.(목) 조간)\t배포\t3. 3.(화) 09:30\n')
    expect(made['day-without-month']).toContain('\n보도시점\t2026. 3. 4.(수) 14:00 (5(목) 조간)\t배포\t2026. 3. 3.(화) 09:30\n')
    for (const name of ['year-in-body', 'day-without-month']) expect(fields(parse(made[name])), name).toEqual(fields(parse(dated)))
  })

  it('puts every table cell on a line of its own for the lines form', () => {
    expect(toLines('보도시점\t2026. 3. 4.(수)\t\t배포\t2026. 3. 3.(화)\n제목\n')).toBe('보도시점\n2026. 3. 4.(수)\n배포\n2026. 3. 3.(화)\n제목\n')
  })

  it('writes table rows as pipe tables for the Markdown form', () => {
    expect(toMarkdown('\t보도자료\n보도시점\t2026. 3. 4.(수)\n제목\n')).toBe('|  | 보도자료 |\n| --- | --- |\n| 보도시점 | 2026. 3. 4.(수) |\n\n제목\n')
  })

  it('leaves out a release whose header it cannot find', () => {
    expect(variants('제목만 있는 글\n\n□ 본문입니다.\n')).toEqual([])
  })

  describe.skipIf(!present)(`on every text release of ${corpus}`, () => {
    const ids = present ? readdirSync(join(corpus, 'text')).map((f) => f.replace(/\.txt$/, '')).sort() : []
    for (const name of variantNames) {
      it(`reads the ${name} variant as the release itself`, () => {
        let made = 0
        for (const id of ids) {
          const text = readFileSync(join(corpus, 'text', id + '.txt'), 'utf8')
          const variant = variants(text, id).find((v) => v.name === name)
          if (!variant) continue
          made++
          const tree = fromText(variant.text)
          assertTreeInvariants(tree, variant.text)
          expect(fields(parse(variant.text)), id).toEqual(fields(parse(text)))
          // The same in the lines form (every cell on a line of its own): the first page reads alike.
          const {contacts: _c, appendices: _a, ...first} = fields(parse(toLines(variant.text)))
          const {contacts: _d, appendices: _b, ...expected} = fields(parse(toLines(text)))
          expect(first, `${id} (lines)`).toEqual(expected)
          // And as converter Markdown (tables as pipe tables).
          expect(fields(parse(toMarkdown(variant.text))), `${id} (markdown)`).toEqual(fields(parse(toMarkdown(text))))
        }
        expect(made).toBeGreaterThan(0)
      })
    }
  })
})
