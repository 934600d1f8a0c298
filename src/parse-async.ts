import type {VFile} from 'vfile'
import {checkSize, parse, parseRead, type ParseOptions} from './parse.js'
import type {PressRelease} from './press-release.js'
import {checkFormat, checkMaxPages, checkMaxSize, checkOptions} from './lib/check.js'
import {isVFile, loadMissing} from './lib/load.js'
import {isPdf, readPdf, type PdfLineSource} from './lib/readers/pdf.js'

/**
 * Parse a press release like `parse`, and PDF files too: PDF bytes (or a VFile holding them) are
 * read page by page (text runs, their positions and the drawn table rules) into text first.
 * Gives exactly `parse`'s result for every other input. A library the input's format needs
 * that `require` cannot find (a bundle without `node_modules`) is loaded with `import()`.
 */
export async function parseAsync(value: string | Uint8Array | VFile, parseOptions?: ParseOptions): Promise<PressRelease> {
  const file = isVFile(value) ? value : undefined
  const content = file ? file.value : value
  if (!(content instanceof Uint8Array) || !isPdf(content)) return withLibraries(file, () => parse(value, parseOptions))
  const options = checkOptions(parseOptions)
  checkFormat(options.format)
  checkMaxSize(options.maxSize)
  checkMaxPages(options.maxPages)
  checkSize(content.length, options)
  const read = await readPdf(content, {maxPages: options.maxPages})
  if (file) file.value = read.value
  const before = file ? file.messages.length : 0
  const release = parseRead(read.value, file, {format: 'pdf', lines: read.lines}, options)
  if (file) namePages(file, read.lines, before)
  return release
}

/**
 * Run a parse; when it stops because a library cannot be found by `require`, load that library
 * with `import()` (a bundled copy) and parse again, from the same VFile value and messages.
 */
async function withLibraries<T>(file: VFile | undefined, run: () => T): Promise<T> {
  const value = file?.value
  const count = file?.messages.length ?? 0
  for (;;) {
    try {
      return run()
    } catch (error) {
      // Each round loads one more library, or throws: the loop ends.
      if (!(await loadMissing(error))) throw error
      if (file) {
        file.value = value!
        file.messages.length = count
      }
    }
  }
}

/** Diagnostics about a PDF (from message `from` on) name the page their line was read from. */
export function namePages(file: VFile, lines: PdfLineSource[], from: number): void {
  for (let i = from; i < file.messages.length; i++) {
    const message = file.messages[i]
    const source = message.line ? lines[message.line - 1] : undefined
    if (!source) continue
    message.reason += ` (page ${source.page})`
    message.message = message.reason
  }
}
