/** Budgets that bound the memory and time one document may take, enforced while it is read. */
import {BodojaryoError, isBodojaryoError} from '../errors.js'
import {fflate} from './load.js'

/** Inflated bytes one document may unpack when no `maxSize` is given (32 MiB: twice the largest real release seen). */
export const defaultInflatedBytes = 32 * 1024 * 1024
/** UTF-16 code units of text one document may give when no `maxSize` is given: twenty times the longest real release seen. */
export const defaultTextLength = 2_000_000
/** ZIP entries read from one package. */
export const maxZipEntries = 10_000
/** Cells of one table's grid (rows × columns). */
export const maxTableCells = 1_000_000
/** Elements open at once in an XML part. */
export const maxXmlDepth = 256
/** Tables inside tables. */
export const maxTableDepth = 32
/** Records of one HWP section. */
export const maxHwpRecords = 4_000_000
/** Table cells one document may hold, in every table (nested ones too): 25 times the most a real release has. */
export const maxCells = 500_000
/** Grid positions (rows × columns) of all the tables of one document together, nested ones included. */
export const maxGridArea = 4_000_000
/** Paragraphs one document may hold, in table cells too: 25 times the most a real release has. */
export const maxParagraphs = 500_000
/** Lines (paragraphs outside tables and table rows) the text of one document may have: 90 times the most a real release has. */
export const maxLines = 200_000
/** Pages of a PDF read when no `maxPages` is given: ten times the longest real release seen. */
export const defaultMaxPages = 1_000
/** Bytes one deflated stream of a PDF that is no font, picture or object stream may inflate to (a page's content, inflated whole by PDF.js): ten times the largest seen. */
export const maxPdfContentBytes = 8 * 1024 * 1024
/** Bytes any other deflated stream of a PDF (a font, an object stream) may inflate to. */
export const maxPdfStreamBytes = 64 * 1024 * 1024
/** Bytes the deflated streams of one PDF (pictures aside) may inflate to together. */
export const maxPdfInflatedBytes = 256 * 1024 * 1024
/** Drawing operations (text, paths, state) of all the pages of one PDF, counted as PDF.js reads them. */
export const maxPdfOperations = 1_000_000
/** Shown strings (text items) of one PDF page. */
export const maxPageTextItems = 300_000
/** Straight rules of one PDF page, once collinear pieces are joined (the table finder compares them pairwise). */
export const maxPageRules = 20_000

/** Refuse a document that needs more than a budget allows; the message names the limit and its value. */
export function overLimit(what: string, limit: number, format: string, raise?: string): never {
  const how = raise ? `; ${raise}` : ''
  throw new BodojaryoError('ERR_RESOURCE_LIMIT', `Unexpected document that exceeds the limit on ${what} (${limit.toLocaleString('en-US')})${how}`, format)
}

/**
 * What is left of a document's budgets: inflated bytes, the text it gives, and the cells, grid
 * positions, paragraphs and lines its readers build, each counted as it is read.
 */
export interface InflateBudget {
  /** Bytes that may still be inflated. */
  left: number
  /** UTF-16 code units of text the document may still give (a line's end counts one). */
  text: number
  /** Table cells, grid positions, paragraphs and lines the document may still hold. */
  cells: number
  area: number
  paragraphs: number
  lines: number
  /** The whole text budget, for the message. */
  readonly textLimit: number
  /** The whole budget, for the message. */
  readonly limit: number
  /** Whether the budget is `maxSize` (an option raises it) or the default. */
  readonly fromOption: boolean
}

/** Take `bytes` from the budget; past it, `ERR_RESOURCE_LIMIT` saying how to raise it. */
export function spend(budget: InflateBudget, bytes: number, format: string): void {
  budget.left -= bytes
  if (budget.left < 0) overLimit('inflated bytes per document', budget.limit, format, budget.fromOption ? 'pass a larger `maxSize` to read it' : 'pass a larger `maxSize` to raise it')
}

export function inflateBudget(maxSize: number | undefined): InflateBudget {
  const limit = maxSize ?? defaultInflatedBytes
  const textLimit = maxSize ?? defaultTextLength
  return {left: limit, limit, text: textLimit, textLimit, fromOption: maxSize !== undefined, cells: maxCells, area: maxGridArea, paragraphs: maxParagraphs, lines: maxLines}
}

/** The budgets counted in items, each with its whole and the words that name it. */
const counted = {
  cells: [maxCells, 'table cells per document'],
  area: [maxGridArea, 'table grid positions (rows × columns) per document'],
  paragraphs: [maxParagraphs, 'paragraphs per document'],
  lines: [maxLines, 'lines per document']
} as const

/** Take `count` cells, grid positions, paragraphs or lines from the budget; past it, `ERR_RESOURCE_LIMIT` naming it. */
export function spendCount(budget: InflateBudget, what: keyof typeof counted, count: number, format: string): void {
  budget[what] -= count
  if (budget[what] < 0) overLimit(counted[what][1], counted[what][0], format)
}

/** A line ends: one line from its budget, and one code unit of text for its end. */
export function spendLine(budget: InflateBudget, format: string): void {
  spendCount(budget, 'lines', 1, format)
  spendText(budget, 1, format)
}

/** Take `length` code units from the text budget, as the text is read; past it, `ERR_RESOURCE_LIMIT` saying how to raise it. */
export function spendText(budget: InflateBudget, length: number, format: string): void {
  budget.text -= length
  if (budget.text < 0) overLimit('text per document, in UTF-16 code units', budget.textLimit, format, budget.fromOption ? 'pass a larger `maxSize` to read it' : 'pass a larger `maxSize` to raise it')
}

/**
 * Inflate raw deflate data, counting the output as it comes: past the budget the inflater stops
 * and `ERR_RESOURCE_LIMIT` is thrown (a declared size is never trusted). Data that is not
 * deflate, or ends early, throws `ERR_INVALID_DOCUMENT` with `what` in the message.
 */
export function inflateWithin(data: Uint8Array, budget: InflateBudget, what: string, format: string, onChunk?: (chunk: Uint8Array) => void): Uint8Array {
  const chunks: Uint8Array[] = []
  let size = 0
  let ended = false
  const failure: {error?: unknown} = {}
  const inflater = new (fflate().Inflate)((chunk, final) => {
    size += chunk.length
    spend(budget, chunk.length, format)
    if (!onChunk) chunks.push(chunk)
    else {
      try {
        onChunk(chunk)
      } catch (error) {
        // What the reader of the pieces throws is its own, not a fault of the compressed data.
        failure.error = error
        throw error
      }
    }
    if (final) ended = true
  })
  // Deflate expands at most about 1,032 times: a step of 16 KB makes at most 17 MB at once.
  const step = 1 << 14
  try {
    if (data.length === 0) inflater.push(data, true)
    for (let at = 0; at < data.length; at += step) inflater.push(data.subarray(at, Math.min(at + step, data.length)), at + step >= data.length)
  } catch (error) {
    if (isBodojaryoError(error) || failure.error === error) throw error
    throw new BodojaryoError('ERR_INVALID_DOCUMENT', `Unexpected ${what} that does not inflate (damaged or truncated data); is the file complete?`, format)
  }
  if (!ended) throw new BodojaryoError('ERR_INVALID_DOCUMENT', `Unexpected ${what} whose compressed data ends early; is the file complete?`, format)
  if (chunks.length === 1 || onChunk) return chunks[0] ?? new Uint8Array(0)
  const out = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}
