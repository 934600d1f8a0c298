/**
 * The deflated streams of a PDF, measured before PDF.js reads it. PDF.js inflates a content
 * stream whole before it reads one operation of it, so a page of a few kilobytes that inflates
 * to gigabytes would be built in memory before any budget could count it. Each deflated stream
 * that is no picture (pictures are never decoded) is inflated here first, natively and only up
 * to what is left of the budgets, then dropped.
 */
import {maxPdfContentBytes, maxPdfInflatedBytes, maxPdfStreamBytes, overLimit} from '../limits.js'

const keyword = Buffer.from('stream')
const lengthPattern = /\/Length\s+(\d{1,10})(?!\s+\d+\s+R)/
const filterPattern = /\/Filter\s*(\[[^\]]{0,400}\]|\/\w{1,40})/
const picturePattern = /\/Subtype\s*\/Image\b/
/** Fonts, object streams, cross-reference streams and metadata: streams that draw nothing. */
const drawsNothing = /\/Length[123]\b|\/Subtype\s*\/(?:Type1C|CIDFontType0C|OpenType)\b|\/Type\s*\/(?:ObjStm|XRef|Metadata)\b/

/**
 * Refuse, with `ERR_RESOURCE_LIMIT`, a PDF one of whose deflated streams (pictures aside)
 * inflates past its budget (`maxPdfContentBytes` for one that draws, a page's content or a form,
 * whose text strings PDF.js builds whole; `maxPdfStreamBytes` for a font or an object stream), or
 * all of them together past `maxPdfInflatedBytes`. Streams that do not inflate are left to PDF.js
 * to judge.
 */
export function checkStreams(bytes: Uint8Array): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let left = maxPdfInflatedBytes
  for (let at = buffer.indexOf(keyword); at >= 0; at = buffer.indexOf(keyword, at + keyword.length)) {
    // `endstream`, or a word that only ends in `stream`.
    if (at > 0 && isLetter(buffer[at - 1])) continue
    let start = at + keyword.length
    if (buffer[start] === 0x0d) start++
    if (buffer[start] !== 0x0a) continue
    start++
    // The stream's dictionary: what stands between the object's start and the keyword.
    const dictionaryStart = Math.max(buffer.lastIndexOf('obj', at), at - 4096, 0)
    const dictionary = buffer.toString('latin1', dictionaryStart, at)
    // The filters applied in turn: the deflates the list opens with are inflated here, each in turn.
    const filters = filterPattern.exec(dictionary)?.[1].match(/\/\w+/g) ?? []
    let deflates = 0
    while (filters[deflates] === '/FlateDecode') deflates++
    if (deflates === 0 || picturePattern.test(dictionary)) continue
    const declared = lengthPattern.exec(dictionary)
    let end = declared ? start + Number(declared[1]) : buffer.indexOf('endstream', start)
    if (end < start || end > buffer.length) end = buffer.indexOf('endstream', start)
    if (end < 0) end = buffer.length
    const cap = drawsNothing.test(dictionary) ? maxPdfStreamBytes : maxPdfContentBytes
    const room = Math.min(cap, left)
    let inflated: Buffer = buffer.subarray(start, end)
    try {
      for (let k = 0; k < deflates; k++) inflated = zlib().inflateSync(inflated, {maxOutputLength: Math.max(room, 1)})
    } catch (error) {
      if ((error as {code?: string}).code === 'ERR_BUFFER_TOO_LARGE') {
        if (room < cap) overLimit('inflated bytes per PDF', maxPdfInflatedBytes, 'pdf')
        if (cap === maxPdfContentBytes) overLimit('inflated bytes per PDF content stream', maxPdfContentBytes, 'pdf')
        overLimit('inflated bytes per PDF stream', maxPdfStreamBytes, 'pdf')
      }
      continue
    }
    left -= inflated.length
    at = Math.max(at, end - keyword.length)
  }
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** Node's zlib, taken when a PDF is read: importing it loads Node's streams, which reading text never needs. */
function zlib(): typeof import('node:zlib') {
  return process.getBuiltinModule('zlib')
}
