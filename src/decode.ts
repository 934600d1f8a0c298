import {BodojaryoError} from './errors.js'
import {checkBytes} from './lib/check.js'
import {iconv} from './lib/load.js'
import {messages} from './messages.js'

/** The result of decoding bytes. */
export interface Decoded {
  /** The text. */
  value: string
  /** The encoding it was read in: `utf-8`, `utf-16le`, `utf-16be` or `cp949`. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'cp949'
  /** Mostly valid UTF-8 with some bad bytes: for each run of bad bytes, the offset in `value` of the `U+FFFD` put for it and how many bytes it replaced. */
  replaced?: Array<{offset: number; bytes: number}>
}

/** Error thrown for bytes that are not text in a supported encoding. */
export interface BinaryInputError extends BodojaryoError {
  /** Stable code: `ERR_BINARY_INPUT`. */
  readonly code: 'ERR_BINARY_INPUT'
  /** What the bytes look like: `hwp5`, `zip`, `hwpx`, `pdf`, `png`, `jpeg`, `gif`, `binary`. */
  readonly format: string
}

const signatures: Array<[string, number[], string]> = [
  ['hwp5', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'an HWP 5 (OLE compound) document'],
  ['zip', [0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (HWPX, DOCX or similar)'],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF document'],
  ['png', [0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  ['jpeg', [0xff, 0xd8, 0xff], 'a JPEG image'],
  ['gif', [0x47, 0x49, 0x46, 0x38], 'a GIF image']
]

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  if (bytes.length < signature.length) return false
  for (let i = 0; i < signature.length; i++) if (bytes[i] !== signature[i]) return false
  return true
}

function binaryError(format: string, looks: string): BinaryInputError {
  const advice =
    format === 'pdf'
      ? 'read it with `parseAsync`, which reads PDF files'
      : format === 'zip' || format === 'hwp5'
        ? 'save it as text from the word processor, or convert it to text or Markdown first'
        : 'pass the text of the press release instead'
  return new BodojaryoError('ERR_BINARY_INPUT', `${messages['binary-input'].reason(looks)}; ${advice}`, format) as BinaryInputError
}

/** Name what binary bytes look like, or null when they may be text. */
export function sniffBinary(bytes: Uint8Array): {format: string; looks: string} | null {
  for (const [format, signature, looks] of signatures) {
    if (startsWith(bytes, signature)) {
      if (format === 'zip' && /application\/hwp\+zip/.test(latin1(bytes.subarray(0, 120)))) return {format: 'hwpx', looks: 'an HWPX document (a ZIP archive)'}
      return {format, looks}
    }
  }
  return null
}

function latin1(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i])
  return s
}

const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false})

/**
 * Decode bytes into text: a BOM decides; else strict UTF-8 (NUL is a UTF-8 character too);
 * else UTF-16 without a BOM, known by its zero bytes on one side of each pair and code units that
 * are text; else CP949 (which covers EUC-KR). Bytes that are a known binary format, or that are
 * mostly control characters, are refused with an `ERR_BINARY_INPUT` error.
 */
export function decode(bytes: Uint8Array): Decoded {
  checkBytes(bytes, 'bytes')
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return {value: utf8.decode(bytes.subarray(3)), encoding: 'utf-8'}
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {value: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le'}
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {value: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be'}
  const binary = sniffBinary(bytes)
  if (binary) throw binaryError(binary.format, binary.looks)
  let value: string
  let encoding: Decoded['encoding'] = 'utf-8'
  let replaced: Decoded['replaced']
  let strict = true
  try {
    value = utf8.decode(bytes)
  } catch {
    strict = false
  }
  // UTF-16 of ASCII text is valid UTF-8 too (a zero byte beside each letter): the zero bytes decide.
  const wide = utf16Order(bytes, strict)
  if (wide) return {value: new TextDecoder(wide).decode(bytes), encoding: wide}
  if (!strict) {
    const damaged = damagedUtf8(bytes)
    if (damaged) {
      value = damaged.value
      replaced = damaged.replaced
    } else {
      value = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'cp949')
      encoding = 'cp949'
    }
  }
  // Valid UTF-8 that holds letters beyond ASCII is text, whatever controls it also holds.
  if (!(strict && hasWide(bytes)) && looksBinary(value!)) throw binaryError('binary', 'binary data (mostly control characters or undecodable bytes)')
  return replaced ? {value: value!, encoding, replaced} : {value: value!, encoding}
}

/** Whether any byte is past ASCII. */
function hasWide(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true
  return false
}

/**
 * The byte order of UTF-16 text without a BOM, or null. Text in UTF-16 has zero bytes (its ASCII:
 * spaces, digits, line ends; and Hangul such as `대`, U+B300), which text in CP949 never has; read
 * in the right order, nine in ten of its code units are letters or marks a release prints. Valid
 * UTF-8 (`strict`) is taken for UTF-16 only when it is ASCII with a zero byte beside most letters.
 */
function utf16Order(bytes: Uint8Array, strict: boolean): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1)
  if (sample.length < 4) return null
  let evenZero = 0
  let oddZero = 0
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? oddZero++ : evenZero++
  const pairs = sample.length / 2
  if (strict) {
    if (hasWide(bytes)) return null
    if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le'
    if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be'
    return null
  }
  if (evenZero + oddZero < Math.max(2, pairs * 0.01)) return null
  const little = printedShare(sample, true)
  const big = printedShare(sample, false)
  if (little >= 0.9 && little >= big) return 'utf-16le'
  return big >= 0.9 ? 'utf-16be' : null
}

/** The share of a sample's code units, read in one byte order, that a release prints. */
function printedShare(sample: Uint8Array, little: boolean): number {
  let count = 0
  for (let i = 0; i < sample.length; i += 2) if (printed(little ? sample[i] | (sample[i + 1] << 8) : (sample[i] << 8) | sample[i + 1])) count++
  return count / (sample.length / 2)
}

/** Whether a UTF-16 code unit is one a release prints: ASCII text, Hangul, Hanja, punctuation, symbols, full-width forms. */
function printed(unit: number): boolean {
  if (unit < 0x80) return unit >= 0x20 ? unit !== 0x7f : unit === 9 || unit === 10 || unit === 13
  return (
    (unit >= 0xac00 && unit <= 0xd7a3) || // Hangul syllables
    (unit >= 0xa0 && unit <= 0x24f) || // Latin-1 and Latin extended
    (unit >= 0x1100 && unit <= 0x11ff) || // Hangul jamo
    (unit >= 0x2000 && unit <= 0x27bf) || // punctuation, arrows, shapes, circled numbers, symbols
    (unit >= 0x3000 && unit <= 0x33ff) || // CJK punctuation, compatibility jamo, enclosed CJK
    (unit >= 0x4e00 && unit <= 0x9fff) || // Hanja
    (unit >= 0xff00 && unit <= 0xffef) // full-width forms
  )
}

const lenient = new TextDecoder('utf-8')

/** Length of the valid UTF-8 sequence at `i` (1–4), or 0 when the bytes there are not one. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const a = bytes[i]
  if (a < 0x80) return 1
  const cont = (k: number, low = 0x80, high = 0xbf) => i + k < bytes.length && bytes[i + k] >= low && bytes[i + k] <= high
  if (a >= 0xc2 && a <= 0xdf) return cont(1) ? 2 : 0
  if (a >= 0xe0 && a <= 0xef) return cont(1, a === 0xe0 ? 0xa0 : 0x80, a === 0xed ? 0x9f : 0xbf) && cont(2) ? 3 : 0
  if (a >= 0xf0 && a <= 0xf4) return cont(1, a === 0xf0 ? 0x90 : 0x80, a === 0xf4 ? 0x8f : 0xbf) && cont(2) && cont(3) ? 4 : 0
  return 0
}

/**
 * Bytes that are UTF-8 but for a few stray bytes (a damaged export): each run of bad bytes
 * becomes one `U+FFFD`. Null when the bytes look like another encoding: CP949 text has few
 * valid three-byte sequences (Hangul in UTF-8) and many bad runs.
 */
function damagedUtf8(bytes: Uint8Array): {value: string; replaced: NonNullable<Decoded['replaced']>} | null {
  const parts: string[] = []
  const replaced: NonNullable<Decoded['replaced']> = []
  let length = 0
  let wide = 0
  let from = 0
  let i = 0
  while (i < bytes.length) {
    const size = sequenceAt(bytes, i)
    if (size > 0) {
      if (size >= 3) wide++
      i += size
      continue
    }
    const part = lenient.decode(bytes.subarray(from, i))
    parts.push(part, '\ufffd')
    length += part.length
    length++
    const start = i
    while (i < bytes.length && sequenceAt(bytes, i) === 0) i++
    replaced.push({offset: length - 1, bytes: i - start})
    from = i
    // Many bad runs for few good wide sequences: another encoding, not damage.
    if (replaced.length > 16 && replaced.length * 8 > wide) return null
  }
  if (replaced.length * 8 > wide) return null
  parts.push(lenient.decode(bytes.subarray(from)))
  return {value: parts.join(''), replaced}
}

function looksBinary(value: string): boolean {
  const sample = value.slice(0, 4096)
  if (sample.length === 0) return false
  let bad = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++
  }
  return bad / sample.length > 0.1
}
