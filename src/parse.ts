import type {VFile} from 'vfile'
import {checkDocumentName, readBytes, reportRead} from './read-bytes.js'
import {build} from './from-text.js'
import type {PressRelease} from './press-release.js'
import {readRelease} from './to-press-release.js'
import {returnOffsets} from './lib/offsets.js'
import {BodojaryoError} from './errors.js'
import {argumentError, checkBytes, checkFormat, checkMaxPages, checkMaxSize, checkOptions, checkSources} from './lib/check.js'
import {isVFile} from './lib/load.js'
import type {LineFacts} from './lib/stream.js'

export interface ParseOptions {
  /** Read the input as `markdown` (pipe and HTML tables) or plain `text`; default: detect. */
  format?: 'markdown' | 'text'
  /**
   * Largest input accepted, in bytes or UTF-16 code units, and most bytes an HWPX or HWP
   * document may inflate to (default: no limit on input; 32 MiB inflated).
   */
  maxSize?: number
  /** Most pages a PDF may have (`parseAsync`; default 1,000): one with more is refused with `ERR_RESOURCE_LIMIT`. */
  maxPages?: number
  /**
   * Add `sources`: where each string value was read, by its path (`contacts[2].phone`): points in
   * the text parsed, a PDF's page and box, an HWPX or HWP document's section and paragraph
   * (default false: finding them takes about three times the time of a parse without them).
   */
  sources?: boolean
}

/**
 * Parse a press release given as text, bytes (decoded first) or a VFile into the typed object.
 * Diagnostics land on the VFile when one is given.
 */
export function parse(value: string | Uint8Array | VFile, parseOptions?: ParseOptions): PressRelease {
  const options = checkOptions(parseOptions)
  checkFormat(options.format)
  checkMaxSize(options.maxSize)
  checkMaxPages(options.maxPages)
  checkSources(options.sources)
  // Diagnostics go to a VFile the caller gave; a string or bytes have no one to read them.
  let file: VFile | undefined
  let text: string
  let source: {format: string; lines: ReadonlyArray<LineFacts> | null} | null = null
  if (typeof value === 'string') {
    text = value
  } else if (value instanceof Uint8Array || isVFile(value)) {
    if (isVFile(value)) file = value
    // A VFile made without a value is an empty file.
    const content = isVFile(value) ? (value.value ?? '') : value
    if (typeof content === 'string') text = content
    else {
      const bytes = content as Uint8Array
      checkBytes(bytes, isVFile(value) ? 'file.value' : 'value')
      checkSize(bytes.length, options)
      if (file) checkDocumentName(file.path, bytes)
      const read = readBytes(bytes, {maxSize: options.maxSize})
      text = read.value
      // Positions point into this text: the decoded bytes, or the text extracted from a document.
      if (file) file.value = text
      source = {format: read.format, lines: read.lines}
      reportRead(file, read)
    }
  } else {
    throw argumentError(`Expected \`value\` to be \`string\`, \`Uint8Array\` or \`VFile\`, not \`${value === null ? 'null' : typeof value}\``)
  }
  return parseRead(text, file, source, options)
}

/**
 * Parse text a reader gave (or the caller's text), with what it was read from, into the typed
 * object; the source (`format`, and where each line came from) is kept in the tree's `data`.
 */
export function parseRead(text: string, file: VFile | undefined, source: {format: string; lines: ReadonlyArray<LineFacts> | null} | null, options: ParseOptions): PressRelease {
  checkSize(text.length, options)
  // The tree is read into the typed object and dropped: an internal one, with lazy positions.
  const {tree, specials} = build(text, {file, format: source && source.format !== 'text' ? 'text' : options.format, lines: source?.lines}, true)
  if (source && source.format !== 'text') tree.data = {...tree.data, source}
  // No one else has seen the tree: what the reader learned about chars to clean still holds.
  const release = readRelease(tree, file, specials, text, options.sources === true)
  if (specials) returnOffsets(specials)
  if (file) file.data.pressRelease = release
  return release
}

export function checkSize(size: number, options: Partial<ParseOptions>): void {
  if (options.maxSize !== undefined && size > options.maxSize) {
    throw new BodojaryoError('ERR_INPUT_TOO_LARGE', `Input of ${size} exceeds \`maxSize\` of ${options.maxSize}`)
  }
}
