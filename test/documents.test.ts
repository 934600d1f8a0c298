import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import CFB from 'cfb'
import {deflateSync, strToU8, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {fromText, parse, readBytes} from '../src/index.js'
import {assertTreeInvariants} from './invariants.js'
import {corpusPath, hasCorpus} from './corpus-folder.js'

const p = (text: string, shape = '0') => `<hp:p paraPrIDRef="${shape}"><hp:run><hp:t>${text}</hp:t></hp:run></hp:p>`
const cell = (row: number, col: number, text: string, rowSpan = 1) =>
  `<hp:tc><hp:subList>${p(text)}</hp:subList><hp:cellAddr colAddr="${col}" rowAddr="${row}"/><hp:cellSpan colSpan="1" rowSpan="${rowSpan}"/></hp:tc>`
const table = (rows: number, cols: number, body: string) => `<hp:p paraPrIDRef="0"><hp:run><hp:tbl rowCnt="${rows}" colCnt="${cols}">${body}</hp:tbl></hp:run></hp:p>`

/** A small HWPX package: header box, title box with a bullet subtitle, body, contact table. */
function hwpx(): Uint8Array {
  const header = `<?xml version="1.0" encoding="UTF-8"?><hh:head xmlns:hh="h"><hh:bullets><hh:bullet id="1" char="-"/></hh:bullets><hh:paraProperties><hh:paraPr id="0"><hh:heading type="NONE" idRef="0" level="0"/></hh:paraPr><hh:paraPr id="7"><hh:heading type="BULLET" idRef="1" level="0"/></hh:paraPr></hh:paraProperties></hh:head>`
  const section =
    `<?xml version="1.0" encoding="UTF-8"?><hs:sec xmlns:hs="s" xmlns:hp="p">` +
    table(1, 2, `<hp:tr>${cell(0, 0, '광부')}${cell(0, 1, '보도자료')}</hp:tr>`) +
    table(1, 4, `<hp:tr>${cell(0, 0, '보도시점')}${cell(0, 1, '2024. 7. 1.(월) 12:00')}${cell(0, 2, '배포')}${cell(0, 3, '2024. 6. 28.(금)')}</hp:tr>`) +
    table(2, 1, `<hp:tr>${cell(0, 0, '해양 쓰레기 수거 확대')}</hp:tr><hp:tr><hp:tc><hp:subList>${p('연안 정화 예산 두 배로', '7')}</hp:subList><hp:cellAddr colAddr="0" rowAddr="1"/><hp:cellSpan colSpan="1" rowSpan="1"/></hp:tc></hp:tr>`) +
    p('  해양수산부(장관 강해원)는 연안 정화 사업을 확대한다고 밝혔다.') +
    table(
      2,
      6,
      `<hp:tr>${cell(0, 0, '담당 부서', 2)}${cell(0, 1, '해양환경정책관')}${cell(0, 2, '책임자')}${cell(0, 3, '과  장')}${cell(0, 4, '정바다')}${cell(0, 5, '(044-200-5201)')}</hp:tr>` +
        `<hp:tr>${cell(1, 1, '해양보전과')}${cell(1, 2, '담당자')}${cell(1, 3, '사무관')}${cell(1, 4, '한갯벌')}${cell(1, 5, '(044-200-5205)')}</hp:tr>`
    ) +
    `</hs:sec>`
  return zipSync({mimetype: strToU8('application/hwp+zip'), 'Contents/header.xml': strToU8(header), 'Contents/section0.xml': strToU8(section)})
}

function record(tag: number, level: number, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + data.length)
  new DataView(out.buffer).setUint32(0, tag | (level << 10) | (data.length << 20), true)
  out.set(data, 4)
  return out
}
const utf16 = (text: string) => new Uint8Array(Buffer.from(text + '\r', 'utf16le'))
const paragraph = (text: string, level = 0) => [record(66, level, new Uint8Array(22)), record(67, level, utf16(text))]

/** A small HWP 5 file: FileHeader with `flags`, one deflated BodyText section. */
function hwp5(flags = 1): Uint8Array {
  const container = CFB.utils.cfb_new()
  const header = new Uint8Array(256)
  header.set(Buffer.from('HWP Document File', 'latin1'))
  new DataView(header.buffer).setUint32(36, flags, true)
  CFB.utils.cfb_add(container, 'FileHeader', Buffer.from(header))
  const tbl = new Uint8Array(8)
  tbl[4] = 1
  tbl[6] = 2
  const listHeader = (row: number, col: number) => {
    const data = new Uint8Array(34)
    data[0] = 1
    data[8] = col
    data[10] = row
    data[12] = 1
    data[14] = 1
    return record(72, 2, data)
  }
  const parts = [
    ...paragraph('보도자료'),
    ...paragraph('보도시점 2024. 9. 2.(월) 12:00'),
    ...paragraph('전통시장 활성화 대책 발표'),
    ...paragraph('- 온누리상품권 환급 확대'),
    ...paragraph('□ 중소벤처기업부는 전통시장 활성화 대책을 발표했다.'),
    ...paragraph(''),
    record(71, 1, Uint8Array.from([0x20, 0x6c, 0x62, 0x74])),
    record(77, 2, tbl),
    listHeader(0, 0),
    ...paragraph('담당 부서', 2),
    listHeader(0, 1),
    ...paragraph('시장상권과 과장 김시장 (042-481-4501)', 2),
    ...paragraph('붙임 행사 개요')
  ]
  const body = new Uint8Array(parts.reduce((n, part) => n + part.length, 0))
  let at = 0
  for (const part of parts) {
    body.set(part, at)
    at += part.length
  }
  CFB.utils.cfb_add(container, 'BodyText/Section0', Buffer.from(flags & 1 ? deflateSync(body) : body))
  return new Uint8Array(CFB.write(container, {type: 'buffer'}) as Buffer)
}

describe('HWPX', () => {
  it('reads the package into the same typed object as its text', () => {
    const release = parse(hwpx())
    expect(release.kind).toBe('보도자료')
    expect(release.embargo?.iso).toBe('2024-07-01T12:00:00+09:00')
    expect(release.distribution?.date).toBe('2024-06-28')
    expect(release.headline).toBe('해양 쓰레기 수거 확대')
    expect(release.subtitles).toEqual(['연안 정화 예산 두 배로'])
    expect(release.issuers).toEqual(['해양수산부'])
    expect(release.contacts).toEqual([
      {group: null, department: '해양환경정책관 해양보전과', role: '책임자', title: '과장', name: '정바다', phone: '044-200-5201', email: null},
      {group: null, department: '해양환경정책관 해양보전과', role: '담당자', title: '사무관', name: '한갯벌', phone: '044-200-5205', email: null}
    ])
  })

  it('puts table rows on lines of TAB-separated cells, merged cells left empty, and maps lines to the source', () => {
    const read = readBytes(hwpx())
    expect(read.format).toBe('hwpx')
    expect(read.value.split('\n')).toContain('\t해양보전과\t담당자\t사무관\t한갯벌\t(044-200-5205)')
    const line = read.value.split('\n').indexOf('\t해양보전과\t담당자\t사무관\t한갯벌\t(044-200-5205)')
    expect(read.lines![line]).toEqual({section: 0, paragraph: 4, row: 1})
  })

  it('leaves the extracted text on the file and the source on the tree, with valid positions', () => {
    const file = new VFile({value: hwpx()})
    parse(file)
    expect(typeof file.value).toBe('string')
    const tree = fromText(String(file.value))
    assertTreeInvariants(tree, String(file.value))
  })

  it('refuses a ZIP that is not HWPX, and a broken one, with codes', () => {
    expect(() => parse(zipSync({'a.txt': strToU8('hello')}))).toThrow(expect.objectContaining({code: 'ERR_BINARY_INPUT', format: 'zip'}))
    const broken = hwpx().slice(0, 60)
    expect(() => parse(broken)).toThrow(expect.objectContaining({code: 'ERR_INVALID_DOCUMENT'}))
  })
})

describe('HWP 5', () => {
  it('reads the BodyText records: paragraphs as lines, tables as rows of cells', () => {
    const read = readBytes(hwp5())
    expect(read.format).toBe('hwp5')
    expect(read.value).toContain('담당 부서\t시장상권과 과장 김시장 (042-481-4501)')
    const release = parse(hwp5())
    expect(release.embargo?.iso).toBe('2024-09-02T12:00:00+09:00')
    expect(release.headline).toBe('전통시장 활성화 대책 발표')
    expect(release.subtitles).toEqual(['온누리상품권 환급 확대'])
    expect(release.contacts).toMatchObject([{title: '과장', name: '김시장', phone: '042-481-4501'}])
  })

  it('refuses encrypted and distribution documents with codes', () => {
    expect(() => parse(hwp5(1 | 2))).toThrow(expect.objectContaining({code: 'ERR_ENCRYPTED_DOCUMENT', format: 'hwp5'}))
    expect(() => parse(hwp5(1 | 4))).toThrow(expect.objectContaining({code: 'ERR_DISTRIBUTION_DOCUMENT', format: 'hwp5'}))
  })
})

it('refuses an HTML page served in place of a document', () => {
  const page = new TextEncoder().encode('<!DOCTYPE html>\n<html lang="ko"><head><title>Error</title></head><body>오류</body></html>')
  expect(() => parse(page)).toThrow(expect.objectContaining({code: 'ERR_UNSUPPORTED_FORMAT', format: 'html'}))
})

const originals = corpusPath('original')
describe.skipIf(!hasCorpus('original'))(`the corpus originals (${originals})`, () => {
  it('reads every .hwpx original: HWPX packages, HWP 5 files under a .hwpx name, and refuses the HTML page', () => {
    for (const name of readdirSync(originals).filter((f) => f.endsWith('.hwpx'))) {
      const bytes = new Uint8Array(readFileSync(join(originals, name)))
      if (name.startsWith('156754285')) {
        expect(() => parse(bytes)).toThrow(expect.objectContaining({code: 'ERR_UNSUPPORTED_FORMAT'}))
        continue
      }
      const release = parse(bytes)
      expect(release.headline, name).not.toBe('')
      expect(release.contacts.length, name).toBeGreaterThan(0)
    }
  })

  it('scores at least 0.95 overall on the ZIP originals with the corpus scoring', async () => {
    const lib = await import('../src/index.js')
    const {scoreCorpus} = await import(join(originals, '..', 'score.mjs'))
    const result = await scoreCorpus(lib, join(originals, '..'), ['original'])
    expect(result.crashes).toBe(0)
    expect(result.overall).toBeGreaterThanOrEqual(0.95)
  })
})
