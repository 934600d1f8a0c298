/**
 * Character classes as bit flags in one table, tested with a loop over char codes.
 *
 * V8 compiles a regex class that mixes ASCII and scattered Unicode ranges into a slow per-char
 * test (about 12 ns per char here, 5x a table loop); the scans below run over every line and
 * every leaf, so they use the table.
 */

/** Spaces that read as U+0020: \v \f NBSP, U+1680, U+2000–U+200B, U+2028/9, U+202F, U+205F, U+3000, BOM. */
export const oddSpace = 1
/** Conjoining jamo and combining marks: text NFC would change. */
export const decomposedMark = 2
/** Control characters other than TAB, LF, CR (and \v \f, which are odd spaces), DEL, NEL. */
export const control = 4
/** Characters that may start Markdown markup or an entity: `<` `*` `_` `&` `\`. */
export const markup = 8
/** TAB, LF and CR. */
export const breaking = 16

// Everything at or above U+3100 is plain but the BOM, tested apart to keep the table small.
const limit = 0x3100
const table = new Uint8Array(limit)

/** Chars at or above this code have no flag, but the BOM (U+FEFF), an odd space. */
export const flagLimit = limit

function mark(flag: number, ...ranges: Array<number | [number, number]>): void {
  for (const range of ranges) {
    const [from, to] = typeof range === 'number' ? [range, range] : range
    for (let code = from; code <= to; code++) table[code] |= flag
  }
}

mark(oddSpace, 0x0b, 0x0c, 0xa0, 0x1680, [0x2000, 0x200b], 0x2028, 0x2029, 0x202f, 0x205f, 0x3000)
mark(decomposedMark, [0x0300, 0x036f], [0x1100, 0x11ff], 0x3099, 0x309a)
mark(control, [0x00, 0x08], [0x0e, 0x1f], 0x7f, 0x85)
mark(markup, 0x3c, 0x2a, 0x5f, 0x26, 0x5c)
mark(breaking, 0x09, 0x0a, 0x0d)

/**
 * The char code at `index`, or -1 past either end. Reading past the end with `charCodeAt` gives
 * NaN, a double: the optimising compiler then drops the code it made for small integers. Not
 * for `flagsOf`, whose table has no place for -1.
 */
export function codeAt(value: string, index: number): number {
  return index >= 0 && index < value.length ? value.charCodeAt(index) : -1
}

/** The flags of one char code. */
export function flagsOf(code: number): number {
  return code < limit ? table[code] : code === 0xfeff ? oddSpace : 0
}

/** The index of the first char in `value[from, to)` with any of the `mask` flags, or -1. */
export function findFlagged(value: string, mask: number, from = 0, to = value.length): number {
  for (let index = from; index < to; index++) {
    const code = value.charCodeAt(index)
    if (code < limit ? (table[code] & mask) !== 0 : code === 0xfeff && (mask & oddSpace) !== 0) return index
  }
  return -1
}

/** Whether `value[from, to)` has no char with any of the `mask` flags. */
export function isFree(value: string, mask: number, from = 0, to = value.length): boolean {
  return findFlagged(value, mask, from, to) < 0
}

const spaceLike = oddSpace | control | breaking

/** Whether a char code reads as white space: U+0020, odd spaces, controls, TAB and line endings. */
function isSpaceLike(code: number): boolean {
  return code === 0x20 || (flagsOf(code) & spaceLike) !== 0
}

const spaceRun = / {2,}/g

/** `foldSpaces` for text whose only white space is U+0020 (no TAB, line end, odd space or control): a native replace. */
export function foldDoubledSpaces(value: string): string {
  return value.replace(spaceRun, ' ').trim()
}

/** Fold every run of white space and control characters to one U+0020, and trim. */
export function foldSpaces(value: string): string {
  const length = value.length
  let parts: string[] | null = null
  let last = 0
  for (let index = 0; index < length; index++) {
    const code = value.charCodeAt(index)
    // A lone U+0020 stays; any other space-like char, or a run of them, becomes one U+0020.
    if (code === 0x20 ? index + 1 === length || !isSpaceLike(value.charCodeAt(index + 1)) : !isSpaceLike(code)) continue
    let end = index + 1
    while (end < length && isSpaceLike(value.charCodeAt(end))) end++
    parts ??= []
    parts.push(value.slice(last, index), ' ')
    last = end
    index = end - 1
  }
  if (parts === null) return value.trim()
  parts.push(value.slice(last))
  return parts.join('').trim()
}

/** Whether a char code is white space or a line terminator to `String.prototype.trim`. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}
