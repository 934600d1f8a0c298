/**
 * Checks of what callers pass: programmer errors are `TypeError`s that name the parameter or
 * option, with a stable `code`: `ERR_INVALID_ARG_TYPE` for a value of the wrong type,
 * `ERR_INVALID_ARG_VALUE` for one of the right type that cannot be used.
 */

/** A programmer error: a `TypeError` with a stable `code`, as Node's own have. */
export function argumentError(message: string, code: 'ERR_INVALID_ARG_TYPE' | 'ERR_INVALID_ARG_VALUE' = 'ERR_INVALID_ARG_TYPE'): TypeError & {code: string} {
  const error = new TypeError(message) as TypeError & {code: string}
  error.code = code
  return error
}

/** `bytes` as a readable `Uint8Array`: not another type, not a view of a detached buffer (one transferred to a worker or to PDF.js). */
export function checkBytes(bytes: unknown, name: string): asserts bytes is Uint8Array {
  if (!(bytes instanceof Uint8Array)) throw argumentError(`Expected \`${name}\` to be \`Uint8Array\`, not \`${show(bytes)}\``)
  if (bytes.byteLength === 0 && isDetached(bytes.buffer)) {
    throw argumentError(`Expected \`${name}\` to be readable, not a view of a detached \`ArrayBuffer\` (one transferred elsewhere)`, 'ERR_INVALID_ARG_VALUE')
  }
}

function isDetached(buffer: ArrayBufferLike): boolean {
  try {
    new Uint8Array(buffer, 0, 0)
    return false
  } catch {
    return true
  }
}

/** `tree` as a syntax tree from `fromText`: an object of type `root` with children. */
export function checkTree(tree: unknown): void {
  const root = tree as {type?: unknown; children?: unknown} | null
  if (root === null || typeof root !== 'object' || root.type !== 'root' || !Array.isArray(root.children)) {
    throw argumentError(`Expected \`tree\` to be a \`Root\` from \`fromText\`, not \`${show(tree)}\``)
  }
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? value.slice(0, 40) + '…' : value}'`
  if (value === null || typeof value !== 'object') return String(value)
  return Array.isArray(value) ? 'an array' : 'an object'
}

/** `options` as an object: undefined gives `{}`; null, a string or an array are refused. */
export function checkOptions<T extends object>(options: T | undefined, name = 'options'): Partial<T> {
  if (options === undefined) return {}
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw argumentError(`Expected \`${name}\` to be an object, not \`${show(options)}\``)
  return options
}

/** `options.format`: `markdown`, `text` or undefined. */
export function checkFormat(format: unknown): void {
  if (format !== undefined && format !== 'markdown' && format !== 'text') throw argumentError(`Expected \`format\` to be \`'markdown'\` or \`'text'\`, not \`${show(format)}\``)
}

/** `options.maxSize`: a number of 0 or more (Infinity allowed), or undefined. */
export function checkMaxSize(maxSize: unknown): void {
  if (maxSize !== undefined && (typeof maxSize !== 'number' || Number.isNaN(maxSize) || maxSize < 0)) {
    throw argumentError(`Expected \`maxSize\` to be a number of 0 or more, not \`${show(maxSize)}\``)
  }
}

/** `options.maxPages`: a whole number of 1 or more (Infinity allowed), or undefined. */
export function checkMaxPages(maxPages: unknown): void {
  if (maxPages !== undefined && (typeof maxPages !== 'number' || !(Number.isInteger(maxPages) || maxPages === Number.POSITIVE_INFINITY) || maxPages < 1)) {
    throw argumentError(`Expected \`maxPages\` to be a whole number of 1 or more, not \`${show(maxPages)}\``)
  }
}

const arrays = ['subtitles', 'contacts', 'appendices'] as const

/** A typed release as `parse` gives it: the fields the writers read must be there. */
export function checkRelease(release: unknown): void {
  if (release === null || typeof release !== 'object') throw argumentError(`Expected \`release\` to be a \`PressRelease\` from \`parse\`, not \`${show(release)}\``)
  const r = release as Record<string, unknown>
  const missing = arrays.filter((key) => !Array.isArray(r[key]))
  const body = r.body as {blocks?: unknown} | undefined
  if (!body || typeof body !== 'object' || !Array.isArray(body.blocks)) missing.push('body' as never)
  const footer = r.footer as {slogans?: unknown; lines?: unknown} | undefined
  if (!footer || typeof footer !== 'object' || !Array.isArray(footer.slogans) || !Array.isArray(footer.lines)) missing.push('footer' as never)
  if (missing.length > 0) throw argumentError(`Expected \`release\` to be a \`PressRelease\` from \`parse\`, missing \`${missing.join('`, `')}\``)
}
