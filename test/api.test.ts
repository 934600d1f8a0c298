import {describe, expect, it} from 'vitest'
import * as mod from '../src/index.js'

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(mod).sort()).toEqual(['bodojaryoToMdast', 'decode', 'default', 'fromText', 'messages', 'parse', 'readBytes', 'sniffBinary', 'toMarkdown', 'toMdast', 'toPressRelease'])
  })

  it('throws a TypeError naming the parameter for a wrong value', () => {
    expect(() => mod.parse(42 as unknown as string)).toThrow(/Expected `value` to be `string`/)
    expect(() => mod.fromText(null as unknown as string)).toThrow(TypeError)
  })
})
