import {decomposedMark, findFlagged, flagsOf, oddSpace} from './chars.js'
import {codes} from './codes.js'

/**
 * A normalised view of the input: NFC Hangul and plain spaces, with a map back to the
 * source offsets so every construct can report exact positions in the original text.
 */
export interface NormalizedText {
  /** The normalised text (same line structure as the source). */
  readonly value: string
  /** `map[i]` is the source offset of normalised offset `i` (length `value.length + 1`), or null when identical. */
  readonly map: Int32Array | null
}

const oddSpaces = /[\v\f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g

/** Whether a code is a space that should read as a plain space (not tab, not line endings). */
export function isOddSpace(code: number): boolean {
  return (flagsOf(code) & oddSpace) !== 0
}

function isCombining(code: number): boolean {
  return (code >= 0x0300 && code <= 0x036f) || code === 0x3099 || code === 0x309a
}

/** Normalise `source`: compose conjoining Hangul jamo, fold odd spaces to U+0020, compose other combining marks. */
export function normalize(source: string): NormalizedText {
  const length = source.length
  let index = 0
  // Fast path: nothing to change; or no jamo or combining marks, where odd spaces map one to one.
  const first = findFlagged(source, oddSpace | decomposedMark)
  if (first < 0) return {value: source, map: null}
  if (findFlagged(source, decomposedMark, first) < 0) return {value: source.replace(oddSpaces, ' '), map: null}

  const parts: string[] = []
  // NFC may lengthen a few characters (U+0344 → two marks): room for three per character.
  const map = new Int32Array(length * 3 + 1)
  let n = 0
  index = 0
  while (index < length) {
    const code = source.charCodeAt(index)
    // Conjoining jamo: L V (T) → syllable.
    if (code >= 0x1100 && code <= 0x1112) {
      const v = source.charCodeAt(index + 1)
      if (v >= 0x1161 && v <= 0x1175) {
        let syllable = codes.hangulSyllableFirst + ((code - 0x1100) * 21 + (v - 0x1161)) * 28
        let width = 2
        const t = source.charCodeAt(index + 2)
        if (t >= 0x11a8 && t <= 0x11c2) {
          syllable += t - 0x11a7
          width = 3
        }
        parts.push(String.fromCharCode(syllable))
        map[n++] = index
        index += width
        continue
      }
    }
    // Precomposed LV syllable followed by a trailing jamo.
    if (code >= codes.hangulSyllableFirst && code <= codes.hangulSyllableLast && (code - codes.hangulSyllableFirst) % 28 === 0) {
      const t = source.charCodeAt(index + 1)
      if (t >= 0x11a8 && t <= 0x11c2) {
        parts.push(String.fromCharCode(code + (t - 0x11a7)))
        map[n++] = index
        index += 2
        continue
      }
    }
    if (isCombining(source.charCodeAt(index + 1))) {
      let end = index + 1
      while (end < length && isCombining(source.charCodeAt(end))) end++
      const composed = source.slice(index, end).normalize('NFC')
      for (let k = 0; k < composed.length; k++) {
        parts.push(composed[k])
        map[n++] = index
      }
      index = end
      continue
    }
    parts.push(isOddSpace(code) ? ' ' : source[index])
    map[n++] = index
    index++
  }
  map[n] = length
  return {value: parts.join(''), map: map.subarray(0, n + 1)}
}
