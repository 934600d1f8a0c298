import {describe, expect, it} from 'vitest'
import {formatPhone} from '../src/lib/construct/people.js'

describe('formatPhone', () => {
  it.each([
    ['(044)202-6230', '044-202-6230'],
    ['(044) 202-6230', '044-202-6230'],
    ['02) 2100 1234', '02-2100-1234'],
    ['044.202.6230', '044-202-6230'],
    ['044 202 6230', '044-202-6230'],
    ['02-2100-1234', '02-2100-1234'],
    ['044-***-1234', '044-***-1234'],
    ['010-5***-6076', '010-5***-6076']
  ])('joins the printed digit groups of %j with hyphens', (value, expected) => {
    expect(formatPhone(value, null)).toBe(expected)
  })

  it.each([
    ['0442026230', '044-202-6230'],
    ['0312001234', '031-200-1234'],
    ['01012345678', '010-1234-5678'],
    ['0221001234', '02-2100-1234'],
    ['021001234', '02-100-1234']
  ])('splits %j, printed without separators, after its area code', (value, expected) => {
    expect(formatPhone(value, null)).toBe(expected)
  })

  it.each([
    ['3400', '044-201-3398', '044-201-3400'],
    ['(3400)', '02-2100-1234', '02-2100-3400'],
    ['1234', '044-***-1234', '044-***-1234']
  ])('completes the bare extension %j from the number before it (%s)', (value, previous, expected) => {
    expect(formatPhone(value, previous)).toBe(expected)
  })

  it('keeps a nationwide number as printed', () => {
    expect(formatPhone('1600-1234', null)).toBe('1600-1234')
  })
})
