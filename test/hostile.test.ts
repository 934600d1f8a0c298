import fc from 'fast-check'
import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {decode, fromText, parse, parseAsync, readBytes, toMarkdown, toPressRelease} from '../src/index.js'
import {families} from '../scripts/adversarial.js'
import {crafted, craftedDirectory, craftedHostile, craftedHwp, craftedHwpHostile, craftedPdf, hwp, hwpRelease, hwpTable, hwpx, p, sectionXml} from './crafted.js'
import {inSmallHeap} from './small-heap.js'
import {assertTreeInvariants} from './invariants.js'
import {assertShape} from './shape.js'

// CI runs a fixed seed (reproducible); local runs explore new ones and print the seed of a failure.
if (process.env.CI) fc.configureGlobal({seed: 20261128})

/** The error `run` throws (or undefined). */
function thrown(run: () => unknown): {code?: string; message: string; name: string} | undefined {
  try {
    run()
  } catch (error) {
    return error as {code?: string; message: string; name: string}
  }
  return undefined
}

describe('documents with hostile sizes are read within budgets', () => {
  it('reads a table declaring a billion columns, or ten million rows spanned by one cell, as the cells it holds', () => {
    for (const bytes of [crafted.tableColumns(), crafted.rowSpan(), crafted.infiniteCounts()]) {
      const read = readBytes(bytes)
      expect(read.value.split('\n')).toContain('가')
      expect(parse(bytes).headline).toBe('해양 쓰레기 수거 확대')
    }
  })

  it('refuses a cell addressed at row one billion with ERR_RESOURCE_LIMIT naming the limit', () => {
    const error = thrown(() => parse(crafted.cellAddress()))
    expect(error).toMatchObject({code: 'ERR_RESOURCE_LIMIT', name: 'BodojaryoError'})
    expect(error!.message).toMatch(/table cells.*1,000,000/)
  })

  it('refuses tables nested a thousand deep', () => {
    expect(thrown(() => parse(crafted.nestedTables()))).toMatchObject({code: 'ERR_RESOURCE_LIMIT', message: expect.stringMatching(/nested.*\(32\)/)})
  })

  it('counts `maxSize` against inflated bytes and stops the inflater there', () => {
    const bomb = crafted.zipBomb(3_000_000)
    expect(bomb.length).toBeLessThan(100_000)
    const error = thrown(() => parse(bomb, {maxSize: 1_000_000}))
    expect(error).toMatchObject({code: 'ERR_RESOURCE_LIMIT'})
    expect(error!.message).toMatch(/inflated bytes.*1,000,000.*`maxSize`/)
    // Under a larger budget the same file reads.
    expect(parse(bomb, {maxSize: 4_000_000}).headline).toBeNull()
  })

  it('stops reading a document whose text passes 2,000,000 code units', () => {
    const long = hwpx(sectionXml(p('가'.repeat(10_000)).repeat(201)))
    expect(long.length).toBeLessThan(100_000)
    expect(thrown(() => parse(long))).toMatchObject({code: 'ERR_RESOURCE_LIMIT', message: expect.stringMatching(/text per document.*\(2,000,000\).*`maxSize`/)})
    expect(readBytes(long, {maxSize: 7_000_000}).value.length).toBe(201 * 10_001)
  })

  it('stops an HWP deflate bomb at the default budget of 32 MiB', () => {
    const bomb = craftedHwp.deflateBomb(40 * 1024 * 1024)
    expect(bomb.length).toBeLessThan(200_000)
    expect(thrown(() => parse(bomb))).toMatchObject({code: 'ERR_RESOURCE_LIMIT', message: expect.stringMatching(/33,554,432/)})
  })

  it('refuses a ZIP of more than 10,000 entries', () => {
    expect(thrown(() => parse(crafted.manyEntries(10_001)))).toMatchObject({code: 'ERR_RESOURCE_LIMIT', message: expect.stringMatching(/ZIP entries \(10,000\)/)})
  })

  it('reads a 65,535 × 65,535 HWP table as the one cell it holds', () => {
    const release = parse(craftedHwp.hugeTable())
    expect(release.headline).toBe('전통시장 활성화 대책 발표')
    expect(release.body.blocks).toEqual([{type: 'paragraph', text: '칸'}])
  })

  it('reads a table with a cell outside its declared grid', () => {
    expect(readBytes(hwp([...hwpRelease(), ...hwpTable(0, 0)])).value).not.toContain('칸')
  })
})

describe('every failure has a code and a message a user can act on', () => {
  const invalid: Array<[string, () => Uint8Array, RegExp]> = [
    ['a tag never closed', crafted.brokenXml, /malformed XML in `Contents\/section0\.xml` at line 1, column \d+/],
    ['an undefined entity', crafted.undefinedEntity, /malformed XML/],
    ['a ZIP where the section should be', crafted.nestedZip, /malformed XML/],
    ['a package without sections', crafted.noSections, /without sections/],
    ['a truncated HWP file', craftedHwp.truncated, /cannot be opened.*complete/],
    ['an HWP file without its section stream', craftedHwp.noSections, /BodyText\/Section0/],
    ['an HWP directory with a cycle', craftedDirectory.cycle, /BodyText\/Section0/],
    ['an HWP section stream of an absurd size', craftedDirectory.absurdSize, /section 0/],
    ['an HWP section stream starting nowhere', craftedDirectory.badStart, /BodyText\/Section0/]
  ]
  for (const [name, make, message] of invalid) {
    it(`refuses ${name} with ERR_INVALID_DOCUMENT`, () => {
      const error = thrown(() => parse(make()))
      expect(error).toMatchObject({code: 'ERR_INVALID_DOCUMENT', name: 'BodojaryoError'})
      expect(error!.message).toMatch(message)
      expect(error!.message).not.toMatch(/undefined|Cannot|entity\./)
    })
  }

  it('leaks nothing from an external entity or the billion laughs', () => {
    for (const make of [crafted.externalEntity, crafted.billionLaughs]) {
      const error = thrown(() => parse(make()))
      expect(error?.code).toBe('ERR_INVALID_DOCUMENT')
      expect(error!.message).not.toMatch(/root:|lollol/)
    }
  })
})

describe('files named like documents', () => {
  it('refuses an empty .hwpx or .hwp given with its name, and reads other bytes under such a name for what they are', () => {
    expect(thrown(() => parse(new VFile({path: 'release.hwpx', value: new Uint8Array(0)})))).toMatchObject({code: 'ERR_INVALID_DOCUMENT', format: 'hwpx', message: 'Unexpected empty `.hwpx` file; is the file complete?'})
    expect(thrown(() => parse(new VFile({path: 'release.HWP', value: new Uint8Array(0)})))).toMatchObject({code: 'ERR_INVALID_DOCUMENT', format: 'hwp5'})
    expect(parse(new VFile({path: 'release.hwpx', value: new TextEncoder().encode('제목')})).headline).toBe('제목')
    expect(parse(new VFile({path: 'release.txt', value: new Uint8Array(0)})).headline).toBeNull()
  })
})

describe('declared encodings and damaged text', () => {
  it('reads an HWPX section saved in the EUC-KR its declaration names', () => {
    expect(parse(crafted.eucKr()).headline).toBe('해양 쓰레기 수거 확대')
  })

  const korean = '보도시점 2025. 5. 28.(수) 16:00\n인공지능 첫걸음\n□ 과학기술정보통신부는 기술사업화 전략대화를 열었다.\n'.repeat(150)

  it('decodes mostly valid UTF-8 with U+FFFD and one positioned diagnostic per run of bad bytes', () => {
    const good = new TextEncoder().encode(korean)
    expect(good.length).toBeGreaterThan(20_000)
    const bytes = new Uint8Array(good.length + 6)
    // Five runs of bad bytes, one of two bytes, each after a line's end.
    const at = [100, 4000, 9000, 15000, 19000]
    let from = 0
    let to = 0
    const offsets: number[] = []
    for (const [k, target] of at.entries()) {
      const cut = good.indexOf(0x0a, target) + 1
      bytes.set(good.subarray(from, cut), to)
      to += cut - from
      from = cut
      bytes[to++] = 0xff
      if (k === 0) bytes[to++] = 0xc3
    }
    bytes.set(good.subarray(from), to)
    for (const cut of at) offsets.push(korean.indexOf('\n', new TextDecoder().decode(good.subarray(0, cut)).length) + 1 + offsets.length)
    const decoded = decode(bytes)
    expect(decoded.encoding).toBe('utf-8')
    expect(decoded.value.replaceAll('\ufffd', '')).toBe(korean)
    expect(decoded.replaced).toEqual(offsets.map((offset, k) => ({offset, bytes: k === 0 ? 2 : 1})))
    const file = new VFile({value: bytes})
    expect(parse(file).headline).toBe('인공지능 첫걸음')
    const told = file.messages.filter((m) => m.ruleId === 'invalid-utf-8')
    expect(told.map((m) => [m.place && 'start' in m.place ? m.place.start.offset : null, m.reason])).toEqual(
      offsets.map((offset, k) => [offset, k === 0 ? 'Unexpected 2 bytes that are not UTF-8, replaced with `U+FFFD`' : 'Unexpected byte that is not UTF-8, replaced with `U+FFFD`'])
    )
    for (const m of told) expect(String(file.value).charAt((m.place as {start: {offset: number}}).start.offset)).toBe('\ufffd')
  })

  it('still reads CP949 as CP949 and refuses random bytes', () => {
    expect(decode(new Uint8Array(iconv.encode(korean, 'cp949')))).toEqual({value: korean, encoding: 'cp949'})
    let seed = 11
    const random = new Uint8Array(8192).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff)
    expect(thrown(() => parse(random))?.code).toBe('ERR_BINARY_INPUT')
  })
})

/** A programmer error as the package throws it: a `TypeError` with a stable code. */
const argumentError = (message: string, code = 'ERR_INVALID_ARG_TYPE') => expect.objectContaining({name: 'TypeError', code, message})

describe('options are checked', () => {
  it('names the option in a TypeError', () => {
    expect(() => parse('가', null as never)).toThrow(argumentError('Expected `options` to be an object, not `null`'))
    expect(() => parse('가', {maxSize: Number.NaN})).toThrow(argumentError('Expected `maxSize` to be a number of 0 or more, not `NaN`'))
    expect(() => parse('가', {maxSize: '5' as never})).toThrow(/`maxSize`/)
    expect(() => parse('가', {format: 'bogus' as never})).toThrow(argumentError("Expected `format` to be `'markdown'` or `'text'`, not `'bogus'`"))
    expect(() => fromText('가', {format: 'html' as never})).toThrow(TypeError)
    expect(() => readBytes(new Uint8Array(1), 'x' as never)).toThrow(/`options`/)
    expect(() => toMarkdown({} as never)).toThrow(argumentError('Expected `release` to be a `PressRelease` from `parse`, missing `subtitles`, `contacts`, `appendices`, `body`, `footer`'))
    expect(() => toMarkdown(null as never)).toThrow(/`release`/)
  })

  it('refuses a tree or bytes that are not what the functions take with a coded TypeError, never an internal one', () => {
    expect(() => toPressRelease(null as never)).toThrow(argumentError('Expected `tree` to be a `Root` from `fromText`, not `null`'))
    expect(() => toPressRelease({type: 'paragraph'} as never)).toThrow(argumentError('Expected `tree` to be a `Root` from `fromText`, not `an object`'))
    expect(() => parse(null as never)).toThrow(argumentError('Expected `value` to be `string`, `Uint8Array` or `VFile`, not `null`'))
    expect(() => fromText(5 as never)).toThrow(argumentError('Expected `value` to be `string`, not `number`'))
    expect(() => decode('가' as never)).toThrow(argumentError("Expected `bytes` to be `Uint8Array`, not `'가'`"))
    // A buffer handed to a worker (or to PDF.js) is detached: its views read as empty.
    const bytes = new TextEncoder().encode('보도자료')
    structuredClone(bytes.buffer, {transfer: [bytes.buffer]})
    const detached = argumentError('Expected `bytes` to be readable, not a view of a detached `ArrayBuffer` (one transferred elsewhere)', 'ERR_INVALID_ARG_VALUE')
    expect(() => decode(bytes)).toThrow(detached)
    expect(() => readBytes(bytes)).toThrow(detached)
    expect(() => parse(bytes)).toThrow(argumentError('Expected `value` to be readable, not a view of a detached `ArrayBuffer` (one transferred elsewhere)', 'ERR_INVALID_ARG_VALUE'))
    expect(() => parse(new VFile({path: 'a.hwpx', value: bytes}))).toThrow(expect.objectContaining({code: 'ERR_INVALID_ARG_VALUE', message: expect.stringMatching(/^Expected `file.value` to be readable/)}))
  })

  it('still takes `maxSize` of Infinity and no options', () => {
    expect(parse('제목', {maxSize: Number.POSITIVE_INFINITY}).headline).toBe('제목')
    expect(parse('제목', undefined).headline).toBe('제목')
  })
})

describe('adversarial text parses in full', () => {
  for (const family of families) {
    it(`${family.name}, 200 KB: documented shape`, () => {
      const text = family.make(200_000)
      assertShape(parse(text))
    })
  }

  it('keeps the tree lossless for each family at 20 KB', () => {
    for (const family of families) {
      const text = family.make(20_000)
      assertTreeInvariants(fromText(text), text)
    }
  })

  it('parses a few pieces of release vocabulary repeated to 150 KB, whatever the pieces (property)', () => {
    const pieces = ['보도시점 ', '배포 ', '오후 2시 ', '16:00 ', '2025. 5. 28.(수) ', '(조간) ', '(온라인) ', '붙임 1. ', '□ ', '○ ', '- ', '* ', '※ ', '담당 부서', '\t', '\n', '|', '|---|', '<td>', '</td>', '<br>', '“', '(', '가나다 ', '# ', '**', '1부.']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 6}), (unit) => {
        const text = unit.join('').repeat(Math.ceil(150_000 / Buffer.byteLength(unit.join(''))))
        assertShape(parse(text))
      }),
      {numRuns: 12}
    )
  })

  // remark-parse pairs emphasis marks in a paragraph, and joins a list's items, in time that grows
  // with the square of their number: the tables after them are found line by line.
  for (const [what, run] of [
    ['a paragraph of 150 KB of emphasis marks', '* (<br>'.repeat(21_000) + '\n'],
    ['5,500 list items', '2025. 5. 28.(수) <br>\n'.repeat(5_500)]
  ]) {
    it(`reads a Markdown table after ${what}, line by line`, () => {
      const release = parse('# 제목입니다\n\n' + run + '\n| 항목 | 내용 |\n|---|---|\n| 가 | 나 |\n', {format: 'markdown'})
      expect(release.headline).toBe('제목입니다')
      const table = release.body.blocks.find((b) => b.type === 'table')
      expect(table && 'rows' in table ? table.rows : []).toEqual([
        ['항목', '내용'],
        ['가', '나']
      ])
    })
  }

  it('reads 150,000 dashed subtitles on one line after a headline', () => {
    const release = parse('제목입니다\n' + '- A '.repeat(150_000))
    expect(release.headline).toBe('제목입니다')
    expect(release.subtitles).toHaveLength(150_000)
  })

  it('reads a Markdown table of 5,000 rows by cell, line by line, as remark-parse reads a short one', () => {
    const rows = (n: number) => Array.from({length: n}, (_, i) => (i % 2 ? `| 행${i} | 값 \\| 이음 |` : `행${i} |  | 끝 |`)).join('\n')
    const table = (n: number) => {
      const release = parse(`# 제목\n\n| 항목 | 내용 | 비고 |\n|---|:-:|---|\n${rows(n)}\n\n□ 본문\n`, {format: 'markdown'})
      const block = release.body.blocks.find((b) => b.type === 'table')
      return block && 'rows' in block ? block.rows : []
    }
    const long = table(5000)
    expect(long).toHaveLength(5001)
    expect(long[2]).toEqual(['행1', '값 | 이음'])
    expect(long.slice(0, 100)).toEqual(table(99))
  })
})

describe('lists of any length', () => {
  it('reads a PDF of 200,000 runs on one baseline (no list is spread into call arguments)', async () => {
    const pdf = craftedPdf.baselineRuns()
    expect(pdf.length).toBeLessThan(10_000)
    const release = await parseAsync(pdf)
    expect(release.headline).toBe('a'.repeat(200_000))
  })
})

describe('budgets count everything while the document is read', () => {
  const heavy: Array<[string, () => Uint8Array, RegExp]> = [
    ['one HWPX cell holding 10 tables, each a cell spanning 1000 × 1000', () => craftedHostile.nestedSpans(10), /table grid positions \(rows × columns\) per document \(4,000,000\)/],
    ['one HWP cell holding 10 tables, each a cell spanning 1000 × 1000', () => craftedHwpHostile.nestedSpans(10), /table grid positions .* \(4,000,000\)/],
    ['600,000 empty cells in a 1 × 1 table', () => craftedHostile.emptyCells(600_000), /table cells per document \(500,000\)/],
    ['600,000 HWP cells in one position', () => craftedHwpHostile.manyCells(600_000), /table cells per document \(500,000\)/],
    ['300,000 empty paragraphs', () => craftedHostile.emptyParagraphs(300_000), /lines per document \(200,000\)/],
    ['300,000 empty HWP paragraphs', () => craftedHwpHostile.emptyParagraphs(300_000), /lines per document \(200,000\)/],
    ['600,000 empty paragraphs in one cell', () => craftedHostile.cellParagraphs(600_000), /paragraphs per document \(500,000\)/],
    ['a table of 300,000 rows spanned by its one cell', () => craftedHostile.spannedRows(300_000), /lines per document \(200,000\)/],
    ['4 HWP tables of 65,535 rows spanned by their one cell', () => craftedHwpHostile.spannedRows(4), /lines per document \(200,000\)/],
    ['a text run of 3,000,000 characters', () => craftedHostile.longRun(3_000_000), /text per document, in UTF-16 code units \(2,000,000\)/],
    ['an HWP paragraph-text record of 3,000,000 characters', () => craftedHwpHostile.longRecord(3_000_000), /text per document, in UTF-16 code units \(2,000,000\)/]
  ]

  it('refuses each crafted document with ERR_RESOURCE_LIMIT naming the budget, in a heap of 128 MB', async () => {
    const documents = heavy.map(([name, make]) => ({name, bytes: make()}))
    for (const {bytes} of documents) expect(bytes.length).toBeLessThan(250_000)
    const results = await inSmallHeap(documents, 128)
    expect(results.map((r) => [r.name, r.code])).toEqual(heavy.map(([name]) => [name, 'ERR_RESOURCE_LIMIT']))
    for (const [k, [, , message]] of heavy.entries()) expect(results[k].message).toMatch(message)
  }, 20_000)

  // Each needed more than 220 MB (115 and 165 MB of heap per MB of text); now about 80.
  it('parses 2 MB of Markdown delimiter rows, or of blank lines, after a header in a heap of 192 MB', async () => {
    const header = '보도자료\n보도시점 2024. 7. 1.(월) 12:00\n해양 쓰레기 수거 확대\n'
    const documents = [
      {name: 'delimiter rows', bytes: new TextEncoder().encode(header + '|---|---|\n'.repeat(200_000))},
      {name: 'blank lines', bytes: new TextEncoder().encode(header + '\n'.repeat(2_000_000))}
    ]
    expect(await inSmallHeap(documents, 192)).toEqual([
      {name: 'delimiter rows', ok: true},
      {name: 'blank lines', ok: true}
    ])
  }, 20_000)
})

describe('PDF budgets', () => {
  it('refuses, as PDF.js reads them, pages of too many text items or too much text, too many pages, a table grid too large, and a content stream inflating too far, in a heap of 128 MB', async () => {
    const documents = [
      {name: 'a page of 400,000 shown strings', bytes: craftedPdf.operations(400_000)},
      {name: '2,100,000 characters of text', bytes: craftedPdf.glyphs(2_100_000)},
      {name: '1,001 pages', bytes: craftedPdf.pages(1001)},
      {name: 'a grid of 1,100 × 1,100 rules', bytes: craftedPdf.rules(1100)},
      {name: 'a content stream inflating to 16 MiB', bytes: craftedPdf.contentBomb()},
      {name: 'one shown string of 20,000,000 characters', bytes: craftedPdf.longString()},
      {name: 'a content stream deflated twice, inflating to 64 MiB', bytes: craftedPdf.doubleDeflate()}
    ]
    const results = await inSmallHeap(documents, 128)
    expect(results.map((r) => [r.name, r.code, r.message])).toEqual([
      ['a page of 400,000 shown strings', 'ERR_RESOURCE_LIMIT', 'Unexpected document that exceeds the limit on text items per PDF page (300,000)'],
      ['2,100,000 characters of text', 'ERR_RESOURCE_LIMIT', 'Unexpected document that exceeds the limit on text per document, in UTF-16 code units (2,000,000)'],
      ['1,001 pages', 'ERR_RESOURCE_LIMIT', 'Unexpected document that exceeds the limit on pages per PDF (1,000); pass a larger `maxPages` to read it'],
      ['a grid of 1,100 × 1,100 rules', 'ERR_RESOURCE_LIMIT', 'Unexpected document that exceeds the limit on table cells, rows × columns, (1,000,000)'],
      ['a content stream inflating to 16 MiB', 'ERR_RESOURCE_LIMIT', 'Unexpected document that exceeds the limit on inflated bytes per PDF content stream (8,388,608)'],
      ['one shown string of 20,000,000 characters', 'ERR_RESOURCE_LIMIT', 'Unexpected document that exceeds the limit on inflated bytes per PDF content stream (8,388,608)'],
      ['a content stream deflated twice, inflating to 64 MiB', 'ERR_RESOURCE_LIMIT', 'Unexpected document that exceeds the limit on inflated bytes per PDF content stream (8,388,608)']
    ])
  }, 20_000)

  it('reads as many pages as `maxPages` allows', async () => {
    const pdf = craftedPdf.pages(5)
    await expect(parseAsync(pdf, {maxPages: 4})).rejects.toMatchObject({code: 'ERR_RESOURCE_LIMIT', message: expect.stringMatching(/pages per PDF \(4\)/)})
    expect((await parseAsync(pdf, {maxPages: 5})).headline).toMatch(/^a+$/)
    await expect(parseAsync(pdf, {maxPages: 0})).rejects.toThrow(argumentError('Expected `maxPages` to be a whole number of 1 or more, not `0`'))
  })
})

describe('HWPX text as the document has it', () => {
  it('reads an HWPX section in UTF-16 without a BOM, as its declaration says', () => {
    const xml = sectionXml(p('보도자료') + p('해양 쓰레기 수거 확대'), '<?xml version="1.0" encoding="UTF-16"?>')
    for (const order of ['utf16le', 'utf16be'] as const) {
      let bytes = new Uint8Array(Buffer.from(xml, 'utf16le'))
      if (order === 'utf16be') bytes = bytes.map((_, i) => bytes[i ^ 1])
      expect(readBytes(hwpx(bytes)).value).toBe('보도자료\n해양 쓰레기 수거 확대\n')
    }
  })

  it('keeps a line break inside a text run (raw or `&#10;`) a space: later lines keep their section, paragraph and row', () => {
    const cell = (text: string, col: number) => `<hp:tc><hp:subList>${p(text)}</hp:subList><hp:cellAddr colAddr="${col}" rowAddr="0"/><hp:cellSpan colSpan="1" rowSpan="1"/></hp:tc>`
    const body = p('보도자료') + p('첫 줄\n둘째 줄') + p('셋째&#10;넷째&#13;&#10;다섯째') + `<hp:p><hp:run><hp:tbl rowCnt="1" colCnt="2"><hp:tr>${cell('담당\n부서', 0)}${cell('기획과&#10;홍길동', 1)}</hp:tr></hp:tbl></hp:run></hp:p>` + p('끝')
    const read = readBytes(hwpx(sectionXml(body)))
    // The paragraph holding the table ends in a line of its own (empty here).
    expect(read.value).toBe('보도자료\n첫 줄 둘째 줄\n셋째 넷째 다섯째\n담당 부서\t기획과 홍길동\n\n끝\n')
    expect(read.lines).toEqual([
      {section: 0, paragraph: 0, row: null},
      {section: 0, paragraph: 1, row: null},
      {section: 0, paragraph: 2, row: null},
      {section: 0, paragraph: 3, row: 0},
      {section: 0, paragraph: 3, row: null},
      {section: 0, paragraph: 4, row: null}
    ])
  })
})

describe('HWP sections as the header describes them', () => {
  it('refuses a file whose header says its sections are stored when they are compressed, or the other way round', () => {
    expect(thrown(() => parse(craftedHwpHostile.flagSaysStored()))).toMatchObject({
      code: 'ERR_INVALID_DOCUMENT',
      message: 'Unexpected HWP section 0 that is not a list of records (compressed when the header says it is not, or damaged); open it in the word processor and save it again'
    })
    expect(thrown(() => parse(craftedHwpHostile.flagSaysCompressed()))).toMatchObject({code: 'ERR_INVALID_DOCUMENT', message: expect.stringMatching(/HWP section 0/)})
    // Told the truth, both read.
    expect(parse(hwp(hwpRelease(), false)).headline).toBe('전통시장 활성화 대책 발표')
    expect(parse(hwp(hwpRelease(), true)).headline).toBe('전통시장 활성화 대책 발표')
  })
})
