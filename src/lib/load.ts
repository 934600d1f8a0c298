/**
 * Libraries a format needs, loaded the first time that format is met and cached: plain text
 * never loads remark, HWPX never loads cfb, UTF-8 never loads iconv-lite.
 *
 * `parse` is synchronous, so a library is taken with `require` (which loads ES modules on the
 * Node versions the package supports, ≥ 20.19). Each library also has an `import()` of its
 * name written out below, which bundlers see and bundle: `parseAsync` loads a library that
 * `require` cannot find (in a bundle with no `node_modules` beside it) that way and parses
 * again. Where neither finds it, `ERR_MISSING_DEPENDENCY` names the library: a missing module
 * is never reported as a fault of the document. PDF.js is loaded by `readers/pdf.ts`.
 */
import type {VFile} from 'vfile'
import {BodojaryoError, isBodojaryoError} from '../errors.js'

/** Each library by name, imported with a name a bundler can read. */
const importers = {
  unified: () => import('unified'),
  'remark-parse': () => import('remark-parse'),
  'remark-gfm': () => import('remark-gfm'),
  'remark-stringify': () => import('remark-stringify'),
  'mdast-util-gfm-table': () => import('mdast-util-gfm-table'),
  'mdast-util-to-markdown': () => import('mdast-util-to-markdown'),
  saxes: () => import('saxes'),
  fflate: () => import('fflate'),
  cfb: () => import('cfb'),
  'iconv-lite': () => import('iconv-lite')
}

type Name = keyof typeof importers
type Modules = {
  unified: typeof import('unified')
  'remark-parse': typeof import('remark-parse')
  'remark-gfm': typeof import('remark-gfm')
  'remark-stringify': typeof import('remark-stringify')
  'mdast-util-gfm-table': typeof import('mdast-util-gfm-table')
  'mdast-util-to-markdown': typeof import('mdast-util-to-markdown')
  saxes: typeof import('saxes')
  fflate: typeof import('fflate')
  cfb: typeof import('cfb')
  'iconv-lite': typeof import('iconv-lite')
}

/** What each library is needed for, said in the error when it cannot be found. */
const purposes: Record<Name, string> = {
  unified: 'to read and write Markdown',
  'remark-parse': 'to read Markdown',
  'remark-gfm': 'to read Markdown tables',
  'remark-stringify': 'to write Markdown with `toMarkdown`',
  'mdast-util-gfm-table': 'to write Markdown tables with `toMarkdown`',
  'mdast-util-to-markdown': 'to write Markdown lists with `toMarkdown`',
  saxes: 'to read HWPX documents',
  fflate: 'to read HWPX and HWP documents',
  cfb: 'to read HWP documents',
  'iconv-lite': 'to read CP949/EUC-KR text'
}

/** The libraries only `toMarkdown` needs: `parseAsync` does not load them. */
const writers = new Set<Name>(['remark-stringify', 'mdast-util-gfm-table', 'mdast-util-to-markdown'])

/** CommonJS libraries: `import()` gives their exports as `default`, `require` as they are. */
const commonJs = new Set<Name>(['cfb', 'iconv-lite'])

const loaded: Partial<Modules> = {}
let nodeRequire: NodeJS.Require | null | undefined

/** Errors made for a library that cannot be found, and that library. */
const missingNames = new WeakMap<object, Name>()

/**
 * The error for a library that cannot be found (or a module it needs, which `cause` names), or
 * that cannot be loaded at all: never a fault of the document being read.
 */
function missing(name: Name, cause: unknown): BodojaryoError {
  const reason = (cause as Error | undefined)?.message ?? String(cause)
  const named = /Cannot find (?:module|package) '([^']+)'/.exec(reason)?.[1]
  const what = !isNotFound(cause) ? `Cannot load module \`${name}\` (${reason}), needed` : named && named !== name ? `Cannot find module \`${named}\`, which \`${name}\` needs` : `Cannot find module \`${name}\`, needed`
  const bundle = writers.has(name) ? `in a bundle, keep \`${name}\` external` : `in a bundle, keep \`${name}\` external or use \`parseAsync\`, which loads it with \`import()\``
  const error = new BodojaryoError('ERR_MISSING_DEPENDENCY', `${what} ${purposes[name]}; install the package's dependencies, or ${bundle}`, undefined, {cause})
  missingNames.set(error, name)
  return error
}

function isNotFound(error: unknown): boolean {
  const code = (error as {code?: unknown} | null)?.code
  return code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND'
}

/** A library, loaded the first time it is needed. */
function need<N extends Name>(name: N): Modules[N] {
  const done = loaded[name]
  if (done) return done
  let value: Modules[N]
  try {
    nodeRequire ??= makeRequire()
    if (!nodeRequire) throw Object.assign(new Error(`Cannot find module '${name}': no \`import.meta.url\` to resolve it from`), {code: 'MODULE_NOT_FOUND'})
    value = nodeRequire(name) as Modules[N]
  } catch (error) {
    // Whatever keeps a library from loading, it is no fault of the document being read.
    throw missing(name, error)
  }
  return (loaded[name] = value)
}

/**
 * Node's `require`, resolving from this module. It is made with the `node:module` Node gives at
 * run time, not one imported: a bundler then leaves it as it is (webpack takes over a
 * `createRequire` it sees, and finds no module through it). Null without `import.meta.url`
 * (a CommonJS bundle).
 */
export function makeRequire(): NodeJS.Require | null {
  const url: unknown = import.meta.url
  return typeof url === 'string' ? process.getBuiltinModule('module').createRequire(url) : null
}

/**
 * When `error` says a library cannot be found, load that library with `import()` (which finds
 * a bundled copy) and resolve to true; else resolve to false. A library `import()` cannot find
 * either rejects with `ERR_MISSING_DEPENDENCY`.
 */
export async function loadMissing(error: unknown): Promise<boolean> {
  if (!isBodojaryoError(error) || error.code !== 'ERR_MISSING_DEPENDENCY') return false
  const name = missingNames.get(error)
  if (!name || loaded[name]) return false
  let value: unknown
  try {
    value = await importers[name]()
  } catch (cause) {
    throw missing(name, cause)
  }
  loaded[name] = (commonJs.has(name) ? (value as {default: unknown}).default : value) as never
  return true
}

/** A getter that makes its value once, on the first call, and gives the same one after. */
function once<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}

/** The libraries that read Markdown tables: `unified`, `remark-parse` and `remark-gfm`. */
export const markdownReader = once(() => ({
  unified: need('unified').unified,
  remarkParse: need('remark-parse').default,
  remarkGfm: need('remark-gfm').default
}))

/** The libraries that write Markdown (`toMarkdown`): `unified`, `remark-stringify`, the GFM table writer and the default list writer. */
export const markdownWriter: () => {
  unified: Modules['unified']['unified']
  remarkStringify: Modules['remark-stringify']['default']
  gfmTableToMarkdown: Modules['mdast-util-gfm-table']['gfmTableToMarkdown']
  listToMarkdown: import('mdast-util-to-markdown').Handle
} = once(() => ({
  unified: need('unified').unified,
  remarkStringify: need('remark-stringify').default,
  gfmTableToMarkdown: need('mdast-util-gfm-table').gfmTableToMarkdown,
  listToMarkdown: need('mdast-util-to-markdown').defaultHandlers.list
}))

/** `saxes`: the XML of HWPX parts. */
export const saxes = () => need('saxes')
/** `fflate`: the deflate of HWPX entries and HWP 5 streams. */
export const fflate = () => need('fflate')
/** `cfb`: the compound file of HWP 5. */
export const cfb = () => need('cfb')
/** `iconv-lite`: CP949/EUC-KR and the other legacy encodings. */
export const iconv = () => need('iconv-lite')

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
