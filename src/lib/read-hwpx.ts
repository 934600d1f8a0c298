import {strFromU8, unzipSync} from 'fflate'
import {SaxesParser} from 'saxes'

/** Where a line of text read from an HWPX document came from. */
export interface HwpxLineSource {
  /** 0-based section (`Contents/section0.xml` is 0). */
  section: number
  /** 0-based index of the top-level paragraph in the section. */
  paragraph: number
  /** 0-based table row when the line is a table row, else null. */
  row: number | null
}

export interface HwpxText {
  /** The text: one line per paragraph, a table row per line with TAB between cells. */
  value: string
  /** Source of each line (index `line - 1`). */
  lines: HwpxLineSource[]
}

interface Cell {
  row: number
  col: number
  rowSpan: number
  colSpan: number
  paragraphs: string[]
}

interface TableState {
  rowCnt: number
  colCnt: number
  cells: Cell[]
  current: Cell | null
}

type Container = 'section' | 'cell' | 'box' | 'skip'

/** Whether bytes are an HWPX package (a ZIP whose `mimetype` is `application/hwp+zip`). */
export function isHwpx(entries: Record<string, Uint8Array>): boolean {
  const mimetype = entries.mimetype
  return Boolean(mimetype && strFromU8(mimetype).trim() === 'application/hwp+zip')
}

/** Unzip the entries of an HWPX package that hold text. */
export function unzipHwpx(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes, {filter: (file) => file.name === 'mimetype' || file.name === 'Contents/header.xml' || /^Contents\/section\d+\.xml$/.test(file.name)})
}

/**
 * Read the text of an HWPX document from its OWPML sections, the way a word processor saves
 * as text: paragraphs as lines, table rows as lines of TAB-separated cells in their grid
 * (cells covered by a merged cell left empty), paragraphs of a cell joined with a space, text
 * boxes and captions as lines; headers, footers and notes left out; pictures skipped.
 */
export function readHwpx(entries: Record<string, Uint8Array>): HwpxText {
  const sections = Object.keys(entries)
    .map((name) => /^Contents\/section(\d+)\.xml$/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
  const out: string[] = []
  const lines: HwpxLineSource[] = []
  const bullets = entries['Contents/header.xml'] ? readBullets(strFromU8(entries['Contents/header.xml'])) : new Map<string, string>()
  for (const match of sections) readSection(strFromU8(entries[match[0]]), Number(match[1]), out, lines, bullets)
  return {value: out.join('\n') + '\n', lines}
}

/** Paragraph shapes whose heading is a bullet (`-`, `□` …): paraPr id → the bullet's character. */
function readBullets(xml: string): Map<string, string> {
  const chars = new Map<string, string>()
  const shapes = new Map<string, string>()
  const parser = new SaxesParser({xmlns: false})
  let shape: string | null = null
  let headed = false
  parser.on('opentag', (node) => {
    if (node.name === 'hh:bullet') chars.set(String(node.attributes.id), String(node.attributes.char ?? ''))
    else if (node.name === 'hh:paraPr') {
      shape = String(node.attributes.id)
      headed = false
    } else if (node.name === 'hh:heading' && shape !== null && !headed) {
      headed = true
      if (node.attributes.type === 'BULLET') shapes.set(shape, String(node.attributes.idRef))
    }
  })
  parser.on('closetag', (node) => {
    if (node.name === 'hh:paraPr') shape = null
  })
  parser.write(xml).close()
  const out = new Map<string, string>()
  for (const [id, bullet] of shapes) {
    const char = chars.get(bullet)
    if (char) out.set(id, char)
  }
  return out
}

function readSection(xml: string, section: number, out: string[], lines: HwpxLineSource[], bullets: Map<string, string>): void {
  const parser = new SaxesParser({xmlns: false})
  const containers: Container[] = ['section']
  const paragraphs: string[][] = []
  const tables: TableState[] = []
  let topParagraph = -1
  let inText = 0
  const emit = (value: string, row: number | null) => {
    out.push(value)
    lines.push({section, paragraph: Math.max(topParagraph, 0), row})
  }
  const container = () => containers[containers.length - 1]
  const flushParagraph = (parts: string[]) => {
    const value = parts.join('').replace(/(?<![ \u00a0])[ \u00a0]+$/, '')
    parts.length = 0
    return value
  }
  parser.on('opentag', (node) => {
    const name = node.name
    switch (name) {
      case 'hp:p': {
        if (containers.length === 1 && tables.length === 0) topParagraph++
        // A bullet heading prints its character before the text.
        const bullet = bullets.get(String(node.attributes.paraPrIDRef))
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
        tables.push({rowCnt: Number(node.attributes.rowCnt) || 0, colCnt: Number(node.attributes.colCnt) || 0, cells: [], current: null})
        break
      }
      case 'hp:tc': {
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
          cell.row = Number(node.attributes.rowAddr) || 0
          cell.col = Number(node.attributes.colAddr) || 0
        }
        break
      }
      case 'hp:cellSpan': {
        const cell = tables[tables.length - 1]?.current
        if (cell) {
          cell.rowSpan = Math.max(1, Number(node.attributes.rowSpan) || 1)
          cell.colSpan = Math.max(1, Number(node.attributes.colSpan) || 1)
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
  })
  parser.on('text', (text) => {
    if (inText && paragraphs.length) paragraphs[paragraphs.length - 1].push(text)
  })
  parser.on('closetag', (node) => {
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
        const rows = gridRows(table)
        if (container() === 'skip') break
        if (container() === 'cell' || containers.includes('cell')) {
          // A table inside a cell: its text joins the cell.
          const cell = tables[tables.length - 1]?.current
          if (cell) cell.paragraphs.push(rows.map((r) => r.filter(Boolean).join(' ')).filter(Boolean).join(' '))
        } else rows.forEach((cells, row) => emit(cells.join('\t'), row))
        break
      }
    }
  })
  parser.write(xml).close()
}

/** The table as rows of cell texts in its grid; a merged cell's text in its first position only. */
function gridRows(table: TableState): string[][] {
  let rowCnt = table.rowCnt
  let colCnt = table.colCnt
  for (const cell of table.cells) {
    rowCnt = Math.max(rowCnt, cell.row + cell.rowSpan)
    colCnt = Math.max(colCnt, cell.col + cell.colSpan)
  }
  const rows: string[][] = Array.from({length: rowCnt}, () => Array.from({length: colCnt}, () => ''))
  for (const cell of table.cells) {
    const text = cell.paragraphs.map((p) => p.trim()).filter(Boolean).join(' ')
    if (rows[cell.row]) rows[cell.row][cell.col] = text.replace(/\t/g, ' ')
  }
  return rows
}
