/**
 * Libraries a format needs, loaded the first time that format is met and cached: plain text
 * never loads remark, HWPX never loads cfb, UTF-8 never loads iconv-lite. `parse` is synchronous,
 * so they come through `require`, which loads ES modules on the Node versions the package
 * supports (≥ 20.19). PDF.js is loaded asynchronously by `parseAsync` (see `readers/pdf.ts`).
 */
import {createRequire} from 'node:module'
import type {VFile} from 'vfile'

const load = createRequire(import.meta.url)

/** A getter that makes its value once, on the first call, and gives the same one after. */
function once<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}

/** The libraries that read Markdown tables: `unified`, `remark-parse` and `remark-gfm`. */
export const markdownReader = once(() => ({
  unified: (load('unified') as typeof import('unified')).unified,
  remarkParse: (load('remark-parse') as typeof import('remark-parse')).default,
  remarkGfm: (load('remark-gfm') as typeof import('remark-gfm')).default
}))

/** The libraries that write Markdown (`toMarkdown`): `unified`, `remark-stringify` and the GFM table writer. */
export const markdownWriter = once(() => ({
  unified: (load('unified') as typeof import('unified')).unified,
  remarkStringify: (load('remark-stringify') as typeof import('remark-stringify')).default,
  gfmTableToMarkdown: (load('mdast-util-gfm-table') as typeof import('mdast-util-gfm-table')).gfmTableToMarkdown
}))

/** `saxes`: the XML of HWPX parts. */
export const saxes = once(() => load('saxes') as typeof import('saxes'))
/** `fflate`: the deflate of HWPX entries and HWP 5 streams. */
export const fflate = once(() => load('fflate') as typeof import('fflate'))
/** `cfb`: the compound file of HWP 5. */
export const cfb = once(() => load('cfb') as typeof import('cfb'))
/** `iconv-lite`: CP949/EUC-KR and the other legacy encodings. */
export const iconv = once(() => load('iconv-lite') as typeof import('iconv-lite'))
/**
 * Whether `value` is a VFile, told by its shape (its `messages`, `history`, `data` and
 * `message` method) rather than by `instanceof`: a VFile made with another copy of `vfile` (a
 * second install, a bundle, tsx loading the package twice) is a VFile too.
 */
export function isVFile(value: unknown): value is VFile {
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return false
  const file = value as Partial<Record<'messages' | 'history' | 'data' | 'message', unknown>>
  return Array.isArray(file.messages) && Array.isArray(file.history) && typeof file.data === 'object' && file.data !== null && typeof file.message === 'function'
}
