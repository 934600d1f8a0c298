import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Position} from 'unist'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {fromText, parse} from '../src/index.js'
import type {Quote, ScheduleRow} from '../src/types.js'
import {isOrganisation, isTitle, readSpeaker} from '../src/lib/speaker.js'
import {findCases} from './fixture-cases.js'

const project = fileURLToPath(new URL('..', import.meta.url))
const corpus = resolve(project, process.env.BODOJARYO_CORPUS ?? '../shared/corpus')
const fixtures = join(project, 'fixtures')

/** The source a position spans as text: composed Hangul, white space, quotation marks and Markdown markup (`**`, `<br>`, `#`) left out. */
const at = (source: string, position: Position) =>
  source
    .slice(position.start.offset, position.end.offset)
    .normalize('NFC')
    .replace(/\*\*|<br\s*\/?>|#+/g, '')
    .replace(/[\s“”"]/g, '')
const squash = (value: string) => value.replace(/[\s“”"]/g, '')

/** The documents to check: every fixture, and the corpus's text, lines and Markdown forms when present. */
function documents(): Array<[string, string]> {
  const out: Array<[string, string]> = []
  for (const name of findCases(fixtures)) {
    const path = join(fixtures, name, 'input.txt')
    const text = readFileSync(path, 'utf8')
    if (!text.includes('\uFFFD') && !/^\uFEFF/.test(text)) out.push([`fixtures/${name}`, text])
  }
  for (const form of ['text', 'lines', 'markdown']) {
    const dir = join(corpus, form)
    if (!existsSync(dir)) continue
    for (const file of readdirSync(dir).sort()) out.push([`${form}/${file}`, readFileSync(join(dir, file), 'utf8')])
  }
  return out
}

describe('quotations and time-tables in the tree', () => {
  const docs = documents()

  it('points each quoted passage, speaker and name at the source that prints it', () => {
    let passages = 0
    for (const [name, source] of docs) {
      visit(fromText(source), 'quote', (node) => {
        const quote = node as Quote
        quote.passages.forEach((passage, k) => {
          passages++
          // Markup a converter put inside (`**`, `#`, `<br>`) aside, the span holds the passage.
          expect(at(source, quote.spans.passages[k]), `${name}: passage ${k}`).toBe(squash(passage))
        })
        if (quote.speaker) expect(at(source, quote.spans.speaker![0]), `${name}: speaker`).toBe(squash(quote.speaker))
        if (quote.name && quote.spans.name) expect(at(source, quote.spans.name[0]), `${name}: name`).toBe(squash(quote.name))
      })
    }
    expect(passages).toBeGreaterThan(10)
  })

  it('points each value of a time-table row read from lines it shares at the source that prints it', () => {
    let rows = 0
    for (const [name, source] of docs) {
      visit(fromText(source), 'scheduleRow', (node) => {
        const row = node as ScheduleRow
        if (row.position) return
        rows++
        expect(row.spans?.start, `${name}: ${row.start}`).toBeDefined()
        expect(row.spans?.item, `${name}: ${row.item}`).toBeDefined()
        expect(at(source, row.spans!.item![0]), name).toContain(squash(row.item))
        // The time as printed: its hour and minutes, in whatever spelling (`10:30`, `오후 2시 30분`).
        expect(at(source, row.spans!.start![0]), name).toMatch(/\d/)
      })
    }
    expect(rows).toBeGreaterThan(3)
  })

  it('gives each quotation and each time-table row once in the typed object', () => {
    for (const [name, source] of docs) {
      const release = parse(source)
      const lists: Record<string, unknown[][]> = {quotes: [], schedule: []}
      const walk = (value: unknown) => {
        if (!value || typeof value !== 'object') return
        if (Array.isArray(value)) return value.forEach(walk)
        for (const [key, v] of Object.entries(value)) {
          if (key in lists && Array.isArray(v)) lists[key].push(v)
          else walk(v)
        }
      }
      walk(release)
      const tree = fromText(source)
      let quotes = 0
      let rows = 0
      visit(tree, 'quote', () => void quotes++)
      visit(tree, 'scheduleRow', () => void rows++)
      expect(lists.quotes.flat().length, name).toBe(quotes)
      expect(lists.schedule.flat().length, name).toBe(rows)
    }
  })
})

describe('a speaker’s words', () => {
  it('reads name, title and organisation in any order', () => {
    expect(readSpeaker(['윤호중', '행정안전부', '장관'])).toMatchObject({name: '윤호중', title: '장관', organisation: '행정안전부'})
    expect(readSpeaker(['국토교통부', '김윤덕', '장관'])).toMatchObject({name: '김윤덕', title: '장관', organisation: '국토교통부'})
    expect(readSpeaker(['국토교통부', '김연희', '도시경제과장'])).toMatchObject({name: '김연희', title: '도시경제과장', organisation: '국토교통부'})
    expect(readSpeaker(['사절단장인', '김진해', '외교부', '카리콤정부대표'])).toMatchObject({name: '김진해', title: '카리콤정부대표', organisation: '외교부'})
    expect(readSpeaker(['허재우', '기획조정실장', '직무대리'])).toMatchObject({name: '허재우', title: '기획조정실장 직무대리', organisation: null})
    expect(readSpeaker(['윤호중', '행정안전부장관'])).toMatchObject({name: '윤호중', title: '장관', organisation: '행정안전부'})
    expect(readSpeaker(['카림', '카리니', '하버드대', '교수'])).toMatchObject({name: '카림 카리니', title: '교수', organisation: '하버드대'})
  })

  it('knows titles and organisations by how they end, of every kind', () => {
    const titles = ['장관', '차관', '차관보', '총리', '대통령', '부총리', '비서관', '대변인', '질병관리청장', '기획조정실장', '도시경제과장', '본부장', '센터장', '선장',
      '수산정책관', '아시아중남미협력담당관', '국제경제관리관', '서울시장', '도지사', '군수', '구청장', '교육감', '의장', '대표', '대표이사', '교수', '박사', '위원', '의원',
      '이사', '고문', '대사', '총영사', '참사관', '총재', '단원', '선수', '감독', '작가', '변호사', '의사', '교사', '직무대리', '직무대행', '권한대행', '내정자', '관계자',
      '전문가', '책임자', '담당자', '연구관', '사무관', '주무관', '서기관', '연구원', '선임연구원', '공사', '감사']
    for (const title of titles) expect(isTitle(title), title).toBe(true)
    const organisations = ['행정안전부', '인사혁신처', '관세청', '국립환경과학원', '공정위', '국무조정실', '한국토지주택공사', '국민건강보험공단', '한국고고학회', '국민권익위원회',
      '농업재해보험재단', '건설근로자공제회', '축산업협동조합', '한국기술교육대학교', '서울대학', '하버드대', '재난안전연구소', '경남권질병대응센터', '국가수사본부', '국립고궁박물관',
      '주한미국대사관', '한국인터넷진흥원', '몽골측', '전라남도', '수원시', '완도군', '해운대구', '서울특별시', 'KOTRA', 'R&D']
    for (const organisation of organisations) expect(isOrganisation(organisation), organisation).toBe(true)
    for (const word of ['관계부처', '공무원', '긴급지시', '위법행위', '정부', '지방정부', '중앙정부', '지원', '김지원', '이명구']) expect(isOrganisation(word), word).toBe(false)
  })

  it('leaves a surname with a title, or a title alone, to be found in full, and gives no name to a group', () => {
    expect(readSpeaker(['황', '장관'])).toMatchObject({name: null, surname: '황', title: '장관'})
    expect(readSpeaker(['홍차관'])).toMatchObject({name: null, surname: '홍', title: '차관'})
    expect(readSpeaker(['차관'])).toMatchObject({name: null, surname: null, title: '차관', titleOnly: true})
    expect(readSpeaker(['몽골측', '연수생', '대표'])).toMatchObject({name: null, title: '대표'})
    expect(readSpeaker(['도매시장법인', '대표들'])).toMatchObject({name: null})
    expect(readSpeaker(['관계자'])).toMatchObject({name: null})
  })
})
