import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Blockquote, Nodes as MdastNodes, Root as MdastRoot, Table as MdastTable} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import bodojaryo, {bodojaryoToMdast, fromText, parse, toMarkdown} from '../src/index.js'
import type {BodyBlock, PressRelease} from '../src/index.js'
import {findCases} from './fixture-cases.js'
import {corpusPath, hasCorpus} from './corpus-folder.js'
import {assertTreeInvariants} from './invariants.js'

const seed = readFileSync(new URL('../fixtures/seed-release/input.txt', import.meta.url), 'utf8')

const fixtures = new URL('../fixtures/', import.meta.url).pathname
const update = Boolean(process.env.UPDATE)

/** A Markdown text's front matter, read as YAML, and the Markdown after it. */
function frontMatter(markdown: string): {data: Record<string, unknown>; rest: string} {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown)
  if (!match) throw new Error('no front matter')
  return {data: parseYaml(match[1]) as Record<string, unknown>, rest: markdown.slice(match[0].length)}
}

const squash = (value: string) => value.replace(/\s+/g, ' ').trim()
/** The text of an mdast node, as a reader sees it. */
const textOf = (node: MdastNodes): string => squash(plain(node))
const plain = (node: MdastNodes): string => ('value' in node ? node.value : 'children' in node ? (node.children as MdastNodes[]).map(plain).join('') : '')
const itemText = (marker: string, value: string) => (/^[-–*＊]$/.test(marker) ? value : `${marker} ${value}`)

/** The list items of a tree: nesting level (1 for the outermost) and the text of their first child. */
function mdastItems(tree: MdastRoot): Array<[number, string]> {
  const out: Array<[number, string]> = []
  const walk = (node: MdastNodes, level: number) => {
    if (node.type === 'listItem') out.push([level, node.children[0] ? textOf(node.children[0]) : ''])
    if ('children' in node) for (const child of node.children as MdastNodes[]) walk(child, node.type === 'list' ? level + 1 : level)
  }
  walk(tree, 0)
  return out
}

/** The items a release's blocks should give, with their nesting level; blocks that hold a quote are left out. */
function releaseItems(blocks: readonly BodyBlock[], level: number, passages: string[]): Array<[number, string]> {
  const out: Array<[number, string]> = []
  for (const block of blocks) {
    const quoted = block.type !== 'table' && passages.some((p) => squash(block.text).includes(squash(p)))
    if (block.type === 'item') {
      if (!quoted) out.push([level, squash(itemText(block.marker, block.text))])
      out.push(...releaseItems(block.children, level + 1, passages))
    } else if (block.type === 'paragraph' && /^[:：]\s/.test(block.text) && !quoted) out.push([level, squash(block.text.replace(/^[:：]\s+/, ''))])
  }
  return out
}

/** Whether `part` occurs in `whole` in order (not necessarily next to each other). */
function inOrder<T>(whole: T[], part: T[]): T[] {
  let at = 0
  const missing: T[] = []
  for (const item of part) {
    const found = whole.findIndex((w, i) => i >= at && JSON.stringify(w) === JSON.stringify(item))
    if (found < 0) missing.push(item)
    else at = found + 1
  }
  return missing
}

/**
 * What a reader of `toMarkdown(release)` sees, checked against the release: front matter that
 * reads as YAML with the release's kind, publisher and dates; no `###` heading, no colon bullet,
 * no escaped note mark; items as nested lists at their depth; each quote as a blockquote of its
 * passages ending with its speaker; the contacts under a header row; a `##` heading per
 * printed appendix; each schedule as a table under its header row.
 */
function expectReadable(release: PressRelease, markdown: string): void {
  const {data, rest} = frontMatter(markdown)
  expect(data.title).toBe(release.headline)
  expect(data.kind).toBe(release.kind)
  expect(data.publisher).toEqual(release.publisher)
  expect(data.embargo).toEqual(release.embargo && expect.objectContaining({raw: release.embargo.raw, iso: release.embargo.iso, immediate: release.embargo.immediate, edition: release.embargo.edition}))
  expect(data.distribution).toEqual(release.distribution && expect.objectContaining({raw: release.distribution.raw, iso: release.distribution.iso}))
  expect(markdown).not.toMatch(/^#{3,} /m)
  expect(markdown).not.toMatch(/^\s*(?:[-*] )?[:：] /m)
  expect(markdown).not.toMatch(/^\s*- \\\*/m)

  const tree = unified().use(remarkParse).use(remarkGfm).parse(rest) as MdastRoot
  if (release.headline) expect(tree.children.find((n) => n.type === 'heading' && n.depth === 1)).toSatisfy((n: MdastNodes) => textOf(n) === squash(release.headline!))
  const quotes = release.body.quotes.map((q) => ({speaker: q.speaker ?? [q.name, q.title].filter(Boolean).join(' '), passages: q.passages.filter((p) => p.trim())}))
  const passages = quotes.flatMap((q) => q.passages)
  const items = mdastItems(tree)
  const expected = [
    ...release.subtitles.map((s): [number, string] => [1, squash(s)]),
    ...releaseItems(release.body.blocks, 1, passages),
    ...release.appendices
      .filter((a) => a.hasContent)
      .flatMap((a) => [...a.sections.flatMap((s) => [[1, squash(`□ ${s.title}`)] as [number, string], ...releaseItems(s.blocks, 2, passages)]), ...releaseItems(a.blocks, 1, passages)])
  ]
  expect(inOrder(items, expected), 'items missing or at another depth').toEqual([])

  const blockquotes: string[][] = []
  visit(tree, 'blockquote', (node: Blockquote) => {
    blockquotes.push(node.children.map(textOf))
  })
  for (const q of quotes) {
    if (q.passages.length === 0) continue
    expect(blockquotes, q.speaker).toContainEqual([...q.passages.map((p) => squash(`“${p}”`)), ...(q.speaker ? [`— ${q.speaker}`] : [])])
  }

  const tables: string[][][] = []
  visit(tree, 'table', (node: MdastTable) => {
    tables.push(node.children.map((row) => row.children.map(textOf)))
  })
  if (release.contacts.length) {
    const contacts = tables.find((t) => t[0].includes('담당 부서') && t[0].includes('성명'))
    expect(contacts, 'contacts table').toBeDefined()
    expect(contacts![0].every((cell) => cell !== ''), 'a header cell is blank').toBe(true)
    expect(contacts!.slice(1).map((row) => row[contacts![0].indexOf('성명')])).toEqual(release.contacts.map((c) => c.name ?? ''))
  }
  const headings = tree.children.filter((n) => n.type === 'heading' && n.depth === 2)
  expect(headings.length).toBe(release.appendices.filter((a) => a.hasContent).length)
  for (const schedule of release.appendices.flatMap((a) => a.sections.flatMap((s) => (s.schedule ? [s.schedule] : [])))) {
    expect(tables).toContainEqual([['시간', '분', '내용', '비고'], ...schedule.map((r) => [`${r.start}~${r.end}`, r.minutes === null ? '' : `(${r.minutes}')`, squash(r.item), r.note ?? ''])])
  }
}

describe('Markdown out', () => {
  const release = parse(seed)
  const markdown = toMarkdown(release)

  for (const name of ['seed-release', 'quotes-notes-and-groups']) {
    it(`writes ${name} as fixtures/${name}/expected.md has it (UPDATE=1 rewrites it)`, () => {
      const path = join(fixtures, name, 'expected.md')
      const written = toMarkdown(parse(readFileSync(join(fixtures, name, 'input.txt'))))
      if (update || (!existsSync(path) && !process.env.CI)) writeFileSync(path, written)
      expect(written).toBe(readFileSync(path, 'utf8'))
    })
  }

  it('gives the supplied release front matter, no `###` heading, its quote as an attributed blockquote and tables with header rows', () => {
    expectReadable(release, markdown)
    const {data} = frontMatter(markdown)
    expect(data).toMatchObject({kind: null, publisher: ['과학기술정보통신부'], embargo: {iso: '2025-05-28T16:00:00+09:00', edition: {kind: 'morning', date: '2025-05-29'}}, distribution: {iso: '2025-05-28T09:00:00+09:00'}})
    expect(markdown).toContain('\n> — 유상임 장관\n')
    expect(markdown).toMatch(/^\| *담당 부서 *\| *역할 *\| *직위 *\| *성명 *\| *연락처 *\|$/m)
    expect(markdown).toMatch(/^\| *보도시점 *\| *배포 *\|$/m)
    expect(markdown).toContain('\n## 붙임\n')
    expect(markdown).toMatch(/^ *\| *16:00~16:05 *\| *\(5'\) *\| *■ 개회 및 참석자 소개 *\| *사회자 *\|$/m)
  })

  it('writes notes as `*` lists, colon bullets as items, a group column, and a quote in a longer paragraph after it', () => {
    const input = readFileSync(join(fixtures, 'quotes-notes-and-groups', 'input.txt'))
    const own = parse(input)
    const written = toMarkdown(own)
    expectReadable(own, written)
    expect(written).toMatch(/^ {4}\* 수요 조사는/m)
    expect(written).toMatch(/^\| *구분 *\| *담당 부서 *\| *역할 *\| *직위 *\| *성명 *\| *연락처 *\| *이메일 *\|$/m)
    expect(written).toMatch(/^한편, 정부는 .*고 덧붙였다\. 이어 /m)
    expect(written).toContain('\n> “지역 주민의 의견을 듣고 운영 방식을 고쳐 나가겠다”\n>\n> “이용이 적은 곳은 시간을 조정할 수 있다”\n>\n> — 박서가 도서관정책관\n')
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

// Three corpus releases: a colon used as a bullet in its appendix, groups of contacts with notes,
// and a schedule; their Markdown is checked by its structure, never stored.
const corpusTexts = hasCorpus('text')
describe.skipIf(!corpusTexts)(`Markdown out of corpus releases (${corpusPath('text')})`, () => {
  for (const id of ['156754188', '156754235', '156754238']) {
    it.skipIf(!corpusTexts || !hasCorpus('text', `${id}.txt`))(`writes ${id} readably: front matter, lists at their depth, quotes, contacts, appendices`, () => {
      const release = parse(readFileSync(corpusPath('text', `${id}.txt`)))
      expectReadable(release, toMarkdown(release))
    })
  }
})

describe('Markdown round trip: parse(toMarkdown(release))', () => {
  const corpus = corpusPath()
  /** The fields that come back as they went in (README: what does not round-trip). */
  const fields = ['kind', 'issuers', 'headline', 'subtitles', 'embargo', 'distribution'] as const

  const inputs: Array<[string, Uint8Array]> = []
  for (const name of findCases(fixtures)) inputs.push([`fixtures/${name}`, new Uint8Array(readFileSync(join(fixtures, name, 'input.txt')))])
  for (const form of ['text', 'lines', 'markdown', 'original']) {
    if (!hasCorpus(form)) continue
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

  it('keeps a YAML front matter as syntax, not read as the release', () => {
    const body = '| 보도시점 | 배포 |\n| --- | --- |\n| 2024. 1. 2.(화) 12:00 | 2024. 1. 1.(월) 09:00 |\n\n# 제목 줄입니다\n\n- 부제입니다\n'
    const front = '---\ntitle: "다른 제목"\nkind: "보도참고자료"\nembargo:\n  raw: "2030. 1. 1.(화) 00:00"\n---\n\n'
    const tree = fromText(front + body)
    assertTreeInvariants(tree, front + body)
    const syntax: string[] = []
    visit(tree, 'syntax', (node: {value: string}) => {
      syntax.push(node.value)
    })
    expect(syntax.join(' ')).toMatch(/^--- title: "다른 제목" kind: "보도참고자료" embargo: raw: "2030\. 1\. 1\.\(화\) 00:00" --- /)
    const release = parse(front + body)
    expect(release).toEqual({...parse(body), headline: '제목 줄입니다'})
    expect(release.kind).toBeNull()
    expect(release.embargo?.raw).toBe('2024. 1. 2.(화) 12:00')
    // Only at the very start, closed by a fence: a rule further down is no front matter.
    expect(parse('# 제목 줄입니다\n\n---\nkind: x\n---\n').headline).toBe('제목 줄입니다')
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

  const extra = corpusPath('extra')
  it.skipIf(!hasCorpus('extra'))(`reads the converters’ Markdown with raw HTML tables (${extra})`, () => {
    for (const name of readdirSync(extra).filter((f) => f.endsWith('.md'))) {
      const release = parse(readFileSync(join(extra, name), 'utf8'))
      expect(release.headline, name).toBeTruthy()
      expect(release.embargo, name).not.toBeNull()
      expect(release.contacts.length, name).toBeGreaterThan(0)
      expect(release.contacts.every((c) => c.phone || c.email), name).toBe(true)
    }
  })
})
