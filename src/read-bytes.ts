import {decode, sniffBinary} from './decode.js'
import {BodojaryoError, isBodojaryoError, type ErrorCode} from './errors.js'
import type {VFile} from 'vfile'
import {messages, report} from './messages.js'
import {readHwp} from './lib/readers/hwp.js'
import {isHwpx, readHwpx} from './lib/readers/hwpx.js'
import {inflateBudget} from './lib/limits.js'
import {zipEntries} from './lib/unzip.js'
import {checkBytes, checkMaxSize, checkOptions} from './lib/check.js'
import type {CellSpan} from './lib/stream.js'

/** Where a line of text extracted from a document came from. */
export interface LineSource {
  /** 0-based section of the document. */
  section: number
  /** 0-based top-level paragraph in the section. */
  paragraph: number
  /** 0-based row when the line is a table row, else null. */
  row: number | null
  /** The merged cells a table row starts (its TAB-separated cells are the table's columns), if any. */
  spans?: CellSpan[]
}

/** Text read from bytes, and what it was read from. */
export interface ReadBytes {
  /** The text: decoded, or extracted from the document (one line per paragraph or table row). */
  value: string
  /** `text` (decoded bytes), `hwpx` (OWPML package) or `hwp5` (OLE compound file). */
  format: 'text' | 'hwpx' | 'hwp5'
  /** The encoding of decoded text, or null for documents. */
  encoding: string | null
  /** For documents, the source of each line of `value` (index `line - 1`); else null. */
  lines: LineSource[] | null
  /** For damaged UTF-8, each run of bad bytes: where its `U+FFFD` is in `value`, and how many bytes it replaced. */
  replaced?: Array<{offset: number; bytes: number}>
}

function refuse(code: ErrorCode, format: string, message: string): never {
  throw new BodojaryoError(code, message, format)
}

export interface ReadBytesOptions {
  /** Most bytes a document may inflate to (default 32 MiB); counted while inflating. */
  maxSize?: number
}

/**
 * Read bytes: an HWPX package or an HWP 5 file is read natively (its text extracted); other
 * bytes are decoded as text. Other binary formats, encrypted or distribution documents and
 * whole HTML pages are refused with a coded error; a document that needs more than a budget
 * allows (inflated bytes, ZIP entries, table cells, nesting) with `ERR_RESOURCE_LIMIT`.
 */
export function readBytes(bytes: Uint8Array, readOptions?: ReadBytesOptions): ReadBytes {
  checkBytes(bytes, 'bytes')
  const options = checkOptions(readOptions)
  checkMaxSize(options.maxSize)
  const sniffed = sniffBinary(bytes)
  if (sniffed?.format === 'hwpx' || sniffed?.format === 'zip') {
    return guard('hwpx', () => {
      const budget = inflateBudget(options.maxSize)
      const entries = zipEntries(bytes, budget)
      if (!isHwpx(entries)) refuse('ERR_BINARY_INPUT', 'zip', `${messages['binary-input'].reason('a ZIP archive that is not an HWPX document')}; give the text of the press release instead`)
      const {value, lines} = readHwpx(entries, budget)
      return {value, format: 'hwpx', encoding: null, lines}
    })
  }
  if (sniffed?.format === 'hwp5') {
    try {
      const {value, lines} = guard('hwp5', () => readHwp(bytes, inflateBudget(options.maxSize)))
      return {value, format: 'hwp5', encoding: null, lines}
    } catch (error) {
      const e = error as Error & {code?: string}
      if (e.code === 'ERR_INVALID_DOCUMENT' && /FileHeader/.test(e.message)) {
        refuse('ERR_BINARY_INPUT', 'ole', `${messages['binary-input'].reason('an OLE compound file that is not an HWP document (DOC, XLS …)')}; give the text instead`)
      }
      throw error
    }
  }
  const decoded = decode(bytes)
  if (/^\s*<(?:!doctype\s+html|html[\s>])/i.test(decoded.value.slice(0, 512))) {
    refuse('ERR_UNSUPPORTED_FORMAT', 'html', 'Unexpected HTML page, expected a press release: the bytes are a web page (an error page served instead of the document?)')
  }
  const read: ReadBytes = {value: decoded.value, format: 'text', encoding: decoded.encoding, lines: null}
  if (decoded.replaced) read.replaced = decoded.replaced
  return read
}

/** Report on `file` how bytes were read: as CP949, or as UTF-8 with runs of bad bytes replaced (each at its place). */
export function reportRead(file: VFile | undefined, read: ReadBytes): void {
  if (!file) return
  if (read.encoding === 'cp949') report(file, 'decoded-as-cp949', undefined)
  if (!read.replaced) return
  // Offsets come in order: lines and columns are counted in one pass.
  const text = read.value
  let line = 1
  let lineStart = 0
  let at = 0
  for (const {offset, bytes} of read.replaced) {
    for (; at < offset; at++) {
      const c = text.charCodeAt(at)
      if (c === 10 || (c === 13 && text.charCodeAt(at + 1) !== 10)) {
        line++
        lineStart = at + 1
      }
    }
    const start = {line, column: offset - lineStart + 1, offset}
    report(file, 'invalid-utf-8', {start, end: {line, column: start.column + 1, offset: offset + 1}}, bytes)
  }
}

/**
 * Run a document reader: its coded errors pass; anything else it throws (a fault no check
 * foresaw) becomes `ERR_INVALID_DOCUMENT`, without the internal message.
 */
function guard<T>(format: string, read: () => T): T {
  try {
    return read()
  } catch (error) {
    if (isBodojaryoError(error)) throw error
    const what = format === 'hwpx' ? 'HWPX' : 'HWP'
    throw new BodojaryoError('ERR_INVALID_DOCUMENT', `Unexpected ${what} document whose content cannot be read (damaged or truncated); open it in the word processor and save it again`, format, {cause: error})
  }
}

/**
 * Refuse an empty file named like a document (`.hwpx`, `.hwp`): read as text it would give an
 * empty release and no word of why. (Other bytes under such a name are read for what they are.)
 */
export function checkDocumentName(path: string | undefined, bytes: Uint8Array): void {
  const extension = /\.(hwpx?|pdf)$/i.exec(path ?? '')?.[1].toLowerCase()
  if (!extension || bytes.length > 0) return
  throw new BodojaryoError('ERR_INVALID_DOCUMENT', `Unexpected empty \`.${extension}\` file; is the file complete?`, extension === 'hwp' ? 'hwp5' : extension)
}
