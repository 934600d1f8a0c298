import {lstatSync, readFileSync, readdirSync, realpathSync, statSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {basename, dirname, join, resolve, sep} from 'node:path'
import {Worker} from 'node:worker_threads'
import {VFile} from 'vfile'
import {fromText} from '../from-text.js'
import {checkDocumentName, readBytes, reportRead} from '../read-bytes.js'
import type {PressRelease} from '../press-release.js'
import {toMarkdown} from '../to-markdown.js'
import {parse} from '../parse.js'
import type {ErrorCode} from '../errors.js'
import type {RuleId} from '../messages.js'
import {namePages, parseAsync} from '../parse-async.js'
import {isPdf, readPdf} from './readers/pdf.js'
import {iconv} from './load.js'

/** What one input gives in a batch. */
export type BatchRecord =
  | {path: string; ok: true; data: unknown; messages: BatchMessage[]}
  | {path: string; ok: false; error: {code: string; message: string}}

export interface BatchMessage {
  ruleId: RuleId | null
  severity: 'info' | 'warning' | 'error'
  line: number | null
  column: number | null
  reason: string
}

export interface BatchOptions {
  /** Force an encoding (any iconv-lite name) instead of detecting it. */
  encoding?: string
  /** `json`/`ndjson` give the typed object, `tree` the syntax tree. */
  format: 'json' | 'ndjson' | 'tree' | 'markdown'
}

/** Parse one input's bytes into a batch record; never throws. */
export function processBytes(path: string, bytes: Uint8Array, options: BatchOptions, render?: (data: unknown) => unknown): BatchRecord {
  // Checked before the name: a 0-byte `.hwpx` is an empty file, not a broken document.
  if (bytes.length === 0) return emptyInput(path)
  try {
    let text: string | Uint8Array = bytes
    if (options.encoding) {
      if (!iconv().encodingExists(options.encoding)) {
        return {path, ok: false, error: {code: 'ERR_UNKNOWN_ENCODING', message: `Unknown encoding \`${options.encoding}\``}}
      }
      text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), options.encoding).replace(/^\ufeff/, '')
    }
    const file = new VFile({path})
    let data: unknown
    if (options.format === 'tree') {
      if (typeof text !== 'string') checkDocumentName(path, text)
      const read = typeof text === 'string' ? null : readBytes(text)
      const value = read ? read.value : (text as string)
      file.value = value
      if (read) reportRead(file, read)
      data = fromText(value, {file, format: read && read.format !== 'text' ? 'text' : undefined})
      if (read && read.format !== 'text') (data as {data?: unknown}).data = {source: {format: read.format, lines: read.lines}}
    } else {
      file.value = text
      data = parse(file)
    }
    return finish(path, file, data, render)
  } catch (error) {
    return failure(path, error)
  }
}

function isBlank(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() === '' : value instanceof Uint8Array && value.length === 0
}

/** A file with no text is no press release: an error record, not an empty object. */
const emptyInput = (path: string): BatchRecord => ({path, ok: false, error: {code: 'ERR_EMPTY_INPUT' satisfies ErrorCode, message: 'Unexpected empty input: the file holds no text'}})

/**
 * Parse one input's bytes into a batch record, PDF files included (read with `parseAsync`);
 * never throws, never rejects.
 */
export async function processBytesAsync(path: string, bytes: Uint8Array, options: BatchOptions, render?: (data: unknown) => unknown): Promise<BatchRecord> {
  if (options.encoding || !isPdf(bytes)) return processBytes(path, bytes, options, render)
  try {
    const file = new VFile({path, value: bytes})
    let data: unknown
    if (options.format === 'tree') {
      const read = await readPdf(bytes)
      file.value = read.value
      const tree = fromText(read.value, {file, format: 'text'})
      tree.data = {...tree.data, source: {format: 'pdf', lines: read.lines}}
      namePages(file, read.lines, 0)
      data = tree
    } else data = await parseAsync(file)
    return finish(path, file, data, render)
  } catch (error) {
    return failure(path, error)
  }
}

function finish(path: string, file: VFile, data: unknown, render?: (data: unknown) => unknown): BatchRecord {
  if (isBlank(file.value)) return emptyInput(path)
  if (render) data = render(data)
  const messages: BatchMessage[] = file.messages.map((m) => ({
    ruleId: (m.ruleId as RuleId | undefined) ?? null,
    severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
    line: m.line ?? null,
    column: m.column ?? null,
    reason: m.reason
  }))
  return {path, ok: true, data, messages}
}

function failure(path: string, error: unknown): BatchRecord {
  const e = error as Error & {code?: string}
  return {path, ok: false, error: {code: typeof e.code === 'string' ? e.code : 'ERR_PARSE', message: e.message}}
}

/**
 * Read and parse one file (PDF files too); a read error becomes an error record. Only regular
 * files are opened (a FIFO would block the batch for ever); a folder here is a symbolic link that
 * led back into a folder being read.
 */
export async function processFile(path: string, options: BatchOptions, render?: (data: unknown) => unknown): Promise<BatchRecord> {
  let bytes: Uint8Array
  try {
    const stat = statSync(path)
    if (stat.isDirectory() && lstatSync(path).isSymbolicLink()) {
      return {path, ok: false, error: {code: 'ERR_SYMLINK_LOOP', message: `Symbolic link \`${path}\` leads back into a folder being read; not followed again`}}
    }
    if (!stat.isFile()) {
      const kind = stat.isFIFO() ? 'a FIFO (named pipe)' : stat.isSocket() ? 'a socket' : stat.isDirectory() ? 'a folder' : 'a device'
      return {path, ok: false, error: {code: 'ERR_NOT_A_FILE', message: `Unexpected ${kind} at \`${path}\`, expected a file; it is not read`}}
    }
    bytes = new Uint8Array(readFileSync(path))
  } catch (error) {
    const e = error as Error & {code?: string}
    return {path, ok: false, error: {code: e.code ?? 'ERR_READ', message: e.message}}
  }
  return processBytesAsync(path, bytes, options, render)
}

/** How an outcome's text is written: an NDJSON record, pretty JSON of the data, or Markdown. */
export type OutputShape = 'ndjson' | 'json' | 'markdown'

/** A record reduced to what the command needs: its diagnostics, and the text to write. */
export interface Outcome {
  path: string
  ok: boolean
  error: {code: string; message: string} | null
  messages: BatchMessage[]
  /** What to write for this input (null: nothing, a failure outside NDJSON). */
  text: string | null
}

/** Parse one file and render what the command writes for it (in a worker thread or not). */
export async function processOutcome(path: string, options: BatchOptions, shape: OutputShape): Promise<Outcome> {
  return outcomeOf(await processFile(path, options, markdownFor(shape)), shape)
}

/** For Markdown output, the data is rendered as Markdown where it is parsed. */
export function markdownFor(shape: OutputShape): ((data: unknown) => unknown) | undefined {
  return shape === 'markdown' ? (data) => toMarkdown(data as PressRelease) : undefined
}

/** A record as what the command writes for it. */
export function outcomeOf(record: BatchRecord, shape: OutputShape): Outcome {
  if (!record.ok) return {path: record.path, ok: false, error: record.error, messages: [], text: shape === 'ndjson' ? JSON.stringify(record) + '\n' : null}
  const text =
    shape === 'ndjson' ? JSON.stringify(record) + '\n' : shape === 'markdown' ? (record.data as string) : JSON.stringify(record.data, null, 2) + '\n'
  return {path: record.path, ok: true, error: null, messages: record.messages, text}
}

/** Most worker threads `--jobs` may ask for: four per core. */
export function maxJobs(): number {
  return 4 * availableParallelism()
}

/** Heap a worker thread may use before it is stopped (and its file gets an error record). */
export const workerHeapMb = 512

/**
 * The files under a folder, recursively, sorted by name, hidden ones skipped. Symbolic links are
 * followed once: a link back into a folder on the way down is listed (its record says so)
 * rather than walked again. FIFOs, sockets and devices are listed too: their records refuse them.
 */
export function walkFolder(folder: string): string[] {
  const out: string[] = []
  const onTheWay = new Set<string>()
  const walk = (dir: string) => {
    const real = realpathSync(dir)
    onTheWay.add(real)
    const entries = readdirSync(dir, {withFileTypes: true}).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.isSymbolicLink()) {
        let target
        try {
          target = statSync(path)
        } catch {
          out.push(path) // a broken link: its record says the file is missing
          continue
        }
        if (!target.isDirectory()) out.push(path)
        else if (onTheWay.has(realpathSync(path))) out.push(path)
        else walk(path)
      } else out.push(path)
    }
    onTheWay.delete(real)
  }
  walk(folder)
  return uniqueFiles(out)
}

/**
 * Files found through a folder or a glob, each read once: of a file found through several
 * names of its folder (a linked folder), the name without a link is kept, else the first; any
 * found through a symbolic link that leads back into a folder above it (a loop) is left out. A
 * link to a file is a file of its own.
 */
export function uniqueFiles(paths: string[]): string[] {
  // Each folder's real path, or null when the way to it goes through a loop.
  const folders = new Map<string, string | null>()
  const realFolder = (folder: string): string | null => {
    const known = folders.get(folder)
    if (known !== undefined) return known
    let real: string | null
    try {
      real = realpathSync(folder)
      const parent = dirname(folder)
      if (parent !== folder) {
        const above = realFolder(parent)
        if (above === null || (lstatSync(folder).isSymbolicLink() && (above === real || above.startsWith(real + sep)))) real = null
      }
    } catch {
      real = folder
    }
    folders.set(folder, real)
    return real
  }
  // Each file's first name, replaced by a name without a link when one comes.
  const chosen = new Map<string, string>()
  for (const path of paths) {
    const folder = realFolder(dirname(path))
    if (folder === null) continue
    const key = join(folder, basename(path))
    const before = chosen.get(key)
    if (before === undefined || (resolve(dirname(before)) !== folder && resolve(dirname(path)) === folder)) chosen.set(key, path)
  }
  const kept = new Set(chosen.values())
  return paths.filter((path) => kept.has(path))
}

/** One input of a batch. */
export interface BatchInput {
  path: string
  /** Set when the input could not be found. */
  missing?: boolean
  /** The input's bytes, when it is no file (standard input). */
  bytes?: Uint8Array
}

/** Seconds one input may take in a worker before it is given up (`--timeout`). */
export const defaultTimeoutSeconds = 30

/** What bounds one input's parse in a worker thread. */
export interface BatchLimits {
  /** Heap a worker may use, in MB (default 512). */
  heapMb?: number
  /** Milliseconds one input may take (default 30 s); 0: no limit. */
  timeoutMs?: number
}

/** A task for a worker thread: an input, and what to make of it. */
export interface WorkerTask {
  id: number
  path: string
  bytes?: Uint8Array
  options: BatchOptions
  shape: OutputShape
}

/** Parse one task where it runs (in a worker thread, or here without one): its outcome. */
export async function runTask(task: Omit<WorkerTask, 'id'>): Promise<Outcome> {
  if (task.bytes) return outcomeOf(await processBytesAsync(task.path, task.bytes, task.options, markdownFor(task.shape)), task.shape)
  return processOutcome(task.path, task.options, task.shape)
}

/**
 * Parse every input, each in a worker thread (`jobs` of them, one at least), and hand each
 * outcome to `emit` in input order, as soon as the inputs before it have theirs; at most a
 * window of results waits for its turn. A worker has a heap limit and each input a time limit:
 * an input whose worker runs out of memory, crashes or takes longer than the limit gets an error
 * record (`ERR_RESOURCE_LIMIT`, `ERR_WORKER_CRASHED`, `ERR_TIMEOUT`) and the worker is replaced,
 * so no input holds the ones after it longer than its time limit. Without a worker script, or
 * when workers cannot start, inputs are parsed here, one at a time and without a time limit.
 */
export async function runBatch<T extends BatchInput>(
  inputs: T[],
  options: BatchOptions,
  shape: OutputShape,
  jobs: number,
  workerUrl: URL | null,
  emit: (outcome: Outcome, input: T) => Promise<void>,
  limits: BatchLimits = {}
): Promise<void> {
  const heapMb = limits.heapMb ?? workerHeapMb
  const timeoutMs = limits.timeoutMs ?? defaultTimeoutSeconds * 1000
  const missing = (input: T): Outcome => outcomeOf({path: input.path, ok: false, error: {code: 'ENOENT', message: `No such file or folder \`${input.path}\``}}, shape)
  const here = async (input: T) => (input.missing ? missing(input) : runTask({path: input.path, bytes: input.bytes, options, shape}))
  const failed = (id: number, code: string, message: string) => results.set(id, outcomeOf({path: inputs[id].path, ok: false, error: {code, message}}, shape))
  const results = new Map<number, Outcome>()
  if (!workerUrl) {
    for (const input of inputs) {
      await emit(await here(input), input)
      // Let the event loop breathe (progress, stream drains).
      await new Promise((done) => setImmediate(done))
    }
    return
  }
  // At most `window` inputs are dispatched beyond the last one written: memory stays flat.
  const window = Math.max(jobs, 1) * 16
  const busy = new Map<Worker, {id: number; timer: NodeJS.Timeout | null}>()
  // Workers that have loaded and said so: an input's time counts from then, not from the start of its worker.
  const ready = new Set<Worker>()
  const idle: Worker[] = []
  const live = new Set<Worker>()
  let next = 0
  let emitted = 0
  let dispatched = 0
  let emitting = Promise.resolve()
  let deathsWithoutWork = 0
  let finished = false
  // Whether this thread is parsing an input itself (no worker left): one at a time.
  let parsingHere = false
  // How to stop each live worker, giving its input an error record.
  const stops = new Map<Worker, (code: string, message: string) => void>()
  await new Promise<void>((resolve, reject) => {
    const done = () => {
      finished = true
      resolve()
    }
    const fail = (error: unknown) => {
      finished = true
      reject(error)
    }
    const start = () => {
      const worker = new Worker(workerUrl, {resourceLimits: {maxOldGenerationSizeMb: heapMb}})
      live.add(worker)
      let worked = false
      let gone = false
      worker.on('message', (message: {id: number; outcome: Outcome} | {ready: true}) => {
        const task = busy.get(worker)
        if ('ready' in message) {
          ready.add(worker)
          if (task) arm(worker, task)
          return
        }
        if (gone || !task || task.id !== message.id) return
        worked = true
        deathsWithoutWork = 0
        if (task.timer) clearTimeout(task.timer)
        busy.delete(worker)
        results.set(message.id, message.outcome)
        idle.push(worker)
        pump()
      })
      /** The worker is gone (died, or stopped here): its input, if any, gets `code`; another takes its place. */
      const replace = (code: string, message: string) => {
        if (gone || finished) return
        gone = true
        live.delete(worker)
        stops.delete(worker)
        ready.delete(worker)
        const index = idle.indexOf(worker)
        if (index >= 0) idle.splice(index, 1)
        const task = busy.get(worker)
        busy.delete(worker)
        void worker.terminate()
        if (task) {
          if (task.timer) clearTimeout(task.timer)
          failed(task.id, code, message)
        } else if (!worked) deathsWithoutWork++
        // A worker that dies before any work would die again: parse here instead.
        if (deathsWithoutWork < 3) start()
        pump()
      }
      const die = (error?: Error & {code?: string}) => {
        const memory = error?.code === 'ERR_WORKER_OUT_OF_MEMORY'
        replace(
          memory ? 'ERR_RESOURCE_LIMIT' : 'ERR_WORKER_CRASHED',
          memory
            ? `Parsing ran out of memory (the worker's heap limit is ${heapMb} MB); the file was skipped`
            : 'The worker thread parsing this file stopped unexpectedly; the file was skipped'
        )
      }
      worker.on('error', die)
      worker.on('exit', () => die())
      stops.set(worker, replace)
      idle.push(worker)
    }
    // Past its time limit, an input's worker is stopped and replaced: the input gets an error record.
    const arm = (worker: Worker, task: {timer: NodeJS.Timeout | null}) => {
      if (timeoutMs <= 0 || task.timer) return
      task.timer = setTimeout(() => {
        stops.get(worker)?.('ERR_TIMEOUT', `Parsing took longer than the time limit of ${timeoutMs / 1000} s (\`--timeout\`); the file was skipped`)
      }, timeoutMs)
    }
    const pump = () => {
      while (dispatched < inputs.length && dispatched < emitted + window) {
        const input = inputs[dispatched]
        if (input.missing) {
          results.set(dispatched++, missing(input))
          continue
        }
        const worker = idle.pop()
        if (worker) {
          const id = dispatched++
          const task: {id: number; timer: NodeJS.Timeout | null} = {id, timer: null}
          busy.set(worker, task)
          if (ready.has(worker)) arm(worker, task)
          // Bytes (standard input) are copied: the caller keeps its own.
          worker.postMessage({id, path: input.path, bytes: input.bytes, options, shape} satisfies WorkerTask)
        } else if (live.size === 0 && !parsingHere) {
          const id = dispatched++
          parsingHere = true
          here(input).then((outcome) => {
            parsingHere = false
            results.set(id, outcome)
            pump()
          }, fail)
          break
        } else break
      }
      flush()
    }
    const flush = () => {
      while (results.has(next)) {
        const outcome = results.get(next)!
        results.delete(next)
        const input = inputs[next]
        next++
        emitting = emitting
          .then(() => emit(outcome, input))
          .then(() => {
            emitted++
            if (emitted === inputs.length) done()
            else pump()
          }, fail)
      }
    }
    for (let j = 0; j < Math.max(jobs, 1); j++) start()
    if (inputs.length === 0) done()
    else pump()
  }).finally(() => {
    for (const {timer} of busy.values()) if (timer) clearTimeout(timer)
    return Promise.all([...live].map((w) => w.terminate()))
  })
}
