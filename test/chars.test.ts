import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {breaking, codeAt, control, decomposedMark, findFlagged, flagsOf, foldDoubledSpaces, foldSpaces, isWhiteSpace, markup, oddSpace} from '../src/lib/chars.js'
import {parse} from '../src/index.js'

describe('character classes', () => {
  it('odd spaces are JavaScript white space less TAB, LF, CR and U+0020, plus the zero-width space', () => {
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code)
      const expected = (/\s/.test(char) && !'\t\n\r '.includes(char)) || code === 0x200b
      if (((flagsOf(code) & oddSpace) !== 0) !== expected) throw new Error(`U+${code.toString(16)}: expected ${expected}`)
    }
  })

  it('marks decomposed Hangul and combining marks, controls, markup and line breaks', () => {
    expect(flagsOf('\u1100'.charCodeAt(0)) & decomposedMark).toBeTruthy()
    expect(flagsOf('\u0301'.charCodeAt(0)) & decomposedMark).toBeTruthy()
    expect(flagsOf('가'.charCodeAt(0))).toBe(0)
    expect(flagsOf(0x01) & control).toBeTruthy()
    expect(flagsOf(0x09)).toBe(breaking)
    expect([...'<*_&\\'].every((c) => flagsOf(c.charCodeAt(0)) === markup)).toBe(true)
  })

  it('finds the first flagged char within bounds only', () => {
    const value = '보도\u00a0자료*'
    expect(findFlagged(value, oddSpace)).toBe(2)
    expect(findFlagged(value, markup)).toBe(5)
    expect(findFlagged(value, markup, 0, 5)).toBe(-1)
    expect(findFlagged(value, oddSpace, 3)).toBe(-1)
    expect(findFlagged('\ufeff', oddSpace)).toBe(0)
  })

  it('reads odd spaces and NFD Hangul in a headline as plain text', () => {
    const nfd = '인공지능'.normalize('NFD')
    const release = parse(`보도시점 2025. 5. 28.(수) 16:00\n\n${nfd}\u3000첫걸음\u00a0시작\n`)
    expect(release.headline).toBe('인공지능 첫걸음 시작')
  })
})

describe('codeAt', () => {
  it('is charCodeAt inside the string and -1 past either end', () => {
    for (const value of ['', 'a', '보도 자료']) {
      for (let index = -2; index < value.length + 2; index++) {
        expect(codeAt(value, index)).toBe(index >= 0 && index < value.length ? value.charCodeAt(index) : -1)
      }
    }
  })
})

describe('foldSpaces', () => {
  it('folds runs of white space and controls to one space and trims', () => {
    expect(foldSpaces('  보도\t\t자료 \u3000 배포\n')).toBe('보도 자료 배포')
    expect(foldSpaces('a\u0001b\u200bc\u00a0d')).toBe('a b c d')
    expect(foldSpaces('한 칸 띄어쓰기')).toBe('한 칸 띄어쓰기')
    expect(foldSpaces('끝에 공백 ')).toBe('끝에 공백')
  })

  it('agrees with a regex over JavaScript white space on random strings', () => {
    const alphabet = ['가', 'a', ' ', '\t', '\n', '\u3000', '\u00a0', '\u0001', '\u2028', '\ufeff', '.', '\u200b']
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % alphabet.length
    for (let n = 0; n < 2000; n++) {
      const value = Array.from({length: n % 17}, () => alphabet[next()]).join('')
      expect(foldSpaces(value)).toBe(value.replace(/[\s\0-\x1f\x7f\u0085\u200b]+/g, ' ').trim())
    }
  })
})

describe('isWhiteSpace', () => {
  it('agrees with String.prototype.trim on every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const expected = String.fromCharCode(code).trim() === ''
      if (isWhiteSpace(code) !== expected) throw new Error(`U+${code.toString(16)}: expected ${expected}`)
    }
  })
})

describe('foldDoubledSpaces', () => {
  it('folds like foldSpaces on any text whose only white space is U+0020', () => {
    const text = fc.array(fc.constantFrom(' ', '  ', '   ', '가', 'a', '□', '·', '(', '1'), {maxLength: 40}).map((parts) => parts.join(''))
    fc.assert(fc.property(text, (value) => foldDoubledSpaces(value) === foldSpaces(value)), {numRuns: 2000})
  })
})
