import type CFB from 'cfb'
import {BodojaryoError} from '../../errors.js'
import {inflateWithin, maxHwpRecords, maxTableDepth, overLimit, spendCount, spendLine, spendText, type InflateBudget} from '../limits.js'
import {grid, type SourceCell} from './hwpx.js'
import type {CellSpan} from '../stream.js'
import {cfb} from '../load.js'

/** Where a line of text read from an HWP 5 document came from. */
export interface HwpLineSource {
  /** 0-based section (`BodyText/Section0` is 0). */
  section: number
  /** 0-based index of the top-level paragraph in the section. */
  paragraph: number
  /** 0-based table row when the line is a table row, else null. */
  row: number | null
  /** The merged cells the table row starts (its TAB-separated cells are the grid's columns), if any. */
  spans?: CellSpan[]
}

export interface HwpText {
  value: string
  lines: HwpLineSource[]
}

/** Codes thrown for HWP 5 files that cannot be read: encrypted, distribution-locked (배포용) or broken. */
type HwpErrorCode = 'ERR_ENCRYPTED_DOCUMENT' | 'ERR_DISTRIBUTION_DOCUMENT' | 'ERR_INVALID_DOCUMENT'

function asBytes(content: unknown): Uint8Array | undefined {
  if (content === undefined || content === null) return undefined
  return content instanceof Uint8Array ? content : Uint8Array.from(content as ArrayLike<number>)
}

function fail(code: HwpErrorCode, message: string): never {
  throw new BodojaryoError(code, message, 'hwp5')
}

const latin1 = new TextDecoder('latin1')

const tag = {paraHeader: 66, paraText: 67, ctrlHeader: 71, listHeader: 72, table: 77} as const

interface HwpRecord {
  tag: number
  level: number
  data: Uint8Array
}

/**
 * The records of a section. A section opens with a paragraph header, and its records end where
 * it ends: anything else (compressed data read as records, because the header's flag says the
 * sections are stored) is `ERR_INVALID_DOCUMENT`.
 */
function* records(data: Uint8Array, section: number): Generator<HwpRecord> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const broken = (): never =>
    fail('ERR_INVALID_DOCUMENT', `Unexpected HWP section ${section} that is not a list of records (compressed when the header says it is not, or damaged); open it in the word processor and save it again`)
  let at = 0
  let count = 0
  while (at + 4 <= data.length) {
    if (++count > maxHwpRecords) overLimit('records per HWP section', maxHwpRecords, 'hwp5')
    const header = view.getUint32(at, true)
    at += 4
    let size = header >>> 20
    if (size === 0xfff) {
      if (at + 4 > data.length) broken()
      size = view.getUint32(at, true)
      at += 4
    }
    if (at + size > data.length || (count === 1 && (header & 0x3ff) !== tag.paraHeader)) broken()
    yield {tag: header & 0x3ff, level: (header >>> 10) & 0x3ff, data: data.subarray(at, at + size)}
    at += size
  }
}

const utf16 = new TextDecoder('utf-16le')

/**
 * The text of a PARA_TEXT record: controls dropped, TAB kept, line breaks as spaces. Its length
 * is taken from the text budget before it is built; runs of text between controls are decoded whole.
 */
function paragraphText(data: Uint8Array, budget: InflateBudget): string {
  const count = data.length >> 1
  spendText(budget, count, 'hwp5')
  const parts: string[] = []
  let from = 0
  const flush = (to: number) => {
    if (to > from) parts.push(utf16.decode(data.subarray(2 * from, 2 * to)))
  }
  for (let i = 0; i < count; i++) {
    const c = data[2 * i] | (data[2 * i + 1] << 8)
    if (c >= 32) continue
    flush(i)
    if (c === 9) {
      parts.push('\t')
      i += 7
    } else if (c === 10) parts.push(' ')
    else if (c !== 13 && c !== 0 && !(c >= 24 && c <= 31)) i += 7 // inline and extended controls take eight code units
    from = Math.min(i + 1, count)
  }
  flush(count)
  return parts.join('')
}

interface Table {
  level: number
  rows: number
  cols: number
  cells: SourceCell[]
}

/**
 * Read the text of an HWP 5 document (OLE compound file): the paragraphs of each
 * `BodyText/Section*` stream (deflated when the header says so) as lines, and tables as rows of
 * TAB-separated cells in their grid, like the HWPX reader. Encrypted and distribution
 * documents are refused.
 */
export function readHwp(bytes: Uint8Array, budget: InflateBudget): HwpText {
  // Loaded before the try: a library that cannot be found is no fault of the document.
  const lib = cfb()
  let container: CFB.CFB$Container
  try {
    container = lib.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {type: 'buffer'})
  } catch {
    fail('ERR_INVALID_DOCUMENT', 'Unexpected HWP 5 file that cannot be opened (its OLE structure is damaged or truncated); is the file complete?')
  }
  const header = asBytes(lib.find(container, 'FileHeader')?.content)
  if (!header || header.length < 40 || latin1.decode(header.subarray(0, 17)) !== 'HWP Document File') {
    fail('ERR_INVALID_DOCUMENT', 'Unexpected OLE file without an HWP 5 `FileHeader`; is it an HWP document?')
  }
  const properties = header[36] | (header[37] << 8) | (header[38] << 16) | (header[39] << 24)
  if (properties & 2) fail('ERR_ENCRYPTED_DOCUMENT', 'Unexpected encrypted HWP document (password protected); save it without a password first')
  if (properties & 4) fail('ERR_DISTRIBUTION_DOCUMENT', 'Unexpected distribution-locked HWP document (배포용 문서); its text cannot be read')
  const compressed = (properties & 1) !== 0
  const out: string[] = []
  const lines: HwpLineSource[] = []
  // Section streams by number, found in one pass over the directory.
  const streams = new Map<number, CFB.CFB$Entry>()
  container.FullPaths.forEach((path, index) => {
    const match = /\/BodyText\/Section(\d{1,6})$/.exec(path)
    if (match && !streams.has(Number(match[1]))) streams.set(Number(match[1]), container.FileIndex[index])
  })
  let section = 0
  for (; ; section++) {
    const entry = streams.get(section)
    if (!entry || !entry.content || entry.content.length === 0) break
    let data = asBytes(entry.content)!
    if (compressed) data = inflateWithin(data, budget, `HWP section ${section}`, 'hwp5')
    readSection(data, section, out, lines, budget)
  }
  if (section === 0) fail('ERR_INVALID_DOCUMENT', 'Unexpected HWP document without a readable `BodyText/Section0` stream (damaged directory?); open it in the word processor and save it again')
  return {value: out.join('\n') + '\n', lines}
}

function readSection(data: Uint8Array, section: number, out: string[], lines: HwpLineSource[], budget: InflateBudget): void {
  const tables: Table[] = []
  let paragraph = -1
  let current: string | null = null
  let currentLevel = 0
  let pendingTable = -1
  // The text of a line was counted as it was read; its end and the line itself are counted here.
  const emit = (value: string, row: number | null, spans?: CellSpan[]) => {
    spendLine(budget, 'hwp5')
    out.push(value)
    lines.push(spans ? {section, paragraph: Math.max(paragraph, 0), row, spans} : {section, paragraph: Math.max(paragraph, 0), row})
  }
  const closeTables = (level: number) => {
    while (tables.length > 0 && level <= tables[tables.length - 1].level) {
      const table = tables.pop()!
      // Only cells inside the declared grid are read, as a word processor shows them.
      const cells = table.cells
        .filter((cell) => cell.row < table.rows && cell.col < table.cols)
        .map((cell) => ({row: cell.row, col: cell.col, rowSpan: cell.rowSpan, colSpan: cell.colSpan, text: cell.paragraphs.map((p) => p.trim()).filter(Boolean).join(' ')}))
      const spans: Array<CellSpan[] | undefined> = []
      const rows = grid(table.rows, table.cols, cells, 'hwp5', spans, budget)
      const outer = tables[tables.length - 1]
      if (outer) outer.cells[outer.cells.length - 1]?.paragraphs.push(rows.map((r) => r.filter(Boolean).join(' ')).filter(Boolean).join(' '))
      else rows.forEach((row, index) => emit(row.join('\t'), index, spans[index]))
    }
  }
  for (const record of records(data, section)) {
    if (record.tag === tag.paraHeader) {
      // The paragraph before goes where it belongs, then tables at or above this level end.
      spendCount(budget, 'paragraphs', 1, 'hwp5')
      flush()
      closeTables(record.level)
      if (record.level === 0) paragraph++
      current = ''
      currentLevel = record.level
      continue
    }
    if (record.tag === tag.paraText) {
      current = (current ?? '') + paragraphText(record.data, budget)
      continue
    }
    if (record.tag === tag.ctrlHeader && record.data.length >= 4) {
      const id = String.fromCharCode(record.data[3], record.data[2], record.data[1], record.data[0])
      if (id === 'tbl ') {
        // The paragraph holding the table: its text so far is a line of its own.
        if (tables.length === 0) {
          const before = current
          current = null
          if (before && before.trim()) emit(before.trimEnd(), null)
          current = ''
        }
        pendingTable = record.level
      }
      continue
    }
    if (record.tag === tag.table && pendingTable >= 0 && record.data.length >= 8) {
      const rows = record.data[4] | (record.data[5] << 8)
      const cols = record.data[6] | (record.data[7] << 8)
      if (tables.length >= maxTableDepth) overLimit('tables nested in tables', maxTableDepth, 'hwp5')
      tables.push({level: pendingTable, rows, cols, cells: []})
      pendingTable = -1
      continue
    }
    if (record.tag === tag.listHeader && tables.length > 0 && record.level === tables[tables.length - 1].level + 1 && record.data.length >= 16) {
      spendCount(budget, 'cells', 1, 'hwp5')
      flush()
      const col = record.data[8] | (record.data[9] << 8)
      const row = record.data[10] | (record.data[11] << 8)
      const colSpan = Math.max(1, record.data[12] | (record.data[13] << 8))
      const rowSpan = Math.max(1, record.data[14] | (record.data[15] << 8))
      tables[tables.length - 1].cells.push({row, col, rowSpan, colSpan, paragraphs: []})
      continue
    }
  }
  flush()
  closeTables(0)

  function flush(): void {
    if (current === null) return
    const value = current.trimEnd()
    current = null
    // A paragraph deeper than a table is in its last cell; otherwise it is a line.
    let t = tables.length - 1
    while (t >= 0 && tables[t].level >= currentLevel) t--
    if (t >= 0) tables[t].cells[tables[t].cells.length - 1]?.paragraphs.push(value)
    else emit(value, null)
  }
}
