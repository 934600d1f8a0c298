/** Crafted hostile documents, made in memory (nothing large is committed). */
import CFB from 'cfb'
import {deflateSync, strToU8, zipSync, type Zippable} from 'fflate'
import iconv from 'iconv-lite'

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
