/** Crafted hostile documents, made in memory (nothing large is committed). */
import CFB from 'cfb'
import {deflateSync, strToU8, zipSync, zlibSync, type Zippable} from 'fflate'
import iconv from 'iconv-lite'
import zlib from 'node:zlib'

export const sectionXml = (body: string, declaration = '<?xml version="1.0" encoding="UTF-8"?>') =>
  `${declaration}<hs:sec xmlns:hs="s" xmlns:hp="p">${body}</hs:sec>`
export const p = (text: string) => `<hp:p paraPrIDRef="0"><hp:run><hp:t>${text}</hp:t></hp:run></hp:p>`
export const tc = (row: number | string, col: number | string, text: string, rowSpan: number | string = 1, colSpan: number | string = 1) =>
  `<hp:tc><hp:subList>${p(text)}</hp:subList><hp:cellAddr colAddr="${col}" rowAddr="${row}"/><hp:cellSpan colSpan="${colSpan}" rowSpan="${rowSpan}"/></hp:tc>`
export const tbl = (rows: number | string, cols: number | string, body: string) =>
  `<hp:p paraPrIDRef="0"><hp:run><hp:tbl rowCnt="${rows}" colCnt="${cols}">${body}</hp:tbl></hp:run></hp:p>`

/** An HWPX package holding `section` (a string, or bytes) as `Contents/section0.xml`. */
export function hwpx(section: string | Uint8Array, more: Zippable = {}): Uint8Array {
  return zipSync({mimetype: strToU8('application/hwp+zip'), 'Contents/section0.xml': typeof section === 'string' ? strToU8(section) : section, ...more})
}

export const release = p('보도자료') + p('보도시점 2024. 7. 1.(월) 12:00') + p('해양 쓰레기 수거 확대') + p('□ 해양수산부는 연안 정화 사업을 확대한다.')

export const crafted = {
  /** A table that declares a billion columns for its one cell. */
  tableColumns: () => hwpx(sectionXml(release + tbl(1, '1e9', `<hp:tr>${tc(0, 0, '가')}</hp:tr>`))),
  /** A cell whose address is row one billion. */
  cellAddress: () => hwpx(sectionXml(release + tbl(1, 1, `<hp:tr>${tc('1e9', 0, '가')}</hp:tr>`))),
  /** A cell spanning ten million rows of a table that declares them. */
  rowSpan: () => hwpx(sectionXml(release + tbl(10_000_000, 1, `<hp:tr>${tc(0, 0, '가', 10_000_000)}</hp:tr>`))),
  /** Counts that are not numbers. */
  infiniteCounts: () => hwpx(sectionXml(release + tbl('inf', 'Infinity', `<hp:tr>${tc('-1', 'x', '가', 'Infinity', 'NaN')}</hp:tr>`))),
  /** Tables nested a thousand deep. */
  nestedTables: () => {
    let body = '가'
    for (let i = 0; i < 1000; i++) body = `<hp:tr><hp:tc><hp:subList><hp:p><hp:run><hp:tbl rowCnt="1" colCnt="1">${body}</hp:tbl></hp:run></hp:p></hp:subList><hp:cellAddr colAddr="0" rowAddr="0"/></hp:tc></hp:tr>`
    return hwpx(sectionXml(release + tbl(1, 1, body)))
  },
  /** A section that inflates to `size` bytes of spaces inside one paragraph. */
  zipBomb: (size: number) => hwpx(deflateSync(strToU8(sectionXml(p(' '.repeat(size)))), {level: 9}).length > 0 ? strToU8(sectionXml(p(' '.repeat(size)))) : new Uint8Array(0)),
  /** A ZIP of `count` empty entries besides the package's own. */
  manyEntries: (count: number) => {
    const files: Zippable = {}
    for (let i = 0; i < count; i++) files[`x/${i}`] = new Uint8Array(0)
    return hwpx(sectionXml(release), files)
  },
  /** Broken XML: a tag never closed, an undefined entity, a ZIP where the section should be. */
  brokenXml: () => hwpx(sectionXml(release + '<hp:p><hp:run><hp:t>열린 태그</hp:run>')),
  undefinedEntity: () => hwpx(sectionXml(release + p('&bogus;'))),
  nestedZip: () => hwpx(zipSync({inner: strToU8('안쪽 파일')})),
  /** An external entity naming a file on this machine, and the billion laughs. */
  externalEntity: () => hwpx(`<?xml version="1.0"?><!DOCTYPE hs:sec [<!ENTITY leak SYSTEM "file:///etc/passwd">]>` + sectionXml(release + p('&leak;'), '')),
  billionLaughs: () => {
    let entities = '<!ENTITY l0 "lol">'
    for (let i = 1; i < 10; i++) entities += `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`
    return hwpx(`<?xml version="1.0"?><!DOCTYPE hs:sec [${entities}]>` + sectionXml(release + p('&l9;'), ''))
  },
  /** A section saved in EUC-KR, as its declaration says. */
  eucKr: () => hwpx(new Uint8Array(iconv.encode(sectionXml(release, '<?xml version="1.0" encoding="EUC-KR"?>'), 'euc-kr'))),
  /** A package without sections. */
  noSections: () => zipSync({mimetype: strToU8('application/hwp+zip')})
}

/** An HWP record: tag, level, data. */
export function record(tag: number, level: number, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + data.length)
  new DataView(out.buffer).setUint32(0, tag | (level << 10) | (Math.min(data.length, 0xfff) << 20), true)
  out.set(data, 4)
  return out
}
const utf16 = (text: string) => new Uint8Array(Buffer.from(text + '\r', 'utf16le'))
export const hwpParagraph = (text: string, level = 0) => [record(66, level, new Uint8Array(22)), record(67, level, utf16(text))]

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0))
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

/** An HWP 5 file whose one section holds `records` (deflated when `compressed`). */
export function hwp(records: Uint8Array[] | Uint8Array, compressed = true): Uint8Array {
  const container = CFB.utils.cfb_new()
  const header = new Uint8Array(256)
  header.set(Buffer.from('HWP Document File', 'latin1'))
  new DataView(header.buffer).setUint32(36, compressed ? 1 : 0, true)
  CFB.utils.cfb_add(container, 'FileHeader', Buffer.from(header))
  const body = Array.isArray(records) ? concat(records) : records
  CFB.utils.cfb_add(container, 'BodyText/Section0', Buffer.from(compressed ? deflateSync(body) : body))
  return new Uint8Array(CFB.write(container, {type: 'buffer'}) as Buffer)
}

export const hwpRelease = () => [...hwpParagraph('보도자료'), ...hwpParagraph('보도시점 2024. 9. 2.(월) 12:00'), ...hwpParagraph('전통시장 활성화 대책 발표')]

/** An HWP table control with `rows` × `cols` and one cell. */
export function hwpTable(rows: number, cols: number): Uint8Array[] {
  const table = new Uint8Array(8)
  new DataView(table.buffer).setUint16(4, rows, true)
  new DataView(table.buffer).setUint16(6, cols, true)
  const list = new Uint8Array(34)
  list[0] = 1
  list[12] = 1
  list[14] = 1
  return [record(71, 1, Uint8Array.from([0x20, 0x6c, 0x62, 0x74])), record(77, 2, table), record(72, 2, list), ...hwpParagraph('칸', 2)]
}

export const craftedHwp = {
  /** A 65,535 × 65,535 table. */
  hugeTable: () => hwp([...hwpRelease(), ...hwpTable(65535, 65535)]),
  /** A section that inflates to `size` bytes. */
  deflateBomb: (size: number) => hwp(new Uint8Array(size)),
  /** The first bytes of a real file only. */
  truncated: () => hwp(hwpRelease()).subarray(0, 1200),
  /** A file whose section stream is missing. */
  noSections: () => {
    const container = CFB.utils.cfb_new()
    const header = new Uint8Array(256)
    header.set(Buffer.from('HWP Document File', 'latin1'))
    CFB.utils.cfb_add(container, 'FileHeader', Buffer.from(header))
    return new Uint8Array(CFB.write(container, {type: 'buffer'}) as Buffer)
  }
}

/** A good HWP file with one field of its OLE directory entry for `name` set to `value` (offset in the 128-byte entry). */
export function hwpDirectoryEdit(name: string, field: number, value: number | 'self'): Uint8Array {
  const bytes = hwp(hwpRelease())
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const directory = 512 * (view.getUint32(0x30, true) + 1)
  for (let i = 0; i < 8; i++) {
    const at = directory + i * 128
    const length = view.getUint16(at + 64, true)
    if (Buffer.from(bytes.subarray(at, at + Math.max(0, length - 2))).toString('utf16le') !== name) continue
    view.setUint32(at + field, value === 'self' ? i : value, true)
    return bytes
  }
  throw new Error(`No directory entry ${name}`)
}

export const craftedDirectory = {
  /** The root's first child lists itself as both its siblings: a cycle in the directory tree. */
  cycle: () => {
    const bytes = hwp(hwpRelease())
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const directory = 512 * (view.getUint32(0x30, true) + 1)
    const child = view.getUint32(directory + 0x4c, true)
    view.setUint32(directory + child * 128 + 0x44, child, true)
    view.setUint32(directory + child * 128 + 0x48, child, true)
    return bytes
  },
  /** The section stream declares two gigabytes. */
  absurdSize: () => hwpDirectoryEdit('Section0', 0x78, 0x7ffffff0),
  /** The section stream starts at a sector that does not exist. */
  badStart: () => hwpDirectoryEdit('Section0', 0x74, 0xfffffffe)
}

/**
 * Crafted hostile documents that once stalled or exhausted the heap, each small when deflated;
 * `count` scales the repeated part (the defaults are the sizes that did the harm).
 */
export const craftedHostile = {
  /** One cell holding `count` tables, each a single cell spanning a 1000 × 1000 grid. */
  nestedSpans: (count = 2000) => {
    const inner = tbl(1000, 1000, `<hp:tr>${tc(0, 0, '가', 1000, 1000)}</hp:tr>`)
    return hwpx(sectionXml(release + tbl(1, 1, `<hp:tr><hp:tc><hp:subList>${inner.repeat(count)}</hp:subList><hp:cellAddr colAddr="0" rowAddr="0"/></hp:tc></hp:tr>`)))
  },
  /** A 1 × 1 table of `count` empty cells. */
  emptyCells: (count = 2_000_000) => hwpx(sectionXml(release + tbl(1, 1, `<hp:tr>${'<hp:tc/>'.repeat(count)}</hp:tr>`))),
  /** `count` empty paragraphs. */
  emptyParagraphs: (count = 2_000_000) => hwpx(sectionXml(release + '<hp:p/>'.repeat(count))),
  /** A table of `count` rows, all spanned by its one cell. */
  spannedRows: (count = 1_000_000) => hwpx(sectionXml(release + tbl(count, 1, `<hp:tr>${tc(0, 0, '가', count)}</hp:tr>`))),
  /** One text run of `count` characters (30 MB of UTF-8: within the inflated bytes allowed). */
  longRun: (count = 10_000_000) => hwpx(sectionXml(release + p('가'.repeat(count)))),
  /** Many paragraphs of text, stored (not deflated): the file grows with `bytes`. */
  storedText: (bytes: number) => {
    const unit = p('□ 해양수산부는 연안 정화 사업을 확대한다.')
    return zipSync({mimetype: strToU8('application/hwp+zip'), 'Contents/section0.xml': strToU8(sectionXml(release + unit.repeat(Math.ceil(bytes / unit.length))))}, {level: 0})
  },
  /** `count` empty paragraphs in the one cell of a table. */
  cellParagraphs: (count = 2_000_000) => hwpx(sectionXml(release + tbl(1, 1, `<hp:tr><hp:tc><hp:subList>${'<hp:p/>'.repeat(count)}</hp:subList></hp:tc></hp:tr>`))),
  /** Empty cells, stored: the file grows with `bytes`. */
  storedCells: (bytes: number) => zipSync({mimetype: strToU8('application/hwp+zip'), 'Contents/section0.xml': strToU8(sectionXml(release + tbl(1, 1, `<hp:tr>${'<hp:tc/>'.repeat(Math.ceil(bytes / 8))}</hp:tr>`)))}, {level: 0})
}

/** An HWP record with a size field of its own (for data of 4,095 bytes or more). */
export function longRecord(tag: number, level: number, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(8 + data.length)
  const view = new DataView(out.buffer)
  view.setUint32(0, tag | (level << 10) | (0xfff << 20), true)
  view.setUint32(4, data.length, true)
  out.set(data, 8)
  return out
}

/** An HWP table control of `rows` × `cols` whose one cell spans it all, holding `text`. */
function hwpSpanningTable(rows: number, cols: number, level: number, text: string): Uint8Array[] {
  const table = new Uint8Array(8)
  new DataView(table.buffer).setUint16(4, rows, true)
  new DataView(table.buffer).setUint16(6, cols, true)
  const list = new Uint8Array(34)
  const view = new DataView(list.buffer)
  view.setUint16(12, cols, true)
  view.setUint16(14, rows, true)
  return [record(71, level + 1, Uint8Array.from([0x20, 0x6c, 0x62, 0x74])), record(77, level + 2, table), record(72, level + 2, list), ...hwpParagraph(text, level + 2)]
}

export const craftedHwpHostile = {
  /** One paragraph-text record of `count` characters. */
  longRecord: (count = 15_000_000) => hwp([...hwpRelease(), record(66, 0, new Uint8Array(22)), longRecord(67, 0, new Uint8Array(Buffer.from('가'.repeat(count), 'utf16le')))]),
  /** `count` empty paragraph headers. */
  emptyParagraphs: (count = 2_000_000) => {
    const one = record(66, 0, new Uint8Array(0))
    const body = new Uint8Array(one.length * count)
    for (let i = 0; i < count; i++) body.set(one, i * one.length)
    return hwp([...hwpRelease(), body])
  },
  /** `count` tables of 65,535 rows, each spanned by its one cell. */
  spannedRows: (count = 16) => hwp([...hwpRelease(), ...Array.from({length: count}, () => [...hwpParagraph(''), ...hwpSpanningTable(65535, 1, 0, '칸')]).flat()]),
  /** One cell holding `count` tables, each a single cell spanning 1000 × 1000. */
  nestedSpans: (count = 2000) => {
    // Each inner table in a paragraph of its own, so that the one before it ends.
    const inner = Array.from({length: count}, () => [...hwpParagraph('', 2), ...hwpSpanningTable(1000, 1000, 2, '가')]).flat()
    return hwp([...hwpRelease(), ...hwpParagraph(''), ...hwpSpanningTable(1, 1, 0, ''), ...inner])
  },
  /** A table with `count` cells (list headers) in its one position. */
  manyCells: (count = 800_000) => {
    const list = new Uint8Array(34)
    list[12] = 1
    list[14] = 1
    const one = record(72, 2, list)
    const body = new Uint8Array(one.length * count)
    for (let i = 0; i < count; i++) body.set(one, i * one.length)
    return hwp([...hwpRelease(), ...hwpParagraph(''), ...hwpTable(1, 1), body])
  },
  /** A section stored uncompressed while the header says it is compressed, and the other way round. */
  flagSaysCompressed: () => {
    const bytes = hwp(hwpRelease(), false)
    // The header's properties at offset 36 of `FileHeader`: found by its signature.
    const at = Buffer.from(bytes).indexOf('HWP Document File')
    bytes[at + 36] |= 1
    return bytes
  },
  flagSaysStored: () => {
    const bytes = hwp(hwpRelease(), true)
    const at = Buffer.from(bytes).indexOf('HWP Document File')
    bytes[at + 36] &= ~1
    return bytes
  }
}

/**
 * A PDF of `pages` pages in Helvetica, each drawing `content` (one content stream shared by all
 * pages when `shared`), deflated unless `stored`.
 */
export function rawPdf(content: string | {deflated: Uint8Array; filter?: string}, {pages = 1, shared = true, stored = false}: {pages?: number; shared?: boolean; stored?: boolean} = {}): Uint8Array {
  const parts: Uint8Array[] = []
  let size = 0
  const offsets: number[] = []
  const add = (body: string | Uint8Array) => {
    offsets.push(size)
    const bytes = typeof body === 'string' ? strToU8(body, true) : body
    parts.push(bytes)
    size += bytes.length
  }
  const stream = (id: number) => {
    const data = typeof content !== 'string' ? content.deflated : stored ? strToU8(content, true) : zlibSync(strToU8(content, true), {level: 9})
    const filter = typeof content !== 'string' && content.filter ? content.filter : '/FlateDecode'
    const head = strToU8(`${id} 0 obj\n<< /Length ${data.length}${stored ? '' : ` /Filter ${filter}`} >>\nstream\n`, true)
    const tail = strToU8('\nendstream\nendobj\n', true)
    const out = new Uint8Array(head.length + data.length + tail.length)
    out.set(head)
    out.set(data, head.length)
    out.set(tail, head.length + data.length)
    return out
  }
  add('%PDF-1.7\n')
  offsets.length = 0
  const pageId = (i: number) => 5 + i * (shared ? 1 : 2)
  const contentId = (i: number) => (shared ? 4 : 6 + i * 2)
  add(`1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n`)
  const kids: string[] = []
  for (let i = 0; i < pages; i++) kids.push(`${pageId(i)} 0 R`)
  add(`2 0 obj\n<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>\nendobj\n`)
  add(`3 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n`)
  if (shared) add(stream(4))
  else add(`4 0 obj\nnull\nendobj\n`)
  for (let i = 0; i < pages; i++) {
    add(`${pageId(i)} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId(i)} 0 R >>\nendobj\n`)
    if (!shared) add(stream(contentId(i)))
  }
  const xref = size
  let table = `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) table += `${String(offset).padStart(10, '0')} 00000 n \n`
  table += `trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  add(table)
  return concat(parts)
}

/** A page's text: `count` runs, `per` characters each, `line` runs to a baseline, each run where the one before ends. */
export function pdfRuns(count: number, {per = 1, line = count}: {per?: number; line?: number} = {}): string {
  const out: string[] = ['BT /F1 10 Tf 40 800 Td']
  const text = `(${'a'.repeat(per)}) Tj`
  // Helvetica's `a` is 5.56 points wide at 10 points.
  const step = per * 5.6
  for (let i = 0; i < count; i++) {
    out.push(text)
    if ((i + 1) % line === 0) out.push(`${-((line - 1) * step)} -12 Td`)
    else out.push(`${step} 0 Td`)
  }
  out.push('ET')
  return out.join('\n')
}

export const craftedPdf = {
  /** 200,000 runs on one baseline. */
  baselineRuns: (count = 200_000) => rawPdf(pdfRuns(count)),
  /** A million glyphs, a hundred to a run, a hundred runs to a line. */
  glyphs: (count = 1_000_000) => rawPdf(pdfRuns(count / 100, {per: 100, line: 100})),
  /** `pages` pages sharing one content stream of a few lines. */
  pages: (pages = 30_000) => rawPdf(pdfRuns(40, {per: 20, line: 2}), {pages}),
  /** One page ruled by `count` horizontal and `count` vertical lines, 3 points apart, with a word in each of its first cells. */
  rules: (count = 2500) => {
    const lines: string[] = ['0.1 w']
    for (let i = 0; i < count; i++) lines.push(`0 ${i * 3} m ${count * 3} ${i * 3} l S`, `${i * 3} 0 m ${i * 3} ${count * 3} l S`)
    return rawPdf(lines.join('\n') + '\n' + pdfRuns(1000, {line: 100}))
  },
  /** One page whose content stream inflates to `bytes` of graphics state saved and restored (`q Q`). */
  contentBomb: (bytes = 16 * 1024 * 1024) => rawPdf({deflated: new Uint8Array(zlib.deflateSync(Buffer.alloc(bytes, 'q Q\n')))}),
  /** One page whose content is deflated twice (`/Filter [/FlateDecode /FlateDecode]`), inflating to `bytes`. */
  doubleDeflate: (bytes = 64 * 1024 * 1024) =>
    rawPdf({deflated: new Uint8Array(zlib.deflateSync(zlib.deflateSync(Buffer.alloc(bytes, 'q Q\n')))), filter: '[/FlateDecode /FlateDecode]'}),
  /** One page that shows one string of `count` characters (PDF.js builds a string whole, glyph by glyph). */
  longString: (count = 20_000_000) =>
    rawPdf({deflated: new Uint8Array(zlib.deflateSync(Buffer.concat([Buffer.from('BT /F1 10 Tf 40 800 Td ('), Buffer.alloc(count, 'a'), Buffer.from(') Tj ET')])))}),
  /** One page whose content stream inflates to `count` text operations. */
  operations: (count = 10_000_000) => rawPdf(pdfRuns(count, {line: 1000}))
}
