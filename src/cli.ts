import {existsSync, mkdirSync, statSync, writeFileSync, readFileSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {glob, isDynamicPattern} from 'tinyglobby'
import {markdownFor, maxJobs, outcomeOf, processBytesAsync, runBatch, walkFolder, type BatchOptions, type Outcome, type OutputShape} from './lib/batch.js'
import {toMarkdown} from './to-markdown.js'
import type {PressRelease} from './press-release.js'

/** Streams and facts the CLI works with; `process`'s by default. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & {isTTY?: boolean}
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & {isTTY?: boolean; columns?: number}
  /** Folder that relative paths start from (default: `process.cwd()`). */
  cwd?: string
}

export const helpText = `Usage: bodojaryo [options] [path | folder | glob ...]

Parse Korean government press releases (보도자료) into JSON.
Folders are read recursively; with no paths, one release is read from stdin.
One input prints its JSON; several print NDJSON, one record per input, in order:
  {"path", "ok": true, "data", "messages"} or {"path", "ok": false, "error": {"code", "message"}}

Options:
  -o, --output <dir>     write one file per input into <dir>, mirroring the folders
  -F, --format <format>  json | ndjson | tree | markdown (default: json for one input, ndjson for several)
      --tree             same as --format tree
  -e, --encoding <name>  force the encoding (utf-8, cp949, euc-kr, utf-16le …); default: detect per file
  -j, --jobs <n>         parse with <n> worker threads (default: the number of cores less one; 1: no workers)
  -q, --quiet            report only warnings and errors
  -S, --silent           report only errors
  -f, --frail            exit with 1 when there are warnings
      --no-progress      never draw the progress bar
  -h, --help             print this help
  -v, --version          print the version

Diagnostics go to stderr as \`path:line:column: reason  rule-id\`, then a summary line.
Exit status: 0 all inputs parsed, 1 an input was refused or failed (or warnings with --frail), 2 bad usage.

Examples:
  bodojaryo release.txt
  bodojaryo releases/ > releases.ndjson
  bodojaryo 'releases/**/*.txt' -o parsed/
  bodojaryo --format markdown < release.txt
`

const formats = ['json', 'ndjson', 'tree', 'markdown'] as const
type Format = (typeof formats)[number]

interface Input {
  path: string
  /** Folder the output path is made relative to (for `-o`). */
  base: string
  /** Set when the input could not be found. */
  missing?: boolean
}

/**
 * Run the command line. Resolves to the exit code; never calls `process.exit`.
 */
export async function cli(argv: string[], io: CliIo = {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr}): Promise<number> {
  const cwd = io.cwd ?? process.cwd()
  let args
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: {type: 'string', short: 'o'},
        format: {type: 'string', short: 'F'},
        tree: {type: 'boolean'},
        encoding: {type: 'string', short: 'e'},
        jobs: {type: 'string', short: 'j'},
        quiet: {type: 'boolean', short: 'q'},
        silent: {type: 'boolean', short: 'S'},
        frail: {type: 'boolean', short: 'f'},
        progress: {type: 'boolean', default: true},
        'no-progress': {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    return usage(io, (error as Error).message)
  }
  const {values, positionals} = args
  if (values.help) {
    await write(io.stdout, helpText)
    return 0
  }
  if (values.version) {
    await write(io.stdout, version() + '\n')
    return 0
  }
  let format: Format | undefined
  if (values.format !== undefined) {
    if (!(formats as readonly string[]).includes(values.format)) return usage(io, `Unknown format \`${values.format}\`, expected one of ${formats.join(', ')}`)
    format = values.format as Format
  }
  if (values.tree) format = 'tree'
  // The main thread reads the files and writes the output: workers take the other cores. On
  // two cores one thread alone is faster than two workers and a thread that waits on them.
  let jobs = Math.max(1, availableParallelism() - 1)
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 1) return usage(io, `Expected \`--jobs\` to be a whole number of 1 or more, not \`${values.jobs}\``)
    if (jobs > maxJobs()) {
      await write(io.stderr, `bodojaryo: \`--jobs ${jobs}\` is more than four per core; using ${maxJobs()}\n`)
      jobs = maxJobs()
    }
  }
  const level = values.silent ? 2 : values.quiet ? 1 : 0
  const showProgress = values.progress !== false && !values['no-progress'] && Boolean(io.stderr.isTTY)
  const started = performance.now()
  const stats = {files: 0, parsed: 0, failed: 0, warnings: 0}

  // stdin: one release.
  if (positionals.length === 0) {
    if (io.stdin.isTTY) return usage(io, 'No input: give paths, or pipe a release into stdin')
    const bytes = await readAll(io.stdin)
    const options: BatchOptions = {encoding: values.encoding, format: format === 'tree' ? 'tree' : 'json'}
    const shape: OutputShape = format === 'markdown' ? 'markdown' : format === 'ndjson' ? 'ndjson' : 'json'
    const outcome = outcomeOf(await processBytesAsync('<stdin>', bytes, options, markdownFor(shape)), shape)
    stats.files = 1
    await report(io, outcome, level, stats)
    if (outcome.text !== null) await write(io.stdout, outcome.text)
    if (level < 2) await write(io.stderr, summary(stats, started))
    return exitCode(stats, values.frail)
  }

  const inputs = await expand(positionals, cwd)
  const single = inputs.length === 1 && !inputs[0].missing && !statSync(inputs[0].path).isDirectory() && !isDynamicPattern(positionals[0])
  const out = values.output ? resolve(cwd, values.output) : null
  const chosen: Format = format ?? (single ? 'json' : 'ndjson')
  const options: BatchOptions = {encoding: values.encoding, format: chosen === 'tree' ? 'tree' : 'json'}
  const progress = showProgress && inputs.length > 1 ? new Progress(io.stderr, inputs.length) : null

  // What each input writes: pretty JSON (or Markdown) for one input or a folder of files under
  // -o, NDJSON records for several on stdout.
  const shape: OutputShape = out ? (chosen === 'markdown' ? 'markdown' : 'json') : single && chosen !== 'ndjson' ? (chosen === 'markdown' ? 'markdown' : 'json') : 'ndjson'
  // The summary is printed whatever happens to the batch.
  let failure: unknown = null
  await runBatch(inputs, options, shape, Math.min(jobs, Math.max(1, inputs.length)), workerLocation(), async (outcome, input) => {
    stats.files++
    progress?.clear()
    await report(io, outcome, level, stats)
    if (out) {
      if (outcome.ok && outcome.text !== null) {
        const target = join(out, relative(input.base, input.path)).replace(/\.[^./\\]*$/, '') + (chosen === 'markdown' ? '.md' : '.json')
        mkdirSync(dirname(target), {recursive: true})
        writeFileSync(target, outcome.text)
      }
    } else if (outcome.text !== null) await write(io.stdout, outcome.text)
    progress?.tick()
  }).catch((error: unknown) => {
    failure = error
  })
  progress?.clear()
  if (level < 2) await write(io.stderr, summary(stats, started))
  if (failure) throw failure
  return exitCode(stats, values.frail)
}

function exitCode(stats: {failed: number; warnings: number}, frail: boolean | undefined): number {
  return stats.failed > 0 || (frail && stats.warnings > 0) ? 1 : 0
}

async function usage(io: CliIo, reason: string): Promise<number> {
  await write(io.stderr, `bodojaryo: ${reason}\n\n${helpText}`)
  return 2
}

function version(): string {
  for (const candidate of ['../package.json', '../../package.json']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url))
    if (existsSync(path)) {
      const pkg = JSON.parse(readFileSync(path, 'utf8'))
      if (pkg.name === 'bodojaryo') return pkg.version
    }
  }
  return '0.0.0'
}

/** Report a record's diagnostics (and failure) on stderr; count them. */
async function report(io: CliIo, record: Pick<Outcome, 'path' | 'ok' | 'error' | 'messages'>, level: number, stats: {parsed: number; failed: number; warnings: number}): Promise<void> {
  if (!record.ok) {
    stats.failed++
    await write(io.stderr, `${record.path}: ${record.error!.message}  ${record.error!.code}\n`)
    return
  }
  stats.parsed++
  let lines = ''
  for (const m of record.messages) {
    if (m.severity === 'warning') stats.warnings++
    const rank = m.severity === 'error' ? 2 : m.severity === 'warning' ? 1 : 0
    if (rank < level) continue
    lines += `${record.path}:${m.line ?? 1}:${m.column ?? 1}: ${m.reason}  ${m.ruleId ?? ''}\n`
  }
  if (lines) await write(io.stderr, lines)
}

function summary(stats: {files: number; parsed: number; failed: number; warnings: number}, started: number): string {
  const seconds = (performance.now() - started) / 1000
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  return `${plural(stats.files, 'file')}, ${stats.parsed} parsed, ${stats.failed} failed, ${plural(stats.warnings, 'warning')}, ${seconds.toFixed(2)} s\n`
}

/** Expand paths, folders (recursively, sorted) and globs into inputs, in order. */
async function expand(patterns: string[], cwd: string): Promise<Input[]> {
  const inputs: Input[] = []
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const found = await glob(pattern, {cwd, onlyFiles: true, absolute: true, expandDirectories: false})
      const base = resolve(cwd, globBase(pattern))
      for (const path of found.sort()) inputs.push({path, base})
      continue
    }
    const path = resolve(cwd, pattern)
    let stat
    try {
      stat = statSync(path)
    } catch {
      inputs.push({path: pattern, base: cwd, missing: true})
      continue
    }
    if (stat.isDirectory()) for (const file of walkFolder(path)) inputs.push({path: file, base: path})
    else inputs.push({path: pattern === path ? path : pattern, base: dirname(path)})
  }
  return inputs
}

function globBase(pattern: string): string {
  const parts = pattern.split('/')
  const fixed: string[] = []
  for (const part of parts) {
    if (isDynamicPattern(part)) break
    fixed.push(part)
  }
  return fixed.join('/') || '.'
}

/** The worker script: next to this module when built; from `dist/` when running from source. */
function workerLocation(): URL | null {
  const here = new URL('./worker.js', import.meta.url)
  if (!import.meta.url.endsWith('.ts') && existsSync(fileURLToPath(here))) return here
  const built = new URL('../dist/worker.js', import.meta.url)
  return existsSync(fileURLToPath(built)) ? built : null
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return new Uint8Array(Buffer.concat(chunks))
}

function write(stream: NodeJS.WritableStream, value: string): Promise<void> {
  return new Promise((done) => {
    if (stream.write(value)) done()
    else stream.once('drain', () => done())
  })
}

/** A progress bar on a TTY: done/total, rate, ETA; redrawn at most ten times a second. */
class Progress {
  private done = 0
  private last = 0
  private readonly started = performance.now()
  constructor(
    private readonly stream: CliIo['stderr'],
    private readonly total: number
  ) {}

  tick(): void {
    this.done++
    const now = performance.now()
    if (now - this.last < 100 && this.done < this.total) return
    this.last = now
    const seconds = (now - this.started) / 1000
    const rate = this.done / Math.max(seconds, 0.001)
    const eta = (this.total - this.done) / Math.max(rate, 0.001)
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 50))
    const filled = Math.round((this.done / this.total) * width)
    this.stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} ${rate.toFixed(1)}/s ETA ${eta.toFixed(0)}s`)
  }

  clear(): void {
    if (this.last > 0) this.stream.write('\r\u001b[K')
  }
}

