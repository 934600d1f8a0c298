import {VFile} from 'vfile'
import {decode} from './decode.js'
import {fromText} from './from-text.js'
import type {PressRelease} from './press-release.js'
import {toPressRelease} from './to-press-release.js'
import {report} from './messages.js'

export interface ParseOptions {
  /** Read the input as `markdown` (pipe and HTML tables) or plain `text`; default: detect. */
  format?: 'markdown' | 'text'
  /** Largest input accepted, in bytes or UTF-16 code units (default: no limit). */
  maxSize?: number
}

/**
 * Parse a press release given as text, bytes (decoded first) or a VFile into the typed object.
 * Diagnostics land on the VFile when one is given.
 */
export function parse(value: string | Uint8Array | VFile, options: ParseOptions = {}): PressRelease {
  let file: VFile
  let text: string
  if (typeof value === 'string') {
    text = value
    file = new VFile({value})
  } else if (value instanceof Uint8Array) {
    checkSize(value.length, options)
    const decoded = decode(value)
    text = decoded.value
    file = new VFile({value: text})
    if (decoded.encoding === 'cp949') report(file, 'decoded-as-cp949', undefined)
  } else if (value instanceof VFile) {
    file = value
    if (typeof value.value === 'string') text = value.value
    else {
      const decoded = decode(value.value as Uint8Array)
      text = decoded.value
      if (decoded.encoding === 'cp949') report(file, 'decoded-as-cp949', undefined)
    }
  } else {
    throw new TypeError('Expected `value` to be `string`, `Uint8Array` or `VFile`')
  }
  checkSize(text.length, options)
  const tree = fromText(text, {file, format: options.format})
  const release = toPressRelease(tree, file)
  file.data.pressRelease = release
  return release
}

function checkSize(size: number, options: ParseOptions): void {
  if (options.maxSize !== undefined && size > options.maxSize) {
    const error = new Error(`Input of ${size} exceeds \`maxSize\` of ${options.maxSize}`) as Error & {code: string}
    error.code = 'ERR_INPUT_TOO_LARGE'
    throw error
  }
}
