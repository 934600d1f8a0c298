import {describe, expect, it} from 'vitest'
import * as mod from '../src/index.js'

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(mod).sort()).toEqual(['BodojaryoError', 'bodojaryoToMdast', 'decode', 'default', 'fromText', 'isBodojaryoError', 'messages', 'parse',
      'parseAsync', 'readBytes', 'sniffBinary', 'toMarkdown', 'toMdast', 'toPressRelease'])
  })

  it('throws a TypeError naming the parameter for a wrong value', () => {
    expect(() => mod.parse(42 as unknown as string)).toThrow(/Expected `value` to be `string`/)
    expect(() => mod.fromText(null as unknown as string)).toThrow(TypeError)
  })

  it('reads an empty string, empty bytes and a VFile without a value as a release with every value absent', async () => {
    const {VFile} = await import('vfile')
    const file = new VFile()
    for (const value of ['', ' \n', new Uint8Array(0), file]) {
      const release = mod.parse(value)
      expect(release.headline).toBeNull()
      expect(release.embargo).toBeNull()
      expect(release.contacts).toEqual([])
    }
    expect(file.messages.map((m) => m.ruleId)).toContain('missing-headline')
  })

  it('takes a VFile of any copy of vfile, told by its shape, and refuses lookalikes', async () => {
    const {VFile} = await import('vfile')
    // What another copy's VFile is to this one: an object of the same shape, of another class.
    class OtherVFile {
      value = '보도시점 2025. 5. 28.(수) 16:00\n\n정책 첫걸음\n'
      data: Record<string, unknown> = {}
      messages: unknown[] = []
      history: string[] = []
      message(...args: Parameters<InstanceType<typeof VFile>['message']>) {
        return VFile.prototype.message.apply(this, args)
      }
    }
    const other = new OtherVFile()
    expect(other).not.toBeInstanceOf(VFile)
    const release = mod.parse(other as unknown as InstanceType<typeof VFile>)
    expect(release.headline).toBe('정책 첫걸음')
    expect(other.data.pressRelease).toBe(release)
    expect(other.messages.length).toBeGreaterThan(0)
    for (const value of [{messages: [], value: '본문'}, {messages: [], history: [], data: {}, value: '본문'}]) {
      expect(() => mod.parse(value as unknown as string)).toThrow(/Expected `value` to be `string`, `Uint8Array` or `VFile`/)
    }
  })

  it('throws one error class whose code names the refusal', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
    let caught: unknown
    try {
      mod.parse(png)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(mod.BodojaryoError)
    expect(mod.isBodojaryoError(caught)).toBe(true)
    expect(caught).toMatchObject({name: 'BodojaryoError', code: 'ERR_BINARY_INPUT', format: 'png'})
    expect(() => mod.parse('보도시점', {maxSize: 2})).toThrow(expect.objectContaining({code: 'ERR_INPUT_TOO_LARGE'}))
    expect(mod.isBodojaryoError(new Error('other'))).toBe(false)
  })
})
