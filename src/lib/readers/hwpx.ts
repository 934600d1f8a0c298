import type {SaxesParser, SaxesTagPlain} from 'saxes'
import {BodojaryoError, isBodojaryoError} from '../../errors.js'
import type {ZipEntry} from '../unzip.js'
import {iconv, saxes} from '../load.js'
import {maxTableCells, maxTableDepth, maxXmlDepth, overLimit, spendCount, spendLine, spendText, type InflateBudget} from '../limits.js'
import type {CellSpan} from '../stream.js'

/** Where a line of text read from an HWPX document came from. */
export interface HwpxLineSource {
  /** 0-based section (`Contents/section0.xml` is 0). */
  section: number
  /** 0-based index of the top-level paragraph in the section. */
  paragraph: number
  /** 0-based table row when the line is a table row, else null. */
  row: number | null
  /** The merged cells the table row starts (its TAB-separated cells are the grid's columns), if any. */
  spans?: CellSpan[]
}

export interface HwpxText {
  /** The text: one line per paragraph, a table row per line with TAB between cells. */
  value: string
  /** Source of each line (index `line - 1`). */
  lines: HwpxLineSource[]
}

/** A table cell as a document stores it: where it starts, how far it spans, and its paragraphs. */
export interface SourceCell {
  row: number
  col: number
  rowSpan: number
  colSpan: number
  paragraphs: string[]
}

interface TableState {
  rowCnt: number
  colCnt: number
  cells: SourceCell[]
  current: SourceCell | null
}

type Container = 'section' | 'cell' | 'box' | 'skip'

/** Entries of a ZIP archive, each inflated when asked for (see `zipEntries`). */
export type ZipEntries = Map<string, ZipEntry>

/** Whether a ZIP archive is an HWPX package (its `mimetype` is `application/hwp+zip`). */
export function isHwpx(entries: ZipEntries): boolean {
  const mimetype = entries.get('mimetype')
  if (mimetype === undefined) return false
  const decoder = xmlDecoder()
  return (decoder.write(mimetype()) + decoder.end()).trim() === 'application/hwp+zip'
}

const declaredEncoding = /^<\?xml[^>?]*?\sencoding\s*=\s*["']([\w.:-]{1,40})["']/

/**
 * A decoder for an XML part read in pieces: the first piece decides the encoding (a BOM, else
 * UTF-16 by the zero bytes of its first characters, else the one the declaration names, else
 * UTF-8); a character split between pieces is kept whole.
 */
function xmlDecoder(): {write: (bytes: Uint8Array) => string; end: () => string} {
  let decode: ((bytes: Uint8Array) => string) | null = null
  let end = () => ''
  return {
    write(bytes) {
      if (!decode) {
        let skip = 0
        let encoding = 'utf-8'
        if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, skip] = ['utf-16le', 2]
        else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, skip] = ['utf-16be', 2]
        else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) skip = 3
        // UTF-16 without a BOM, as XML knows it: `<` and the next character each beside a zero byte.
        else if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) encoding = 'utf-16le'
        else if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] !== 0) encoding = 'utf-16be'
        else {
          let head = ''
          for (let i = 0; i < Math.min(bytes.length, 200); i++) head += String.fromCharCode(bytes[i])
          const declared = declaredEncoding.exec(head)?.[1].toLowerCase()
          if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv().encodingExists(declared)) encoding = declared
        }
        if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
          const decoder = new TextDecoder(encoding)
          decode = (b) => decoder.decode(b, {stream: true})
          end = () => decoder.decode()
        } else {
          const decoder = iconv().getDecoder(encoding)
          decode = (b) => decoder.write(Buffer.from(b.buffer, b.byteOffset, b.byteLength))
          end = () => decoder.end() ?? ''
        }
        bytes = bytes.subarray(skip)
      }
      return decode(bytes)
    },
    end: () => end()
  }
}

type TagHandler = (node: SaxesTagPlain) => void

/** Characters past the text budget a part may hold between two tags before it is refused (a piece or so). */
const textSlack = 1 << 16

/**
 * Run a SAX parser over an XML part with these tag handlers (saxes keeps one handler per event),
 * counting how deep elements nest; a fault becomes `ERR_INVALID_DOCUMENT` naming the part and place.
 * Text the parser gathers between two tags is counted as it comes: past what is left of the text
 * budget, the part is refused before the parser has built it.
 */
function parseXml(parser: SaxesParser, entry: ZipEntry, part: string, open: TagHandler, close: TagHandler, budget: InflateBudget, text?: (text: string) => void): void {
  let depth = 0
  // Where the parser last gave an event: what it read since, it may be holding.
  let since = 0
  parser.on('opentag', (node) => {
    since = parser.position
    if (++depth > maxXmlDepth) overLimit('XML nesting depth', maxXmlDepth, 'hwpx')
    open(node)
  })
  parser.on('closetag', (node) => {
    since = parser.position
    depth--
    close(node)
  })
  parser.on('text', (value) => {
    since = parser.position
    text?.(value)
  })
  // Characters written so far (saxes gives the position only while it reads a piece).
  let written = 0
  // An inflated piece may be megabytes: it is written a slice at a time, each counted.
  const write = (value: string) => {
    for (let at = 0; at < value.length; at += textSlack) {
      const slice = value.length <= textSlack ? value : value.slice(at, at + textSlack)
      parser.write(slice)
      written += slice.length
      const held = written - since
      if (held > budget.text + textSlack) spendText(budget, held, 'hwpx')
    }
  }
  // The part is inflated, decoded and parsed piece by piece: its whole text is never held.
  const decoder = xmlDecoder()
  try {
    entry((chunk) => write(decoder.write(chunk)))
    write(decoder.end())
    parser.close()
  } catch (error) {
    if (isBodojaryoError(error)) throw error
    throw new BodojaryoError(
      'ERR_INVALID_DOCUMENT',
      `Unexpected malformed XML in \`${part}\` at line ${parser.line}, column ${parser.column}; the HWPX document is damaged: open it in the word processor and save it again`,
      'hwpx'
    )
  }
}

/**
 * Read the text of an HWPX document from its OWPML sections, the way a word processor saves
 * as text: paragraphs as lines, table rows as lines of TAB-separated cells in their grid
 * (cells covered by a merged cell left empty), paragraphs of a cell joined with a space, text
 * boxes and captions as lines; headers, footers and notes left out; pictures skipped.
 */
export function readHwpx(entries: ZipEntries, budget: InflateBudget): HwpxText {
  const sections = [...entries.keys()]
    .map((name) => /^Contents\/section(\d{1,6})\.xml$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
  if (sections.length === 0) {
    throw new BodojaryoError('ERR_INVALID_DOCUMENT', 'Unexpected HWPX package without sections (`Contents/section0.xml`); is the file complete?', 'hwpx')
  }
  const out: string[] = []
  const lines: HwpxLineSource[] = []
  const header = entries.get('Contents/header.xml')
  const bullets = header ? readBullets(header, budget) : new Map<string, string>()
  for (const match of sections) readSection(entries.get(match[0])!, Number(match[1]), out, lines, bullets, match[0], budget)
  return {value: out.join('\n') + '\n', lines}
}

/** Paragraph shapes whose heading is a bullet (`-`, `□` …): paraPr id → the bullet's character. */
function readBullets(xml: ZipEntry, budget: InflateBudget): Map<string, string> {
  const chars = new Map<string, string>()
  const shapes = new Map<string, string>()
  const parser = new (saxes().SaxesParser)({xmlns: false})
  let shape: string | null = null
  let headed = false
  const open: TagHandler = (node) => {
    if (node.name === 'hh:bullet') chars.set(String(node.attributes.id), String(node.attributes.char ?? ''))
    else if (node.name === 'hh:paraPr') {
      shape = String(node.attributes.id)
      headed = false
    } else if (node.name === 'hh:heading' && shape !== null && !headed) {
      headed = true
      if (node.attributes.type === 'BULLET') shapes.set(shape, String(node.attributes.idRef))
    }
  }
  const close: TagHandler = (node) => {
    if (node.name === 'hh:paraPr') shape = null
  }
  parseXml(parser, xml, 'Contents/header.xml', open, close, budget)
  const out = new Map<string, string>()
  for (const [id, bullet] of shapes) {
    const char = chars.get(bullet)
    if (char) out.set(id, char)
  }
  return out
}

function readSection(xml: ZipEntry, section: number, out: string[], lines: HwpxLineSource[], bullets: Map<string, string>, part: string, budget: InflateBudget): void {
  const parser = new (saxes().SaxesParser)({xmlns: false})
  const containers: Container[] = ['section']
  const paragraphs: string[][] = []
  const tables: TableState[] = []
  let topParagraph = -1
  let inText = 0
  // The text of a line was counted as it was read; its end and the line itself are counted here.
  const emit = (value: string, row: number | null, spans?: CellSpan[]) => {
    spendLine(budget, 'hwpx')
    out.push(value)
    lines.push(spans ? {section, paragraph: Math.max(topParagraph, 0), row, spans} : {section, paragraph: Math.max(topParagraph, 0), row})
  }
  const container = () => containers[containers.length - 1]
  const flushParagraph = (parts: string[]) => {
    const value = parts.join('').replace(/(?<![ \u00a0])[ \u00a0]+$/, '')
    parts.length = 0
    return value
  }
  const open: TagHandler = (node) => {
    const name = node.name
    switch (name) {
      case 'hp:p': {
        spendCount(budget, 'paragraphs', 1, 'hwpx')
        if (containers.length === 1 && tables.length === 0) topParagraph++
        // A bullet heading prints its character before the text.
        const bullet = bullets.get(String(node.attributes.paraPrIDRef))
        if (bullet) spendText(budget, bullet.length + 1, 'hwpx')
        paragraphs.push(bullet ? [bullet + ' '] : [])
        break
      }
      case 'hp:t':
        inText++
        break
      case 'hp:tab':
        if (inText && paragraphs.length) paragraphs[paragraphs.length - 1].push('\t')
        break
      case 'hp:lineBreak':
        if (inText && paragraphs.length) paragraphs[paragraphs.length - 1].push(' ')
        break
      case 'hp:nbSpace':
      case 'hp:fwSpace':
        if (inText && paragraphs.length) paragraphs[paragraphs.length - 1].push(' ')
        break
      case 'hp:tbl': {
        // A table inside a top-level paragraph: what the paragraph said before it is a line.
        if (container() !== 'skip' && tables.length === 0 && containers.length === 1 && paragraphs.length === 1) {
          const before = flushParagraph(paragraphs[0])
          if (before.trim()) emit(before, null)
        }
        if (tables.length >= maxTableDepth) overLimit('tables nested in tables', maxTableDepth, 'hwpx')
        tables.push({rowCnt: count(node.attributes.rowCnt), colCnt: count(node.attributes.colCnt), cells: [], current: null})
        break
      }
      case 'hp:tc': {
        spendCount(budget, 'cells', 1, 'hwpx')
        const table = tables[tables.length - 1]
        if (table) {
          table.current = {row: 0, col: 0, rowSpan: 1, colSpan: 1, paragraphs: []}
          table.cells.push(table.current)
        }
        containers.push('cell')
        break
      }
      case 'hp:cellAddr': {
        const cell = tables[tables.length - 1]?.current
        if (cell) {
          cell.row = count(node.attributes.rowAddr)
          cell.col = count(node.attributes.colAddr)
        }
        break
      }
      case 'hp:cellSpan': {
        const cell = tables[tables.length - 1]?.current
        if (cell) {
          cell.rowSpan = Math.max(1, count(node.attributes.rowSpan))
          cell.colSpan = Math.max(1, count(node.attributes.colSpan))
        }
        break
      }
      case 'hp:drawText':
      case 'hp:caption':
        containers.push(container() === 'skip' ? 'skip' : 'box')
        break
      case 'hp:header':
      case 'hp:footer':
      case 'hp:footNote':
      case 'hp:endNote':
      case 'hp:hiddenComment':
        containers.push('skip')
        break
    }
  }
  // Text is counted as it is read; a line break inside a run (raw or `&#10;`) is a space, as
  // `<hp:lineBreak/>` is: the text keeps one line per paragraph.
  const text = (value: string) => {
    if (!inText || !paragraphs.length) return
    spendText(budget, value.length, 'hwpx')
    paragraphs[paragraphs.length - 1].push(value.includes('\n') || value.includes('\r') ? value.replace(lineBreaks, ' ') : value)
  }
  const close: TagHandler = (node) => {
    switch (node.name) {
      case 'hp:t':
        inText--
        break
      case 'hp:p': {
        const parts = paragraphs.pop() ?? []
        let value = flushParagraph(parts)
        // A bullet with nothing after it is an empty paragraph.
        if (value.length <= 2 && bullets.has(String(node.attributes?.paraPrIDRef)) && value.trim().length <= 1) value = ''
        const where = container()
        if (where === 'skip') break
        if (where === 'cell') {
          const cell = tables[tables.length - 1]?.current
          if (cell) cell.paragraphs.push(value)
        } else if (value.trim() || where === 'section') {
          // Text boxes and captions inside a cell join the cell; elsewhere they are lines.
          const cellBelow = containers.includes('cell')
          if (cellBelow) tables[tables.length - 1]?.current?.paragraphs.push(value)
          else emit(value, null)
        }
        break
      }
      case 'hp:tc':
        containers.pop()
        break
      case 'hp:drawText':
      case 'hp:caption':
      case 'hp:header':
      case 'hp:footer':
      case 'hp:footNote':
      case 'hp:endNote':
      case 'hp:hiddenComment':
        containers.pop()
        break
      case 'hp:tbl': {
        const table = tables.pop()
        if (!table) break
        if (container() === 'skip') break
        const spans: Array<CellSpan[] | undefined> = []
        const rows = gridRows(table, 'hwpx', spans, budget)
        if (container() === 'cell' || containers.includes('cell')) {
          // A table inside a cell: its text joins the cell.
          const cell = tables[tables.length - 1]?.current
          if (cell) cell.paragraphs.push(rows.map((r) => r.filter(Boolean).join(' ')).filter(Boolean).join(' '))
        } else rows.forEach((cells, row) => emit(cells.join('\t'), row, spans[row]))
        break
      }
    }
  }
  parseXml(parser, xml, part, open, close, budget, text)
}

const lineBreaks = /\r\n?|\n/g

/** A count or address from an attribute: a whole number of 0 or more (`1e9` stays, `inf`, `-1`, `x` are 0). */
function count(value: unknown): number {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0
}

/** A table's cells: where each starts, how far it spans, and its text. */
export interface GridCell {
  row: number
  col: number
  rowSpan: number
  colSpan: number
  text: string
}

/**
 * The table as rows of cell texts in its grid; a merged cell's text in its first position only.
 * The declared size is trusted only between what the cells present start in and what their
 * spans reach; past `maxTableCells` rows and columns no cell starts in are dropped, and a grid
 * still larger is refused with `ERR_RESOURCE_LIMIT`.
 */
export function grid(declaredRows: number, declaredCols: number, cells: GridCell[], format: string, spans: Array<CellSpan[] | undefined> | undefined, budget: InflateBudget): string[][] {
  let lastRow = -1
  let lastCol = -1
  let reachRow = 0
  let reachCol = 0
  for (const cell of cells) {
    lastRow = Math.max(lastRow, cell.row)
    lastCol = Math.max(lastCol, cell.col)
    reachRow = Math.max(reachRow, cell.row + cell.rowSpan)
    reachCol = Math.max(reachCol, cell.col + cell.colSpan)
  }
  let rowCnt = Math.min(Math.max(declaredRows, lastRow + 1), reachRow)
  let colCnt = Math.min(Math.max(declaredCols, lastCol + 1), reachCol)
  if (rowCnt * colCnt > maxTableCells) {
    rowCnt = lastRow + 1
    colCnt = lastCol + 1
    if (rowCnt * colCnt > maxTableCells) overLimit('table cells, rows × columns,', maxTableCells, format)
  }
  // Every table's grid counts, nested ones too (their text joins a cell, but the grid is built).
  spendCount(budget, 'area', rowCnt * colCnt, format)
  const rows: string[][] = Array.from({length: rowCnt}, () => Array.from({length: colCnt}, () => ''))
  for (const cell of cells) {
    if (cell.row >= rowCnt || cell.col >= colCnt) continue
    rows[cell.row][cell.col] = cell.text
    // A merged cell, within the grid: where it starts, how far it reaches.
    const rowSpan = Math.min(cell.rowSpan, rowCnt - cell.row)
    const colSpan = Math.min(cell.colSpan, colCnt - cell.col)
    if (spans && (rowSpan > 1 || colSpan > 1)) (spans[cell.row] ??= []).push({column: cell.col, rowSpan, colSpan})
  }
  return rows
}

function gridRows(table: TableState, format: string, spans: Array<CellSpan[] | undefined>, budget: InflateBudget): string[][] {
  const cells = table.cells.map((cell) => ({...cell, text: cell.paragraphs.map((p) => p.trim()).filter(Boolean).join(' ').replace(/\t/g, ' ')}))
  return grid(table.rowCnt, table.colCnt, cells, format, spans, budget)
}
