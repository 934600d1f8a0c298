import {describe, expect, it} from 'vitest'
import {formatPhone} from '../src/to-press-release.js'

describe('formatPhone', () => {
  it('joins the printed digit groups with hyphens', () => {
    expect(formatPhone('(044)202-6230', null)).toBe('044-202-6230')
    expect(formatPhone('02) 2100 1234', null)).toBe('02-2100-1234')
    expect(formatPhone('044-***-1234', null)).toBe('044-***-1234')
  })

  it('splits a number printed without separators after its area code', () => {
    expect(formatPhone('0442026230', null)).toBe('044-202-6230')
    expect(formatPhone('0221001234', null)).toBe('02-2100-1234')
  })

  it('keeps a nationwide number as printed', () => {
    expect(formatPhone('1600-1234', null)).toBe('1600-1234')
  })

  it('completes a bare extension from the number before it', () => {
    expect(formatPhone('3400', '044-201-3398')).toBe('044-201-3400')
  })
})
