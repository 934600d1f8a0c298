/**
 * Every code a thrown error of this package carries, in one place.
 *
 * | code | thrown when |
 * | --- | --- |
 * | `ERR_BINARY_INPUT` | bytes are a binary format no reader handles |
 * | `ERR_INVALID_DOCUMENT` | an HWPX, HWP or PDF file that cannot be opened (corrupt, truncated) |
 * | `ERR_ENCRYPTED_DOCUMENT` | a password-protected document (HWP, PDF) |
 * | `ERR_IMAGE_ONLY_PDF` | a PDF without a text layer (scanned pages): run OCR first |
 * | `ERR_DISTRIBUTION_DOCUMENT` | a distribution-locked HWP file (배포용 문서) |
 * | `ERR_UNSUPPORTED_FORMAT` | a web page saved under a document's name |
 * | `ERR_INPUT_TOO_LARGE` | input larger than `maxSize` |
 * | `ERR_EMPTY_INPUT` | (command line) a file with no text: 0 bytes, or white space only |
 * | `ERR_UNKNOWN_ENCODING` | (command line) `--encoding` names no known encoding |
 * | `ERR_MISSING_DEPENDENCY` | a library a format needs cannot be found (a bundle without it, an install that left it out); the message names it |
 * | `ERR_RESOURCE_LIMIT` | a document needs more than a budget allows (inflated bytes, ZIP entries, table cells and grid positions, nesting depth, paragraphs, lines, text, HWP records, PDF pages, operations, text items and rules), or (CLI) its worker ran out of memory; the message names the limit and its value |
 * | `ERR_NOT_A_FILE` | (CLI) an input is a FIFO, socket or device, which is never read |
 * | `ERR_SYMLINK_LOOP` | (CLI) a symbolic link leads back into a folder being read |
 * | `ERR_WORKER_CRASHED` | (CLI) the worker thread parsing an input died (a crash); it is replaced |
 * | `ERR_TIMEOUT` | (CLI) parsing an input took longer than `--timeout`; its worker is stopped and replaced |
 * | `ERR_UNSAFE_OUTPUT` | (CLI) a folder under `-o` on the way to an output file is a symbolic link; nothing is written through it |
 * | `ERR_INVALID_ARG_TYPE` | (a `TypeError`) a parameter or option of the wrong type: `parse(null)`, `toPressRelease({})` |
 * | `ERR_INVALID_ARG_VALUE` | (a `TypeError`) a parameter of the right type that cannot be used: bytes whose `ArrayBuffer` was transferred (detached) |
 */
export type ErrorCode =
  | 'ERR_BINARY_INPUT'
  | 'ERR_INVALID_DOCUMENT'
  | 'ERR_ENCRYPTED_DOCUMENT'
  | 'ERR_IMAGE_ONLY_PDF'
  | 'ERR_DISTRIBUTION_DOCUMENT'
  | 'ERR_UNSUPPORTED_FORMAT'
  | 'ERR_INPUT_TOO_LARGE'
  | 'ERR_EMPTY_INPUT'
  | 'ERR_UNKNOWN_ENCODING'
  | 'ERR_RESOURCE_LIMIT'
  | 'ERR_MISSING_DEPENDENCY'
  | 'ERR_NOT_A_FILE'
  | 'ERR_SYMLINK_LOOP'
  | 'ERR_WORKER_CRASHED'
  | 'ERR_TIMEOUT'
  | 'ERR_UNSAFE_OUTPUT'
  | 'ERR_INVALID_ARG_TYPE'
  | 'ERR_INVALID_ARG_VALUE'

/** An error thrown by `parse`, `readBytes` or `decode`, with a stable `code`. */
export class BodojaryoError extends Error {
  /** Stable code; see `ErrorCode`. */
  readonly code: ErrorCode
  /** What the bytes looked like (`pdf`, `zip`, `hwp5`, `html`, `png` …), when known. */
  readonly format: string | undefined

  constructor(code: ErrorCode, message: string, format?: string, options?: {cause?: unknown}) {
    super(message, options)
    this.name = 'BodojaryoError'
    this.code = code
    this.format = format
  }
}

/** Whether `value` is an error thrown by this package (works across copies of it). */
export function isBodojaryoError(value: unknown): value is BodojaryoError {
  return value instanceof BodojaryoError || (value instanceof Error && value.name === 'BodojaryoError' && typeof (value as {code?: unknown}).code === 'string')
}
