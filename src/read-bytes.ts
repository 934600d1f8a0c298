import {decode, sniffBinary} from './decode.js'
import {BodojaryoError, type ErrorCode} from './errors.js'
import {messages} from './messages.js'
import {readHwp} from './lib/read-hwp.js'
import {isHwpx, readHwpx, unzipHwpx} from './lib/read-hwpx.js'

/** Where a line of text extracted from a document came from. */
export interface LineSource {
  /** 0-based section of the document. */
  section: number
  /** 0-based top-level paragraph in the section. */
  paragraph: number
  /** 0-based row when the line is a table row, else null. */
  row: number | null
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
}

function refuse(code: ErrorCode, format: string, message: string): never {
  throw new BodojaryoError(code, message, format)
}

/**
 * Read bytes: an HWPX package or an HWP 5 file is read natively (its text extracted); other
 * bytes are decoded as text. Other binary formats, encrypted or distribution documents and
 * whole HTML pages are refused with a coded error.
 */
export function readBytes(bytes: Uint8Array): ReadBytes {
  const sniffed = sniffBinary(bytes)
  if (sniffed?.format === 'hwpx' || sniffed?.format === 'zip') {
    let entries
    try {
      entries = unzipHwpx(bytes)
    } catch (error) {
      refuse('ERR_INVALID_DOCUMENT', 'zip', `Unexpected ZIP archive that cannot be opened (${(error as Error).message}); is the file complete?`)
    }
    if (!isHwpx(entries)) refuse('ERR_BINARY_INPUT', 'zip', `${messages['binary-input'].reason('a ZIP archive that is not an HWPX document')}; give the text of the press release instead`)
    const {value, lines} = readHwpx(entries)
    return {value, format: 'hwpx', encoding: null, lines}
  }
  if (sniffed?.format === 'hwp5') {
    try {
      const {value, lines} = readHwp(bytes)
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
  return {value: decoded.value, format: 'text', encoding: decoded.encoding, lines: null}
}
