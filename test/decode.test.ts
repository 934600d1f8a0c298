import iconv from 'iconv-lite'
import {describe, expect, it} from 'vitest'
import {decode, parse} from '../src/index.js'

const sample = '보도시점 2025. 5. 28.(수) 16:00\n인공지능 첫걸음\n'

describe('decode', () => {
  it('reads UTF-8, with and without BOM', () => {
    expect(decode(new TextEncoder().encode(sample))).toEqual({value: sample, encoding: 'utf-8'})
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]))).toEqual({value: sample, encoding: 'utf-8'})
  })

  it('reads CP949 and EUC-KR when the bytes are not UTF-8', () => {
    expect(decode(new Uint8Array(iconv.encode(sample, 'cp949')))).toEqual({value: sample, encoding: 'cp949'})
    expect(decode(new Uint8Array(iconv.encode(sample, 'euc-kr')))).toEqual({value: sample, encoding: 'cp949'})
  })

  it('reads UTF-16 by its BOM', () => {
    const le = new Uint8Array(Buffer.from('\ufeff' + sample, 'utf16le'))
    expect(decode(le)).toEqual({value: sample, encoding: 'utf-16le'})
  })

  const binaries: Array<[string, number[], string]> = [
    ['PDF', [...Buffer.from('%PDF-1.7\n')], 'pdf'],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'png'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'jpeg'],
    ['GIF', [...Buffer.from('GIF89a')], 'gif']
  ]
  for (const [name, bytes, format] of binaries) {
    it(`refuses ${name} bytes with a coded error that says what they look like`, () => {
      let error: any
      try {
        parse(new Uint8Array(bytes))
      } catch (e) {
        error = e
      }
      expect(error).toBeInstanceOf(Error)
      expect(error.code).toBe('ERR_BINARY_INPUT')
      expect(error.format).toBe(format)
      expect(error.message).toMatch(/look like/)
    })
  }

  it('refuses HWP 5 and ZIP bytes as text, and as documents when they cannot be opened', () => {
    const hwp = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0])
    expect(() => decode(hwp)).toThrow(expect.objectContaining({code: 'ERR_BINARY_INPUT', format: 'hwp5'}))
    expect(() => decode(zip)).toThrow(expect.objectContaining({code: 'ERR_BINARY_INPUT', format: 'zip'}))
    expect(() => parse(hwp)).toThrow(expect.objectContaining({code: 'ERR_INVALID_DOCUMENT', format: 'hwp5'}))
    expect(() => parse(zip)).toThrow(expect.objectContaining({code: 'ERR_INVALID_DOCUMENT', format: 'zip'}))
  })

  it('refuses random bytes', () => {
    let seed = 7
    const bytes = new Uint8Array(4096).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff)
    expect(() => parse(bytes)).toThrow(expect.objectContaining({code: 'ERR_BINARY_INPUT'}))
  })

  it('parses an empty file to an empty release with diagnostics', () => {
    const release = parse(new Uint8Array(0))
    expect(release.headline).toBeNull()
    expect(release.embargo).toBeNull()
  })
})

describe('decode: NUL bytes and UTF-16 without a BOM', () => {
  const korean = '보도시점 2025. 5. 28.(수) 16:00\n인공지능 첫걸음\n□ 과학기술정보통신부는 전략대화를 열었다.\n'

  it('reads valid UTF-8 holding NUL bytes as UTF-8, even with a NUL beside every character', () => {
    const text = '보\0'.repeat(2000)
    expect(decode(new TextEncoder().encode(text))).toEqual({value: text, encoding: 'utf-8'})
    expect(decode(new TextEncoder().encode(korean + '\0' + korean))).toEqual({value: korean + '\0' + korean, encoding: 'utf-8'})
  })

  it('parses `보도자료` and a NUL as bytes as it parses the same string', () => {
    for (const text of ['보도자료\0', '보도자료\0\n보도시점 2024. 7. 1.(월) 12:00\n해양 쓰레기 수거 확대\n', '\0\0보도자료\0\0']) {
      expect(parse(new TextEncoder().encode(text))).toEqual(parse(text))
    }
  })

  it('reads UTF-16 text without a BOM, in either byte order, however little ASCII it holds', () => {
    const prose = '과학기술정보통신부는인공지능첫걸음전략대화를열었다\n'.repeat(50)
    expect(decode(new Uint8Array(Buffer.from(prose, 'utf16le')))).toEqual({value: prose, encoding: 'utf-16le'})
    const le = new Uint8Array(Buffer.from(korean.repeat(20), 'utf16le'))
    const be = new Uint8Array(le.length)
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]]
    expect(decode(le)).toEqual({value: korean.repeat(20), encoding: 'utf-16le'})
    expect(decode(be)).toEqual({value: korean.repeat(20), encoding: 'utf-16be'})
    expect(parse(le).headline).toBe('인공지능 첫걸음')
    // ASCII in UTF-16 is valid UTF-8 too: the zero byte beside each letter decides.
    expect(decode(new Uint8Array(Buffer.from('Press release 2025\n', 'utf16le')))).toEqual({value: 'Press release 2025\n', encoding: 'utf-16le'})
  })

  it('still refuses a file of NUL bytes alone', () => {
    expect(() => decode(new Uint8Array(64))).toThrow(expect.objectContaining({code: 'ERR_BINARY_INPUT'}))
  })
})
