import {dirname, join, sep} from 'node:path'
import {BodojaryoError, isBodojaryoError} from '../../errors.js'
import {defaultMaxPages, defaultTextLength, maxPageTextItems, maxPdfOperations, overLimit} from '../limits.js'
import {makeRequire} from '../load.js'
import {joinRuns, mergeRules, pageBlocks, type Box, type PageBlock, type Rule, type Run} from './pdf-page.js'
import {checkStreams} from './pdf-streams.js'
import type {LineFacts} from '../stream.js'

/** Where a line of text read from a PDF came from. */
export interface PdfLineSource extends LineFacts {
  /** 1-based page. */
  page: number
  /** Left, top, right, bottom of the line or row on its page, in points from the top-left. */
  box: Box
  /** 0-based row when the line is a table row, else null. */
  row: number | null
}

export interface PdfText {
  /** The text: one line per paragraph, a table row per line with TAB between cells. */
  value: string
  /** Source of each line (index `line - 1`). */
  lines: PdfLineSource[]
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>

let loading: Promise<PdfJs> | undefined

/**
 * PDF.js, loaded the first time a PDF is read (text and HWPX never load it). Its Node build
 * replaces `Array.prototype.push` for the whole process with a polyfill (for an edge case of
 * arrays with a read-only length, on engines older than V8 12.2) about ten times slower than
 * the engine's own; the engine's own is put back once it is loaded.
 *
 * Its worker runs in this thread (PDF.js's "fake worker" in Node). It is imported here, by a name
 * bundlers see: the module sets `globalThis.pdfjsWorker`, where PDF.js looks before importing
 * `pdf.worker.mjs` from beside its own file, which a bundle does not have.
 */
function pdfjs(): Promise<PdfJs> {
  if (!loading) {
    const push = Array.prototype.push
    loading = (async () => {
      try {
        const lib = await import('pdfjs-dist/legacy/build/pdf.mjs')
        await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
        return lib
      } catch (error) {
        throw cannotLoad(error)
      } finally {
        if (Array.prototype.push !== push) Object.defineProperty(Array.prototype, 'push', {value: push, writable: true, configurable: true, enumerable: false})
      }
    })()
  }
  return loading
}

/** What keeps PDF.js from loading, as `ERR_MISSING_DEPENDENCY` when a module is missing. */
function cannotLoad(error: unknown): unknown {
  const e = error as (Error & {code?: unknown}) | undefined
  // PDF.js takes `DOMMatrix`, which Node.js lacks, from its optional dependency `@napi-rs/canvas`.
  if (e instanceof ReferenceError && /DOMMatrix/.test(e.message)) {
    return new BodojaryoError(
      'ERR_MISSING_DEPENDENCY',
      'Cannot find module `@napi-rs/canvas`, which PDF.js (`pdfjs-dist`) needs to read PDF files in Node.js (for `DOMMatrix`); install the optional dependencies (`npm install` without `--omit=optional`), or in a bundle keep `pdfjs-dist` external',
      'pdf',
      {cause: error}
    )
  }
  if (e?.code === 'MODULE_NOT_FOUND' || e?.code === 'ERR_MODULE_NOT_FOUND') {
    const name = /Cannot find (?:module|package) '([^']+)'/.exec(e.message)?.[1] ?? 'pdfjs-dist'
    return new BodojaryoError('ERR_MISSING_DEPENDENCY', `Cannot find module \`${name}\`, needed to read PDF files; install the package's dependencies (\`npm install bodojaryo\`)`, 'pdf', {cause: error})
  }
  return error
}

/** The folder of the installed `pdfjs-dist` (its CMaps and standard fonts), or null where it cannot be found (a bundle). */
function pdfjsFolder(): string | null {
  try {
    const require = makeRequire()
    return require ? dirname(require.resolve('pdfjs-dist/package.json')) : null
  } catch {
    return null
  }
}

/**
 * For a PDF.js without its package folder: a data factory that reads nothing and notes what
 * was asked for. The text of a font that needs a CMap cannot be read without it; standard fonts
 * only give glyph outlines, which reading text does without.
 */
function noDataFiles(asked: {cMap: boolean}): object {
  return class {
    async fetch({kind}: {kind: string}): Promise<never> {
      if (kind === 'cMapUrl') asked.cMap = true
      throw new Error(`No \`${kind}\`: the \`pdfjs-dist\` folder cannot be found`)
    }
  }
}

function missingCMaps(cause?: unknown): never {
  throw new BodojaryoError(
    'ERR_MISSING_DEPENDENCY',
    'Cannot find the CMaps of `pdfjs-dist` (its `cmaps` folder), needed to read the text of this PDF’s fonts; in a bundle, keep `pdfjs-dist` external so that its folder is found',
    'pdf',
    {cause}
  )
}

function refuse(code: 'ERR_INVALID_DOCUMENT' | 'ERR_ENCRYPTED_DOCUMENT' | 'ERR_IMAGE_ONLY_PDF', message: string, cause?: unknown): never {
  throw new BodojaryoError(code, message, 'pdf', {cause})
}

/** What a PDF may still spend as PDF.js reads it: drawing operations and characters of text. */
interface PdfBudget {
  operations: number
  text: number
}

export interface ReadPdfOptions {
  /** Most pages read (default 1,000); a PDF with more is refused with `ERR_RESOURCE_LIMIT`. */
  maxPages?: number
}

/**
 * Read the text of a PDF page by page, in the shape of a word processor's text export: one line
 * per paragraph (wrapped lines joined), a table row per line with TAB between its cells (merged
 * cells' covered positions empty), page numbers as their own lines. Refuses, with a coded error,
 * a PDF that cannot be opened, one that needs a password, and one with no text at all; and with
 * `ERR_RESOURCE_LIMIT` one of more pages than `maxPages`, or whose pages draw more operations or
 * text than the budgets allow (counted as PDF.js reads each page, not once it has).
 */
export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfText> {
  const maxPages = options.maxPages ?? defaultMaxPages
  checkStreams(bytes)
  const lib = await pdfjs()
  const folder = pdfjsFolder()
  const asked = {cMap: false}
  const task = lib.getDocument({
    // PDF.js takes over (detaches) the buffer it is given, and refuses a Node Buffer: give it a
    // copy as a plain Uint8Array.
    data: new Uint8Array(bytes),
    // In Node, PDF.js reads these with `fs.readFile`: folder paths, ending in a separator.
    ...(folder ? {cMapUrl: join(folder, 'cmaps') + sep, standardFontDataUrl: join(folder, 'standard_fonts') + sep} : {BinaryDataFactory: noDataFiles(asked)}),
    cMapPacked: true,
    isEvalSupported: false,
    // Pictures carry no text: they are skipped rather than decoded.
    maxImageSize: 1,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0
  })
  let doc
  try {
    doc = await task.promise
  } catch (error) {
    await task.destroy().catch(() => {})
    const name = (error as Error | undefined)?.name
    if (name === 'PasswordException') refuse('ERR_ENCRYPTED_DOCUMENT', 'Unexpected password-protected PDF that cannot be opened without its password', error)
    refuse('ERR_INVALID_DOCUMENT', `Unexpected PDF that cannot be opened (${(error as Error | undefined)?.message ?? 'unknown reason'}); is the file complete?`, error)
  }
  try {
    if (doc.numPages > maxPages) overLimit('pages per PDF', maxPages, 'pdf', 'pass a larger `maxPages` to read it')
    const budget: PdfBudget = {operations: maxPdfOperations, text: defaultTextLength}
    const pages: PageBlock[][] = []
    const sizes: Array<[number, number]> = []
    const numbers: number[] = []
    let runs = 0
    for (let p = 1; p <= doc.numPages; p++) {
      let page: PdfPage
      try {
        page = await doc.getPage(p)
      } catch (error) {
        refuse('ERR_INVALID_DOCUMENT', `Unexpected PDF whose page ${p} cannot be read (${(error as Error).message}); is the file complete?`, error)
      }
      try {
        const read = await readPage(lib, page, budget)
        runs += read.runs
        for (const blocks of read.blocks) {
          pages.push(blocks)
          sizes.push(read.size)
          numbers.push(p)
        }
      } catch (error) {
        if (isBodojaryoError(error)) throw error
        if (asked.cMap) missingCMaps(error)
        refuse('ERR_INVALID_DOCUMENT', `Unexpected PDF whose page ${p} cannot be read (${(error as Error | undefined)?.message ?? 'unknown reason'}); is the file complete?`, error)
      } finally {
        page.cleanup()
      }
    }
    // Text in a font whose CMap could not be read is missing: no result rather than part of one.
    if (asked.cMap) missingCMaps()
    if (runs === 0) refuse('ERR_IMAGE_ONLY_PDF', 'Unexpected PDF without a text layer (an image-only PDF, such as scanned pages); run OCR first')
    return toText(pages, sizes, numbers)
  } finally {
    await doc.destroy()
  }
}

/**
 * One page's runs and rules as blocks. The operator list is read once for both: its text
 * operations give each run's position, size and text, its paths the rules and cell boxes.
 */
async function readPage(lib: PdfJs, page: PdfPage, budget: PdfBudget): Promise<{blocks: PageBlock[][]; runs: number; size: [number, number]}> {
  // The page as shown (its rotation applied), in points from its top-left corner.
  const viewport = page.getViewport({scale: 1})
  const list = await operatorList(lib, page, budget)
  let {width, height} = viewport
  let read = walkOperators(lib, page, list, viewport.transform as Matrix)
  if (read.turned.down + read.turned.up > read.runs.length * 2) {
    // A page drawn turned a quarter (a landscape table put on a portrait page): read it turned back.
    const back: Matrix = read.turned.down >= read.turned.up ? [0, -1, 1, 0, 0, width] : [0, 1, -1, 0, height, 0]
    read = walkOperators(lib, page, list, multiply(back, viewport.transform as Matrix))
    ;[width, height] = [height, width]
  }
  const {runs, rules, clips} = read
  const gutter = width > height * 1.2 ? findGutter(runs, rules, width) : null
  if (gutter === null) return {blocks: [pageBlocks(runs, rules, clips)], runs: runs.length, size: [width, height]}
  // Two pages printed side by side on one sheet: each half is read as a page.
  const halves = [0, 1].map((half) => {
    const inHalf = (x: number) => (half === 0 ? x < gutter : x >= gutter)
    return pageBlocks(
      runs.filter((r) => inHalf(r.left)),
      rules.filter((r) => inHalf(r.horizontal ? r.from : r.at)),
      clips.filter((c) => inHalf(c[0]))
    )
  })
  return {blocks: halves, runs: runs.length, size: [width / 2, height]}
}

/** A piece of a page's operator list as PDF.js hands it over. */
interface OperatorChunk {
  fnArray: number[]
  argsArray: unknown[]
  length: number
}

/**
 * What of PDF.js's page object a page's operator list arrives through, piece by piece (not
 * public API): the method each piece is handed to, with the state of the reading (its reader of
 * pieces), and the states of the page's readings.
 */
interface StreamedPage {
  _renderPageChunk?: (chunk: OperatorChunk, state: unknown) => void
  _intentStates?: Map<unknown, unknown>
}

/**
 * A page's operator list, counted piece by piece as PDF.js reads the page (about a thousand
 * operations at a time, each piece waiting for the one before to be taken): past a budget,
 * `ERR_RESOURCE_LIMIT` is thrown, so a page drawing millions of operations never builds them.
 * Should PDF.js not hand pieces over that way, the whole list is counted once read.
 */
async function operatorList(lib: PdfJs, page: PdfPage, budget: PdfBudget): Promise<OperatorChunk> {
  const streamed = page as unknown as StreamedPage
  const own = streamed._renderPageChunk
  const items = {count: 0}
  const read = page.getOperatorList({annotationMode: lib.AnnotationMode.DISABLE}) as Promise<OperatorChunk>
  // A reading cancelled here never settles; one that fails after the race is over is no one's concern.
  read.catch(() => {})
  if (typeof own !== 'function') {
    const list = await read
    spendOperations(lib, list, budget, items)
    return list
  }
  let stop: (error: unknown) => void = () => {}
  const stopped = new Promise<never>((_, reject) => (stop = reject))
  let failed = false
  streamed._renderPageChunk = function (chunk, state) {
    if (failed) return
    try {
      spendOperations(lib, chunk, budget, items)
    } catch (error) {
      failed = true
      letGo(streamed, state)
      stop(error)
      return
    }
    own.call(this, chunk, state)
  }
  // Left in place when the budget is passed: the pieces PDF.js still sends are dropped.
  const list = await Promise.race([read, stopped])
  delete streamed._renderPageChunk
  return list
}

/**
 * Let go of a reading past its budget without cancelling it: destroying a page cancels the
 * readings it holds, which rejects a promise PDF.js's reader may not be waiting on (an unhandled
 * rejection, fatal to a Node process). The reading is taken from the page, and its pieces taken
 * and dropped until destroying the document stops the reader (within one of its time slices).
 */
function letGo(page: StreamedPage, state: unknown): void {
  const reader = (state as {streamReader?: {read(): Promise<{done: boolean}>} | null} | null)?.streamReader
  if (!page._intentStates || !reader) return
  for (const [key, value] of page._intentStates) if (value === state) page._intentStates.delete(key)
  const drain = (): void => {
    reader.read().then(({done}) => (done ? undefined : drain()), () => {})
  }
  drain()
}

/** Take a piece's operations, shown strings and their characters from the budgets. */
function spendOperations(lib: PdfJs, chunk: OperatorChunk, budget: PdfBudget, items: {count: number}): void {
  const {showText, showSpacedText} = lib.OPS
  budget.operations -= chunk.length
  if (budget.operations < 0) overLimit('drawing operations per PDF', maxPdfOperations, 'pdf')
  for (let i = 0; i < chunk.length; i++) {
    const fn = chunk.fnArray[i]
    if (fn !== showText && fn !== showSpacedText) continue
    items.count++
    const glyphs = (chunk.argsArray[i] as unknown[] | undefined)?.[0]
    if (Array.isArray(glyphs)) budget.text -= glyphs.length
  }
  if (items.count > maxPageTextItems) overLimit('text items per PDF page', maxPageTextItems, 'pdf')
  if (budget.text < 0) overLimit('text per document, in UTF-16 code units', defaultTextLength, 'pdf')
}

/** Whether bytes are a PDF file: its header within the first kilobyte, as readers accept it. */
export function isPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - 5, 1024)
  for (let i = 0; i <= end; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true
  }
  return false
}

/** A vertical line down the middle third of a wide page that no text and no rule crosses, or null. */
function findGutter(runs: Run[], rules: Rule[], width: number): number | null {
  let left = 0
  let right = 0
  // Every 2 points; on a page wider than any paper, a hundred places in all.
  const step = Math.max(2, (width * 0.2) / 100)
  for (let x = Math.round(width * 0.4); x <= width * 0.6; x += step) {
    if (runs.some((r) => r.left < x && r.right > x)) continue
    if (rules.some((r) => r.horizontal && r.from < x - 1 && r.to > x + 1)) continue
    left = 0
    right = 0
    for (const r of runs) {
      if (r.right <= x) left++
      else right++
    }
    if (left >= 5 && right >= 5) return x
  }
  return null
}

type Matrix = [number, number, number, number, number, number]

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5]
  ]
}

interface Glyph {
  unicode: string
  width: number
  isSpace: boolean
}

/** Text state of the operator list walk (PDF's Tm, Tlm, Tf, Tc, Tw, Tz, TL, Ts). */
interface TextState {
  matrix: Matrix
  line: Matrix
  font: {fontMatrix?: number[]} | null
  size: number
  charSpacing: number
  wordSpacing: number
  scale: number
  leading: number
  rise: number
}

const identity: Matrix = [1, 0, 0, 1, 0, 0]

/**
 * Walk the page's operator list: text runs (one per shown string, split at wide kerning
 * gaps) with their page positions and sizes; stroked straight lines and rectangle edges, and
 * filled boxes thin enough to be lines; and the rectangular clipping boxes.
 */
function walkOperators(lib: PdfJs, page: PdfPage, list: {fnArray: number[]; argsArray: unknown[]}, view: Matrix): {runs: Run[]; rules: Rule[]; clips: Box[]; turned: Turned} {
  const {OPS} = lib
  const turned: Turned = {down: 0, up: 0}
  const runs: Run[] = []
  const rules: Rule[] = []
  const clips: Box[] = []
  let ctm: Matrix = view
  const stack: Matrix[] = []
  const text: TextState = {matrix: identity, line: identity, font: null, size: 0, charSpacing: 0, wordSpacing: 0, scale: 1, leading: 0, rise: 0}
  const textStack: Array<Omit<TextState, 'matrix' | 'line'>> = []
  const moveLine = (tx: number, ty: number) => {
    text.line = multiply(text.line, [1, 0, 0, 1, tx, ty])
    text.matrix = text.line
  }
  const fonts = new Map<string, {fontMatrix?: number[]} | null>()
  const {fnArray, argsArray} = list
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]
    const args = argsArray[i] as unknown[]
    switch (fn) {
      // A form is painted inside a saved graphics state, under its own matrix; neither saves the
      // text matrix (a form is never painted inside a text object).
      case OPS.save:
      case OPS.paintFormXObjectBegin:
        stack.push(ctm)
        textStack.push({font: text.font, size: text.size, charSpacing: text.charSpacing, wordSpacing: text.wordSpacing, scale: text.scale, leading: text.leading, rise: text.rise})
        if (fn === OPS.paintFormXObjectBegin && (Array.isArray(args[0]) || ArrayBuffer.isView(args[0]))) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix)
        break
      case OPS.restore:
      case OPS.paintFormXObjectEnd:
        ctm = stack.pop() ?? ctm
        Object.assign(text, textStack.pop() ?? {})
        break
      case OPS.transform:
        ctm = multiply(ctm, args as unknown as Matrix)
        break
      case OPS.beginText:
        text.matrix = text.line = identity
        break
      case OPS.setFont: {
        const name = String(args[0])
        if (!fonts.has(name)) {
          let font: {fontMatrix?: number[]} | null = null
          try {
            font = page.commonObjs.get(name) as {fontMatrix?: number[]}
          } catch {}
          fonts.set(name, font)
        }
        text.font = fonts.get(name) ?? null
        text.size = Number(args[1]) || 0
        break
      }
      case OPS.setTextMatrix:
        text.matrix = text.line = Array.from((Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? args[0] : args) as ArrayLike<number>).slice(0, 6) as Matrix
        break
      case OPS.moveText:
        moveLine(Number(args[0]), Number(args[1]))
        break
      case OPS.setLeadingMoveText:
        text.leading = -Number(args[1])
        moveLine(Number(args[0]), Number(args[1]))
        break
      case OPS.nextLine:
        moveLine(0, -text.leading)
        break
      case OPS.setLeading:
        text.leading = Number(args[0])
        break
      case OPS.setCharSpacing:
        text.charSpacing = Number(args[0])
        break
      case OPS.setWordSpacing:
        text.wordSpacing = Number(args[0])
        break
      case OPS.setHScale:
        text.scale = Number(args[0]) / 100
        break
      case OPS.setTextRise:
        text.rise = Number(args[0])
        break
      case OPS.showText:
      case OPS.showSpacedText:
        if (Array.isArray(args[0])) showText(args[0] as Array<Glyph | number>, text, ctm, runs, turned, lib.normalizeUnicode)
        break
      case OPS.constructPath: {
        const paint = args[0] as number
        const stroke = paint === OPS.stroke || paint === OPS.closeStroke || paint === OPS.fillStroke || paint === OPS.eoFillStroke || paint === OPS.closeFillStroke || paint === OPS.closeEOFillStroke
        const fill = paint === OPS.fill || paint === OPS.eoFill || paint === OPS.fillStroke || paint === OPS.eoFillStroke || paint === OPS.closeFillStroke || paint === OPS.closeEOFillStroke
        const data = (args[1] as ArrayLike<number>[] | undefined)?.[0]
        if (!data) break
        if (!stroke && !fill) {
          const previous = fnArray[i - 1]
          if (paint === OPS.endPath && (previous === OPS.clip || previous === OPS.eoClip)) {
            const box = rectangle(data, ctm)
            if (box) clips.push(box)
          }
          break
        }
        pathRules(data, ctm, stroke, rules)
        break
      }
    }
  }
  return {runs: dropOverprints(runs), rules: mergeRules(rules), clips, turned}
}

/** Runs printed twice at (nearly) the same place, for a bold or shadowed look, kept once. */
function dropOverprints(runs: Run[]): Run[] {
  const seen = new Map<string, Run[]>()
  const out: Run[] = []
  for (const run of runs) {
    const same = seen.get(run.text)
    const tolerance = run.size * 0.25
    // The copy follows its original closely: only the last few runs of the same text are compared.
    if (same?.slice(-4).some((r) => Math.abs(r.left - run.left) <= tolerance && Math.abs(r.base - run.base) <= tolerance)) continue
    if (same) same.push(run)
    else seen.set(run.text, [run])
    out.push(run)
  }
  return out
}

/** One shown string as runs: its glyphs placed as PDF places them, split where a kerning gap opens a word space. */
/** How many shown strings ran down the page and up it (text turned a quarter). */
interface Turned {
  down: number
  up: number
}

function showText(glyphs: Array<Glyph | number>, text: TextState, ctm: Matrix, runs: Run[], turned: Turned, normalize: (s: string) => string): void {
  const {size} = text
  if (!size) return
  const m = multiply(ctm, text.matrix)
  // Rotated text (a margin stamp) is left out of the lines; text turned a quarter is counted.
  if (Math.abs(m[1]) > Math.abs(m[0]) * 0.1 || Math.abs(m[2]) > Math.abs(m[3]) * 0.1) {
    if (Math.abs(m[0]) < Math.abs(m[1]) * 0.1) {
      if (m[1] > 0) turned.down++
      else turned.up++
    }
    advance(glyphs, text)
    return
  }
  const scaleY = Math.hypot(m[2], m[3])
  const pageSize = Math.abs(size) * scaleY
  const unit = (text.font?.fontMatrix?.[0] ?? 0.001) * size
  let x = 0
  let start = 0
  let chars = ''
  const place = (tx: number) => m[0] * tx * text.scale + m[2] * text.rise + m[4]
  const base = m[3] * text.rise + m[5]
  const flush = () => {
    if (chars.trim()) {
      const a = place(start)
      const b = place(x)
      runs.push({text: normalize(chars), left: Math.min(a, b), right: Math.max(a, b), base, size: pageSize})
    }
    chars = ''
  }
  for (const glyph of glyphs) {
    if (typeof glyph === 'number') {
      const move = (-glyph * size) / 1000
      // A gap of a quarter em or more between two glyphs is a word space.
      if (move > Math.abs(size) * 0.25 && chars) {
        flush()
        x += move
        start = x
      } else x += move
      continue
    }
    if (!glyph) continue
    if (!chars) start = x
    chars += glyph.unicode ?? ''
    x += glyph.width * unit + (glyph.isSpace ? text.wordSpacing : 0) + text.charSpacing
  }
  flush()
  text.matrix = multiply(text.matrix, [1, 0, 0, 1, x * text.scale, 0])
}

/** Move the text position past glyphs without placing them. */
function advance(glyphs: Array<Glyph | number>, text: TextState): void {
  const unit = (text.font?.fontMatrix?.[0] ?? 0.001) * text.size
  let x = 0
  for (const glyph of glyphs) {
    if (typeof glyph === 'number') x += (-glyph * text.size) / 1000
    else if (glyph) x += glyph.width * unit + (glyph.isSpace ? text.wordSpacing : 0) + text.charSpacing
  }
  text.matrix = multiply(text.matrix, [1, 0, 0, 1, x * text.scale, 0])
}

/** The box of a path that is one axis-aligned rectangle, else null. */
function rectangle(data: ArrayLike<number>, m: Matrix): Box | null {
  if (data.length < 12 || data[0] !== 0) return null
  let minX = Infinity
  let maxX = -Infinity
  let minY = Infinity
  let maxY = -Infinity
  const xs: number[] = []
  const ys: number[] = []
  let i = 0
  while (i < data.length) {
    const op = data[i]
    if (op === 4) {
      i++
      continue
    }
    if ((op !== 0 && op !== 1) || (op === 0 && i > 0)) return null
    const x = m[0] * data[i + 1] + m[2] * data[i + 2] + m[4]
    const y = m[1] * data[i + 1] + m[3] * data[i + 2] + m[5]
    xs.push(x)
    ys.push(y)
    minX = Math.min(minX, x)
    maxX = Math.max(maxX, x)
    minY = Math.min(minY, y)
    maxY = Math.max(maxY, y)
    i += 3
  }
  if (xs.length < 4 || xs.length > 5) return null
  // Every corner on the box's edges: axis-aligned.
  for (let k = 0; k < xs.length; k++) {
    if (Math.min(Math.abs(xs[k] - minX), Math.abs(xs[k] - maxX)) > 0.5 || Math.min(Math.abs(ys[k] - minY), Math.abs(ys[k] - maxY)) > 0.5) return null
  }
  return maxX - minX > 2 && maxY - minY > 2 ? [minX, minY, maxX, maxY] : null
}

/** Rules from one path (PDF.js draw operations: 0 move, 1 line, 2 and 3 curves, 4 close). */
function pathRules(data: ArrayLike<number>, m: Matrix, stroke: boolean, rules: Rule[]): void {
  const points: Array<[number, number]> = []
  const flush = () => {
    if (points.length >= 2) {
      if (stroke) for (let k = 1; k < points.length; k++) segment(points[k - 1], points[k], rules)
      // A filled thin box is a line.
      let minX = Infinity
      let maxX = -Infinity
      let minY = Infinity
      let maxY = -Infinity
      for (const [x, y] of points) {
        minX = Math.min(minX, x)
        maxX = Math.max(maxX, x)
        minY = Math.min(minY, y)
        maxY = Math.max(maxY, y)
      }
      if (!stroke && points.length >= 4) {
        if (maxY - minY <= 2.5 && maxX - minX > 4) rules.push({horizontal: true, at: (minY + maxY) / 2, from: minX, to: maxX})
        else if (maxX - minX <= 2.5 && maxY - minY > 4) rules.push({horizontal: false, at: (minX + maxX) / 2, from: minY, to: maxY})
      }
    }
    points.length = 0
  }
  let i = 0
  let start: [number, number] | null = null
  const at = (x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
  while (i < data.length) {
    const op = data[i]
    if (op === 0) {
      flush()
      start = at(data[i + 1], data[i + 2])
      points.push(start)
      i += 3
    } else if (op === 1) {
      points.push(at(data[i + 1], data[i + 2]))
      i += 3
    } else if (op === 2) {
      // A curve ends any straight run.
      flush()
      start = at(data[i + 5], data[i + 6])
      i += 7
    } else if (op === 3) {
      flush()
      start = at(data[i + 3], data[i + 4])
      i += 5
    } else if (op === 4) {
      if (start && points.length) points.push(start)
      flush()
      i += 1
    } else break
  }
  flush()
}

function segment(a: [number, number], b: [number, number], rules: Rule[]): void {
  const dx = Math.abs(a[0] - b[0])
  const dy = Math.abs(a[1] - b[1])
  if (dy <= 1 && dx > 0.2) rules.push({horizontal: true, at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0])})
  else if (dx <= 1 && dy > 0.2) rules.push({horizontal: false, at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1])})
}

/** Bullets and marks that open a paragraph: a line starting with one is never a wrapped line. */
const opener = /^(?:[□■○●◦◎◇◆▶▷►▸▪▫※☞ㅇ∙·•\-–*＊]|[①-⑳]|\(?\d{1,2}[.)]\s|[가-하][.)]\s|[IVX]+\.\s|[Ⅰ-Ⅻ][.\s]|<|\[|【|붙임|참고)/

/** Page numbers as printed: `- 1 -`, `1`, `1 / 5`, `- 1/5 -`. */
const pageNumber = /^[-–—]?\s*\d{1,4}\s*(?:\/\s*\d{1,4}\s*)?[-–—]?$/

/**
 * The rows → text step: page blocks to the text export's shape. Lines of a paragraph wrapped at
 * the right margin are joined with a space; page numbers in a page's margins stay lines of their own.
 */
export function toText(pages: PageBlock[][], sizes: Array<[number, number]>, numbers: number[] = pages.map((_, i) => i + 1)): PdfText {
  const out: string[] = []
  const lines: PdfLineSource[] = []
  const overall = rightMargin(pages.flat())
  const body = bodySize(pages)
  const running = runningLines(pages, sizes)
  const printed = new Set<string>()
  let previous: {block: PageBlock; page: number} | null = null
  // Where the current paragraph's wrapped lines start (null until one is joined), and whether it opens with a mark.
  let paragraph: {wrapped: number | null; marked: boolean} = {wrapped: null, marked: false}
  pages.forEach((blocks, index) => {
    const page = numbers[index]
    const height = sizes[index][1]
    const margin = rightMargin(blocks, overall)
    for (const block of blocks) {
      if (block.kind === 'row') {
        out.push(block.cells.join('\t'))
        lines.push({page, box: block.box, row: block.row})
        previous = {block, page}
        continue
      }
      const text = joinRuns(block.runs, true)
      if (!text) continue
      const inMargin = inMargins(block, height)
      if (inMargin && pageNumber.test(text)) {
        out.push(text)
        lines.push({page, box: block.box, row: null})
        previous = null
        continue
      }
      // A running header or footer is kept where it first appears, not repeated on every page.
      const key = inMargin ? runningKey(text) : ''
      if (key && running.has(key)) {
        if (printed.has(key)) continue
        printed.add(key)
        out.push(text)
        lines.push({page, box: block.box, row: null})
        previous = null
        continue
      }
      if (previous && (continuesHeading(previous.block, previous.page, block, page, body, text) || continues(previous.block, previous.page, block, page, margin, text, paragraph))) {
        paragraph.wrapped ??= block.box[0]
        const last: PdfLineSource = lines[lines.length - 1]
        out[out.length - 1] += ' ' + text
        if (last.page === page) last.box = [Math.min(last.box[0], block.box[0]), last.box[1], Math.max(last.box[2], block.box[2]), block.box[3]]
        previous = {block, page}
        continue
      }
      out.push(text)
      lines.push({page, box: block.box, row: null})
      previous = {block, page}
      paragraph = {wrapped: null, marked: opener.test(text)}
    }
  })
  return {value: out.join('\n') + '\n', lines}
}

/** Whether a line lies in the top or bottom margin of its page (where page numbers and running heads are). */
function inMargins(block: PageBlock, height: number): boolean {
  return block.box[3] < height * 0.08 || block.box[1] > height * 0.88
}

/** A margin line's text with digits and spaces left out (page numbers and dates change from page to page). */
function runningKey(text: string): string {
  return text.replace(/[\s\d]+/g, '')
}

/** The margin lines that come back on several pages (on half the pages or more, when there are more than three). */
function runningLines(pages: PageBlock[][], sizes: Array<[number, number]>): Set<string> {
  const counts = new Map<string, number>()
  pages.forEach((blocks, index) => {
    const keys = new Set<string>()
    for (const block of blocks) {
      if (block.kind !== 'line' || !inMargins(block, sizes[index][1])) continue
      const key = runningKey(joinRuns(block.runs, true))
      if (key.length >= 2) keys.add(key)
    }
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  })
  const running = new Set<string>()
  for (const [key, count] of counts) if (count >= 2 && (pages.length <= 3 || count * 2 >= pages.length)) running.add(key)
  return running
}

/** The right margin: where most full lines of text end (on a page with few lines, `fallback`). */
function rightMargin(blocks: PageBlock[], fallback = 0): number {
  const ends: number[] = []
  for (const b of blocks) if (b.kind === 'line') ends.push(b.box[2])
  if (ends.length < 6 && fallback) return fallback
  ends.sort((a, b) => a - b)
  return ends.length ? ends[Math.floor(ends.length * 0.9)] : 0
}

/** The size of most of the text: the font size over most lines. */
function bodySize(pages: PageBlock[][]): number {
  const counts = new Map<number, number>()
  for (const blocks of pages) for (const b of blocks) if (b.kind === 'line') counts.set(Math.round(b.size), (counts.get(Math.round(b.size)) ?? 0) + 1)
  let best = 0
  let most = 0
  for (const [size, count] of counts) {
    if (count > most) {
      best = size
      most = count
    }
  }
  return best
}

/** Whether a line of large type continues the line of the same size right above it (a heading wrapped, often centred). */
function continuesHeading(before: PageBlock, beforePage: number, line: PageBlock, page: number, body: number, text: string): boolean {
  if (before.kind !== 'line' || line.kind !== 'line' || page !== beforePage || !body) return false
  if (line.size < body * 1.3 || Math.abs(before.size - line.size) > 0.5 || opener.test(text)) return false
  const gap = line.box[1] - before.box[3]
  return gap >= -line.size * 0.5 && gap <= line.size * 0.8
}

/** Whether a line continues the paragraph of the line before (that one reached the right margin). */
function continues(before: PageBlock, beforePage: number, line: PageBlock, page: number, margin: number, text: string, paragraph: {wrapped: number | null; marked: boolean}): boolean {
  if (before.kind !== 'line' || line.kind !== 'line') return false
  if (before.runs.length && before.box[2] < margin - before.size * 1.5) return false
  if (Math.abs(before.size - line.size) > 0.6) return false
  if (before.box[2] - before.box[0] < (margin - before.box[0]) * 0.6) return false
  if (opener.test(text)) return false
  // Wrapped lines start where the paragraph's other wrapped lines start; the first one starts
  // left of the first line (an indented first line) or, after a mark, under the text (a hanging indent).
  const x = line.box[0]
  if (paragraph.wrapped !== null) {
    if (Math.abs(x - paragraph.wrapped) > line.size * 0.6) return false
  } else if (x > before.box[0] + line.size * (paragraph.marked ? 4 : 0.6)) return false
  if (page === beforePage) {
    const gap = line.box[1] - before.box[3]
    return gap >= -line.size * 0.5 && gap <= line.size * 2
  }
  return page === beforePage + 1
}
