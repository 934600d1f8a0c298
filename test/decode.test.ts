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
