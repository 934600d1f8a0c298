import {describe, expect, it} from 'vitest'
import {endsOf, startsOf} from '../src/lib/guards.js'
import {rolePattern} from '../src/lib/construct/contacts.js'
import {appendixPattern, kindPattern} from '../src/lib/patterns.js'

/** The chars of the Basic Multilingual Plane a test accepts, as a string (or their count past 100). */
function accepted(test: (code: number) => boolean): string {
  const out: string[] = []
  for (let code = 0; code < 0x10000; code++) if (test(code)) out.push(String.fromCharCode(code))
  return out.length > 100 ? `${out.length} chars` : [...out].sort().join('')
}

describe('guards read from patterns', () => {
  it.each([
    ['a role', rolePattern, '담부실연책총'],
    ['an appendix label', appendixPattern, '(<[‹〈《【〔따별부붙참첨통［'],
    ['alternatives, optional groups and spaced letters', /^(?:[【[<〈]\s*)?(담\s*당\s*과\s*장|문\s*의)\s*[:：]/, '<[〈【담문'],
    ['a caseless pattern', /^(?:E-?mail|전\s*화)$/i, 'Ee전'],
    ['ranges and escapes in a class', /^[a-c\d\-]x/, '-0123456789abc'],
    ['a lookahead before the first char', /^(?=\d)\d+/, '0123456789'],
    ['escaped code points', /^\u00a0|^\x41/, 'A\u00a0']
  ])('give the first chars of %s', (_, pattern, chars) => {
    expect(accepted(startsOf(pattern))).toBe([...chars].sort().join(''))
  })

  it('give the last chars of a pattern anchored at the end', () => {
    expect(accepted(endsOf(kindPattern))).toBe('료시획')
    expect(accepted(endsOf(/(?:ab|c)d?$/))).toBe('bcd')
  })

  it('accept every char where a match may start with anything, or match nothing', () => {
    for (const pattern of [/^\S+/, /^(?:a|)/, /^.x/, /^[^a]/, /^\w/, /^x*/]) expect(accepted(startsOf(pattern))).toBe('65536 chars')
  })
})
