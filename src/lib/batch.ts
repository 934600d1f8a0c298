import {readFileSync} from 'node:fs'
import iconv from 'iconv-lite'
import {VFile} from 'vfile'
import {fromText} from '../from-text.js'
import {readBytes} from '../read-bytes.js'
import type {PressRelease} from '../press-release.js'
import {toMarkdown} from '../to-markdown.js'
import {parse} from '../parse.js'
import type {ErrorCode} from '../errors.js'
import type {RuleId} from '../messages.js'

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
  try {
    let text: string | Uint8Array = bytes
    if (options.encoding) {
      if (!iconv.encodingExists(options.encoding)) {
        return {path, ok: false, error: {code: 'ERR_UNKNOWN_ENCODING', message: `Unknown encoding \`${options.encoding}\``}}
      }
      text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), options.encoding).replace(/^\ufeff/, '')
    }
    const file = new VFile({path})
    let data: unknown
    if (options.format === 'tree') {
      const read = typeof text === 'string' ? null : readBytes(text)
      const value = read ? read.value : (text as string)
      file.value = value
      data = fromText(value, {file, format: read && read.format !== 'text' ? 'text' : undefined})
      if (read && read.format !== 'text') (data as {data?: unknown}).data = {source: {format: read.format, lines: read.lines}}
    } else {
      file.value = text
      data = parse(file)
    }
    // A file with no text is no press release: an error record, not an empty object.
    if (isBlank(file.value)) return {path, ok: false, error: {code: 'ERR_EMPTY_INPUT' satisfies ErrorCode, message: 'Unexpected empty input: the file holds no text'}}
    if (render) data = render(data)
    const messages: BatchMessage[] = file.messages.map((m) => ({
      ruleId: (m.ruleId as RuleId | undefined) ?? null,
      severity: m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info',
      line: m.line ?? null,
      column: m.column ?? null,
      reason: m.reason
    }))
    return {path, ok: true, data, messages}
  } catch (error) {
    const e = error as Error & {code?: string}
    return {path, ok: false, error: {code: typeof e.code === 'string' ? e.code : 'ERR_PARSE', message: e.message}}
  }
}

function isBlank(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() === '' : value instanceof Uint8Array && value.length === 0
}

/** Read and parse one file; a read error becomes an error record. */
export function processFile(path: string, options: BatchOptions, render?: (data: unknown) => unknown): BatchRecord {
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(readFileSync(path))
  } catch (error) {
    const e = error as Error & {code?: string}
    return {path, ok: false, error: {code: e.code ?? 'ERR_READ', message: e.message}}
  }
  return processBytes(path, bytes, options, render)
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
export function processOutcome(path: string, options: BatchOptions, shape: OutputShape): Outcome {
  return outcomeOf(processFile(path, options, markdownFor(shape)), shape)
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
