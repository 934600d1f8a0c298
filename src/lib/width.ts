/**
 * How wide a line prints, in the width of a Hangul letter: PDF text wraps lines at the page's
 * width, not at a count of chars, and digits, Latin letters, marks and spaces print narrower than
 * Hangul. Used to tell a line wrapped at the page's width from one its paragraph ends, and the
 * first line of a paragraph run into the line above it.
 */
import type {Row} from './stream.js'

/** The width of a text in Hangul letters (a Hangul letter or a CJK character: 1; a space: 0.3; other chars about half). */
export function printedWidth(text: string): number {
  let width = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 0xac00 && c <= 0xd7a3) || (c >= 0x3131 && c <= 0x318e) || (c >= 0x4e00 && c <= 0x9fff)) width += 1
    else if (c === 0x20 || c === 0x09) width += 0.3
    // Quotes and brackets print narrow; so do middle dots.
    else if (c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d) width += 0.4
    else if (c === 0xb7 || c === 0x2027 || c === 0x318d || c === 0x2219) width += 0.5
    else width += 0.55
  }
  return width
}

const pageWidths = new WeakMap<readonly Row[], number>()

/** Lines narrower than this are a table's cells or a paragraph's last words, not what a full line says of the page. */
const fragment = 12

/** The fewest lines of prose a text must have to tell the width it was wrapped at, and the most looked at. */
const minLines = 8
const maxLines = 60
/** The most rows looked at for lines of prose: a page's width shows in its first pages. */
const maxRows = 600

/** Whether a line reads as prose, not as a table's cell: five words or more. */
function isProse(text: string): boolean {
  let spaces = 0
  for (let i = 0; i < text.length && spaces < 4; i++) if (text.charCodeAt(i) === 0x20) spaces++
  return spaces >= 4
}

/**
 * Whether lines (their widths, sorted) were wrapped at `width`: a page's width (20 to 50 letters),
 * many lines about that wide (a paragraph's full lines), and few lines more than twice as wide
 * (those run together by a PDF's reading order; a text with a paragraph a line has many).
 */
function isWrappedAt(widths: readonly number[], width: number): boolean {
  if (width < 20 || width > 50) return false
  let full = 0
  let wide = 0
  for (const w of widths) {
    if (w >= width * 0.85 && w <= width * 1.1) full++
    else if (w > width * 2.2) wide++
  }
  return full >= widths.length * 0.15 && wide <= Math.max(2, widths.length * 0.03)
}

/**
 * The printed width of a full line of the text's body, when its lines were wrapped at a page's
 * width (PDF text): the 80th percentile of the widths of its lines of prose; else 0; `fallback`
 * when it has too few lines of prose to tell. Cached per stream.
 */
export function pageWidth(rows: readonly Row[], fallback = 0): number {
  let width = pageWidths.get(rows)
  if (width === undefined) {
    const widths: number[] = []
    for (let i = 0; i < rows.length && i < maxRows; i++) {
      const row = rows[i]
      if (row.kind !== 'line') continue
      const text = row.text
      // A line of prose (five words or more): a table's cells hold fewer.
      if (text.length < fragment || !isProse(text)) continue
      const w = printedWidth(text)
      if (w >= fragment) widths.push(w)
      // Enough lines to tell: the rest of a long text would say the same.
      if (widths.length >= maxLines) break
    }
    widths.sort((a, b) => a - b)
    // Too few lines of prose to tell: -1, for the caller's fallback.
    width = widths.length < minLines ? -1 : isWrappedAt(widths, widths[Math.floor(widths.length * 0.8)]) ? widths[Math.floor(widths.length * 0.8)] : 0
    pageWidths.set(rows, width)
  }
  return width < 0 ? fallback : width
}
