import {randomBytes} from 'node:crypto'
import {closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {basename, dirname, extname, isAbsolute, join, relative, resolve, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {glob, isDynamicPattern} from 'tinyglobby'
import {defaultTimeoutSeconds, maxJobs, runBatch, uniqueFiles, walkFolder, type BatchOptions, type Outcome, type OutputShape} from './lib/batch.js'

/** Streams and facts the CLI works with; `process`'s by default. */
export interface CliIo {
  stdin: NodeJS.ReadableStream & {isTTY?: boolean}
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream & {isTTY?: boolean; columns?: number}
  /** Folder that relative paths start from (default: `process.cwd()`). */
  cwd?: string
}

export const helpText = `Usage: bodojaryo [options] [path | folder | glob ...]
       bodojaryo check [options] [path | folder | glob ...]

Parse Korean government press releases (보도자료) into JSON.
Folders are read recursively; with no paths, one release is read from stdin.
One file (or stdin) prints its JSON; several files, a folder or a glob print NDJSON,
one record per input, in order, however many files they hold:
  {"path", "ok": true, "data", "messages"} or {"path", "ok": false, "error": {"code", "message"}}

Options:
  -o, --output <path>    write to <path> instead of stdout: a file ending in .json, .ndjson or .md
                         gets the whole output; any other path is a folder that gets one file per
                         input, named after it with its extension kept (a.txt -> a.txt.json)
  -F, --format <format>  json | ndjson | tree | markdown (default: json for one file,
                         ndjson for several; json for several is one array of records)
      --tree             same as --format tree
  -e, --encoding <name>  force the encoding (utf-8, cp949, euc-kr, utf-16le …); default: detect per file
  -j, --jobs <n>         parse with <n> worker threads (default: the number of cores less one, at least 1)
      --timeout <s>      give up on a file after <s> seconds, with an error record (default 30; 0: no limit)
      --verbose          report info diagnostics too (what was inferred or not understood)
  -q, --quiet            report only inputs with warnings or errors, and no summary when there are none
  -S, --silent           report only errors (refused inputs), and no summary
  -f, --frail            exit with 1 when there are warnings
      --no-progress      never draw the progress bar
      --schema           print the JSON Schema of the typed object
  -h, --help             print this help
  -v, --version          print the version

Warnings and errors go to stderr as \`path:line:column: reason  rule-id\`, then a summary line.
Exit status: 0 all inputs parsed, 1 an input was refused, empty or failed (or warnings with --frail),
2 bad usage (also: a pattern or folder with no files, two inputs that would write one output file).

Examples:
  bodojaryo release.txt
  bodojaryo releases/ > releases.ndjson
  bodojaryo releases/ -o releases.json
  bodojaryo 'releases/**/*.txt' -o parsed/
  bodojaryo --format markdown < release.txt
  bodojaryo check --frail releases/
`

export const checkHelpText = `Usage: bodojaryo check [options] [path | folder | glob ...]

Check press releases for what an editor would correct: a weekday that is not its date's,
an embargo before the distribution, an edition on another day, a contact without a number,
a number that is no Korean one, a person printed twice, an attachment listed but not printed,
a subtitle that repeats the headline. Reads what the main command reads (text, Markdown,
.hwpx, .hwp, .pdf; folders and globs; stdin with no paths) and writes nothing but the report.

Options:
  -f, --frail            exit with 1 when a warning is found
      --verbose          report info diagnostics too (what was inferred or not understood)
  -q, --quiet            report only inputs with warnings or errors, and no summary when there are none
  -e, --encoding <name>  force the encoding (utf-8, cp949, euc-kr, utf-16le …); default: detect per file
  -j, --jobs <n>         parse with <n> worker threads (default: the number of cores less one, at least 1)
      --timeout <s>      give up on a file after <s> seconds (default 30; 0: no limit)
  -h, --help             print this help

Each diagnostic is a line on stdout: \`path:line:column-line:column  severity  reason  rule-id\`
(the span of the value it concerns), then a summary line on stderr.
Exit status: 0 no warnings (or no --frail), 1 warnings with --frail, or an input refused or failed,
2 bad usage.
`

const formats = ['json', 'ndjson', 'tree', 'markdown'] as const
type Format = (typeof formats)[number]

interface Input {
  /** The path the file is read from. */
  path: string
  /** The path as the user gave it (a folder's file under the folder as named), when it differs. */
  shown?: string
  /** Folder the output path is made relative to (for `-o`). */
  base: string
  /** Set when the input could not be found. */
  missing?: boolean
  /** Set when the input was named as one file (not found through a folder or glob). */
  single?: boolean
}

/** Where the output goes: stdout, one file for the whole run, or a folder with a file per input. */
type Destination = {kind: 'stdout'} | {kind: 'file'; path: string} | {kind: 'folder'; path: string}

/** The extensions that make `-o` one file, and the format each implies. */
const fileFormats: Record<string, Format> = {'.json': 'json', '.ndjson': 'ndjson', '.md': 'markdown'}

/**
 * Run the command line. Resolves to the exit code; never calls \`process.exit\`.
 */
export function cli(argv: string[], io: CliIo = {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr}): Promise<number> {
  return cleaningUp(() => run(argv, io))
}

async function run(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'check') return check(argv.slice(1), io)
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
        verbose: {type: 'boolean'},
        timeout: {type: 'string'},
        quiet: {type: 'boolean', short: 'q'},
        silent: {type: 'boolean', short: 'S'},
        frail: {type: 'boolean', short: 'f'},
        progress: {type: 'boolean', default: true},
        'no-progress': {type: 'boolean'},
        schema: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    const {reason, hint} = argumentError(error as Error & {code?: string}, argv)
    return usage(io, reason, hint)
  }
  const {values, positionals} = args
  // A reader that goes away (\`| head -1\`) ends the run quietly: nothing more is written.
  const stdout = guard(io.stdout)
  if (values.help) {
    await stdout.write(helpText)
    return 0
  }
  if (values.version) {
    await stdout.write(version() + '\n')
    return 0
  }
  if (values.schema) {
    await stdout.write(readFileSync(packageFile('schema.json'), 'utf8'))
    return 0
  }
  let format: Format | undefined
  if (values.format !== undefined) {
    if (!(formats as readonly string[]).includes(values.format)) return usage(io, `Unknown format \`${values.format}\`, expected one of ${formats.join(', ')}`)
    format = values.format as Format
  }
  if (values.tree) format = 'tree'
  const workers = await readWorkers(values, io)
  if (typeof workers === 'string') return usage(io, workers)
  const {jobs, timeoutMs} = workers
  let destination: Destination = {kind: 'stdout'}
  if (values.output !== undefined) {
    const path = resolve(cwd, values.output)
    const implied = fileFormats[extname(path).toLowerCase()]
    const isFolder = existsSync(path) && statSync(path).isDirectory()
    if (!isFolder && implied) {
      if (format !== undefined && format !== implied && !(format === 'tree' && implied === 'json')) {
        return usage(io, `\`--format ${format}\` does not fit the output file \`${values.output}\``)
      }
      format ??= implied
      destination = {kind: 'file', path}
    } else if (!isFolder && existsSync(path)) {
      return usage(io, `Output \`${values.output}\` is a file: give a folder, or a file ending in .json, .ndjson or .md`)
    } else destination = {kind: 'folder', path}
  }
  // What is reported: 0 info too (--verbose), 1 warnings and errors, 2 errors alone (--silent).
  const level = values.silent ? 2 : values.quiet || !values.verbose ? 1 : 0
  // The summary: always, but --quiet keeps it for runs with warnings or failures, --silent never prints it.
  const summarise = () => !values.silent && (!values.quiet || stats.failed > 0 || stats.warnings > 0)
  const showProgress = values.progress !== false && !values['no-progress'] && Boolean(io.stderr.isTTY)
  const started = performance.now()
  const stats = {files: 0, parsed: 0, failed: 0, warnings: 0}

  // stdin: one release.
  if (positionals.length === 0) {
    if (io.stdin.isTTY) return usage(io, 'No input: give paths, or pipe a release into stdin')
    if (destination.kind === 'folder') return usage(io, 'Standard input has no name to write under a folder: give `-o` a file ending in .json, .ndjson or .md')
    const bytes = await readAll(io.stdin)
    const chosen = format ?? 'json'
    const shape = singleShape(chosen)
    const options: BatchOptions = {encoding: values.encoding, format: chosen === 'tree' ? 'tree' : 'json'}
    // Parsed in a worker too, under the same limits as a file.
    const outcomes: Outcome[] = []
    await runBatch([{path: '<stdin>', bytes}], options, shape, 1, workerLocation(), async (result) => {
      outcomes.push(result)
    }, {timeoutMs})
    const outcome = outcomes[0]
    stats.files = 1
    await report(io, outcome, level, stats)
    const sink = destination.kind === 'file' ? openFile(destination.path) : stdout
    if (outcome.text !== null) await sink.write(outcome.text)
    await sink.end(outcome.text !== null)
    if (summarise()) await write(io.stderr, summary(stats, started))
    return exitCode(stats, values.frail)
  }

  const found = await expand(positionals, cwd)
  if (!Array.isArray(found)) return usage(io, found.reason, found.hint)
  // What this run writes is no input of it: a folder or glob skips the outputs of an earlier run.
  const written = destination.kind === 'stdout' ? null : destination.path
  const inputs = written ? found.filter((input) => input.single || !isWithin(resolve(cwd, input.path), written)) : found
  if (inputs.length === 0) return usage(io, `No files to read besides the output \`${values.output}\``)
  // The shape follows what was asked for, never how many files a folder or glob held: one
  // path naming a file is one result; anything else is a list of records.
  const single = positionals.length === 1 && inputs.length === 1 && inputs[0].single === true
  const chosen: Format = format ?? (single || destination.kind === 'folder' ? 'json' : 'ndjson')
  const options: BatchOptions = {encoding: values.encoding, format: chosen === 'tree' ? 'tree' : 'json'}
  const progress = showProgress && inputs.length > 1 ? new Progress(io.stderr, inputs.length) : null

  // The summary is printed whatever happens to the batch.
  let failure: unknown = null
  const keep = (error: unknown) => {
    if (error !== stopped) failure = error
  }
  const order = new Map(inputs.map((input, index) => [input, index]))
  if (destination.kind === 'folder') {
    const out = destination.path
    const extension = chosen === 'markdown' ? '.md' : chosen === 'ndjson' ? '.ndjson' : '.json'
    const targets = inputs.map((input) => join(out, relative(input.base, resolve(cwd, input.path))) + extension)
    const clash = firstClash(targets)
    if (clash) return usage(io, `Inputs \`${inputs[clash[0]].path}\` and \`${inputs[clash[1]].path}\` would both write \`${relative(cwd, targets[clash[0]])}\``)
    const shape = singleShape(chosen)
    await runBatch(inputs, options, shape, Math.min(jobs, Math.max(1, inputs.length)), workerLocation(), async (result, input) => {
      const index = order.get(input)!
      // A folder under the output that is a symbolic link is never written through.
      const unsafe = result.text !== null ? linkOnTheWay(out, targets[index]) : null
      const outcome: Outcome = asGiven(
        unsafe
          ? {...result, ok: false, messages: [], text: null, error: {code: 'ERR_UNSAFE_OUTPUT', message: `Output folder \`${relative(cwd, unsafe)}\` is a symbolic link or no folder; nothing is written through it`}}
          : result,
        input
      )
      stats.files++
      progress?.clear()
      await report(io, outcome, level, stats)
      if (outcome.text !== null) writeAtomic(targets[index], outcome.text)
      progress?.tick()
    }, {timeoutMs}).catch(keep)
  } else {
    // Several inputs as JSON are one array of records; as Markdown, documents one after another.
    const list = !single && (chosen === 'json' || chosen === 'tree')
    const shape: OutputShape = single ? singleShape(chosen) : chosen === 'markdown' ? 'markdown' : 'ndjson'
    const sink = destination.kind === 'file' ? openFile(destination.path) : stdout
    let count = 0
    if (list) await sink.write('[')
    await runBatch(inputs, options, shape, Math.min(jobs, Math.max(1, inputs.length)), workerLocation(), async (read, input) => {
      const outcome = asGiven(read, input)
      // A reader that went away ends the batch: nothing more is parsed.
      if (sink.closed) throw stopped
      stats.files++
      progress?.clear()
      await report(io, outcome, level, stats)
      if (outcome.text !== null && !sink.closed) {
        if (list) await sink.write((count ? ',\n' : '\n') + outcome.text.slice(0, -1))
        else if (!single && shape === 'markdown') await sink.write(`${count ? '\n' : ''}<!-- ${outcome.path} -->\n\n${outcome.text}`)
        else await sink.write(outcome.text)
        count++
      }
      progress?.tick()
    }, {timeoutMs}).catch(keep)
    if (list) await sink.write(count ? '\n]\n' : ']\n')
    await sink.end(!single || count > 0)
  }
  progress?.clear()
  if (summarise()) await write(io.stderr, summary(stats, started))
  if (failure) throw failure
  if (stdout.failure) {
    await write(io.stderr, `bodojaryo: cannot write the output: ${stdout.failure.message}\n`)
    return 1
  }
  return exitCode(stats, values.frail)
}

/**
 * `bodojaryo check`: parse each input and print its diagnostics, one a line, each with the span
 * of the value it concerns (remark-cli's report, one line per message with its file).
 */
async function check(argv: string[], io: CliIo): Promise<number> {
  const cwd = io.cwd ?? process.cwd()
  let args
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        frail: {type: 'boolean', short: 'f'},
        verbose: {type: 'boolean'},
        quiet: {type: 'boolean', short: 'q'},
        encoding: {type: 'string', short: 'e'},
        jobs: {type: 'string', short: 'j'},
        timeout: {type: 'string'},
        help: {type: 'boolean', short: 'h'}
      }
    })
  } catch (error) {
    const {reason, hint} = argumentError(error as Error & {code?: string}, argv, checkOptionNames)
    return usage(io, reason, hint.replace('`bodojaryo --help`', '`bodojaryo check --help`'))
  }
  const {values, positionals} = args
  const stdout = guard(io.stdout)
  if (values.help) {
    await stdout.write(checkHelpText)
    return 0
  }
  const workers = await readWorkers(values, io)
  if (typeof workers === 'string') return usage(io, workers)
  const {jobs, timeoutMs} = workers
  const started = performance.now()
  const stats = {files: 0, parsed: 0, failed: 0, warnings: 0, infos: 0}
  const options: BatchOptions = {encoding: values.encoding, format: 'json'}
  const level = values.verbose ? 0 : 1
  let inputs: Array<Input | {path: string; bytes: Uint8Array}>
  if (positionals.length === 0) {
    if (io.stdin.isTTY) return usage(io, 'No input: give paths, or pipe a release into stdin', 'run `bodojaryo check --help` for the options')
    inputs = [{path: '<stdin>', bytes: await readAll(io.stdin)}]
  } else {
    const found = await expand(positionals, cwd)
    if (!Array.isArray(found)) return usage(io, found.reason, found.hint)
    inputs = found
  }
  await runBatch(inputs, options, 'none', Math.min(jobs, Math.max(1, inputs.length)), workerLocation(), async (outcome, input) => {
    const path = 'shown' in input && input.shown !== undefined ? input.shown : outcome.path
    stats.files++
    if (!outcome.ok) {
      stats.failed++
      await stdout.write(`${path}  error  ${outcome.error!.message}  ${outcome.error!.code}\n`)
      return
    }
    stats.parsed++
    let lines = ''
    for (const m of outcome.messages) {
      const rank = m.severity === 'error' ? 2 : m.severity === 'warning' ? 1 : 0
      if (rank === 1) stats.warnings++
      if (rank === 0) stats.infos++
      if (rank < level) continue
      lines += `${path}:${placeOf(m)}  ${m.severity}  ${m.reason}  ${m.ruleId ?? ''}\n`
    }
    if (lines) await stdout.write(lines)
  }, {timeoutMs})
  if (!values.quiet || stats.warnings > 0 || stats.failed > 0) {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
    const seconds = (performance.now() - started) / 1000
    await write(io.stderr, `${plural(stats.files, 'file')}, ${stats.failed} failed, ${plural(stats.warnings, 'warning')}, ${stats.infos} info, ${seconds.toFixed(2)} s\n`)
  }
  if (stdout.failure) return 1
  return stats.failed > 0 || (values.frail && stats.warnings > 0) ? 1 : 0
}

/**
 * The worker threads and the time limit a file is given, from `--jobs` and `--timeout`; the reason
 * when either is no number it can take. Every file is parsed in a worker thread (one that stalls
 * or dies costs its file, never the run); this thread writes the output. On two cores one worker
 * is faster than two.
 */
async function readWorkers(values: {jobs?: string; timeout?: string}, io: CliIo): Promise<{jobs: number; timeoutMs: number} | string> {
  let jobs = Math.max(1, availableParallelism() - 1)
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 1) return `Expected \`--jobs\` to be a whole number of 1 or more, not \`${values.jobs}\``
    if (jobs > maxJobs()) {
      await write(io.stderr, `bodojaryo: \`--jobs ${jobs}\` is more than four per core; using ${maxJobs()}\n`)
      jobs = maxJobs()
    }
  }
  let timeoutMs = defaultTimeoutSeconds * 1000
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout)
    if (values.timeout.trim() === '' || !Number.isFinite(seconds) || seconds < 0) return `Expected \`--timeout\` to be a number of seconds of 0 or more, not \`${values.timeout}\``
    timeoutMs = Math.ceil(seconds * 1000)
  }
  return {jobs, timeoutMs}
}

/** Where a diagnostic is, as remark-cli writes it: `line:column-line:column`, or `line:column`, or `1:1` for the whole input. */
function placeOf(m: {line: number | null; column: number | null; endLine: number | null; endColumn: number | null}): string {
  const start = `${m.line ?? 1}:${m.column ?? 1}`
  return m.endLine !== null && m.endColumn !== null ? `${start}-${m.endLine}:${m.endColumn}` : start
}

const checkOptionNames = ['--frail', '--verbose', '--quiet', '--encoding', '--jobs', '--timeout', '--help']

/**
 * Make the folders from `out` down to `target`'s, one at a time: the first on the way that is a
 * symbolic link (or no folder) is returned, and nothing below it is made; null when all are
 * plain folders.
 */
function linkOnTheWay(out: string, target: string): string | null {
  mkdirSync(out, {recursive: true})
  let folder = out
  for (const part of relative(out, dirname(target)).split(sep)) {
    if (!part) continue
    folder = join(folder, part)
    let stat
    try {
      stat = lstatSync(folder)
    } catch {
      mkdirSync(folder)
      continue
    }
    if (stat.isSymbolicLink() || !stat.isDirectory()) return folder
  }
  return null
}

function isWithin(path: string, outputPath: string): boolean {
  return path === outputPath || path.startsWith(outputPath + sep)
}

/** Thrown from a batch's emit to end it when the reader of stdout has gone. */
const stopped = Symbol('stopped')

/** How one input's own result is written: pretty JSON (data or tree), an NDJSON record or Markdown. */
function singleShape(format: Format): OutputShape {
  return format === 'markdown' ? 'markdown' : format === 'ndjson' ? 'ndjson' : 'json'
}

/** The indexes of the first two targets that are one file, or null. */
function firstClash(targets: string[]): [number, number] | null {
  const seen = new Map<string, number>()
  for (let i = 0; i < targets.length; i++) {
    // Case-insensitive file systems (macOS, Windows) make \`A.txt.json\` and \`a.txt.json\` one file.
    const key = targets[i].normalize('NFC').toLowerCase()
    const before = seen.get(key)
    if (before !== undefined) return [before, i]
    seen.set(key, i)
  }
  return null
}

/** A stream that stops taking writes once its reader has gone (EPIPE), without an error. */
interface Sink {
  write(value: string): Promise<void>
  /** Finish: a file is moved into place when \`keep\` (else its temporary file is removed). */
  end(keep: boolean): Promise<void>
  readonly closed: boolean
}

function guard(stream: NodeJS.WritableStream): Sink & {failure: Error | null} {
  let closed = false
  let failure: Error | null = null
  stream.on('error', (error: Error & {code?: string}) => {
    closed = true
    // A reader that went away is no failure; a disk that is full is.
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') failure = error
  })
  return {
    get closed() {
      return closed
    },
    get failure() {
      return failure
    },
    write: (value) => (closed ? Promise.resolve() : write(stream, value, () => closed)),
    end: () => Promise.resolve()
  }
}

/** One output file, written under a temporary name and renamed when complete. */
function openFile(path: string): Sink {
  mkdirSync(dirname(path), {recursive: true})
  const temporary = temporaryName(path)
  const fd = openSync(temporary, 'w')
  let open = true
  const close = () => {
    if (open) closeSync(fd)
    open = false
  }
  return {
    closed: false,
    write: async (value) => {
      writeSync(fd, value)
    },
    end: async (keep) => {
      close()
      if (keep) renameSync(temporary, path)
      else rmSync(temporary, {force: true})
      temporaries.delete(temporary)
    }
  }
}

/** Write a whole file so that no reader ever sees it half-written: a temporary file, then a rename. */
function writeAtomic(path: string, value: string): void {
  const temporary = temporaryName(path)
  try {
    writeFileSync(temporary, value)
    renameSync(temporary, path)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  } finally {
    temporaries.delete(temporary)
  }
}

/** Temporary files being written, removed when the run fails or is interrupted. */
const temporaries = new Set<string>()

function temporaryName(path: string): string {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`)
  temporaries.add(temporary)
  return temporary
}

function removeTemporaries(): void {
  for (const path of temporaries) rmSync(path, {force: true})
  temporaries.clear()
}

/** Run with the temporary files removed if the run fails, and on an interrupt before the process ends as the signal asks. */
async function cleaningUp<T>(work: () => Promise<T>): Promise<T> {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']
  const detach = () => {
    for (const signal of signals) process.off(signal, interrupted)
  }
  function interrupted(signal: NodeJS.Signals): void {
    removeTemporaries()
    detach()
    process.kill(process.pid, signal)
  }
  for (const signal of signals) process.on(signal, interrupted)
  try {
    return await work()
  } catch (error) {
    removeTemporaries()
    throw error
  } finally {
    detach()
  }
}

function exitCode(stats: {failed: number; warnings: number}, frail: boolean | undefined): number {
  return stats.failed > 0 || (frail && stats.warnings > 0) ? 1 : 0
}

/** A usage error: one line, with a hint, on stderr; exit status 2. */
async function usage(io: CliIo, reason: string, hint = help): Promise<number> {
  await write(io.stderr, `bodojaryo: ${reason}; ${hint}\n`)
  return 2
}

/** The options, long and short, for the messages about arguments. */
const optionNames = ['--output', '--format', '--tree', '--encoding', '--jobs', '--verbose', '--quiet', '--silent', '--frail', '--progress', '--no-progress', '--schema', '--help', '--version']

const help = 'run `bodojaryo --help` for the options'

/** What \`parseArgs\` refused, in words of this command (its own message speaks of JavaScript). */
function argumentError(error: Error & {code?: string}, argv: string[], names: string[] = optionNames): {reason: string; hint: string} {
  const quoted = /'(-[^']*)'/.exec(error.message)?.[1]
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) {
    const equals = quoted.indexOf('=')
    const near = closest(equals < 0 ? quoted : quoted.slice(0, equals), names)
    return {reason: `Unknown option \`${quoted}\``, hint: near ? `did you mean \`${near}\`? (${help})` : help}
  }
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = /--[a-z-]+/.exec(error.message)?.[0] ?? quoted ?? 'an option'
    return {reason: /argument missing/.test(error.message) ? `Option \`${option}\` needs a value` : `Option \`${option}\` takes no value`, hint: help}
  }
  return {reason: `Cannot read the arguments \`${argv.join(' ')}\``, hint: help}
}

/** The option nearest a mistyped one (at most two edits away), or null. */
function closest(option: string, names: string[]): string | null {
  let best: string | null = null
  let distance = 3
  for (const name of names) {
    const d = editDistance(option, name)
    if (d < distance) [best, distance] = [name, d]
  }
  return best
}

function editDistance(a: string, b: string): number {
  let row = Array.from({length: b.length + 1}, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]
}

/**
 * An outcome under the path as the user gave it (a folder's files under the folder as named, a
 * glob's files relative to the working folder), not the absolute path the file was read from.
 */
function asGiven(outcome: Outcome, input: Input): Outcome {
  const shown = input.shown
  if (shown === undefined || shown === outcome.path) return outcome
  // An NDJSON record starts with its path: `{"path":…`.
  const prefix = `{"path":${JSON.stringify(outcome.path)}`
  const text = outcome.text?.startsWith(prefix) ? `{"path":${JSON.stringify(shown)}` + outcome.text.slice(prefix.length) : outcome.text
  return {...outcome, path: shown, text}
}

function version(): string {
  return JSON.parse(readFileSync(packageFile('package.json'), 'utf8')).version
}

/** A file at the package's root: one folder up from \`dist/cli.js\` and from \`src/cli.ts\`. */
function packageFile(name: string): string {
  return fileURLToPath(new URL(`../${name}`, import.meta.url))
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

/**
 * Expand paths, folders (recursively, sorted) and globs into inputs, in order; a glob or
 * folder that gives no file is a usage error (its message is returned).
 */
async function expand(patterns: string[], cwd: string): Promise<Input[] | {reason: string; hint: string}> {
  const inputs: Input[] = []
  for (const pattern of patterns) {
    const path = resolve(cwd, pattern)
    let stat
    try {
      stat = statSync(path)
    } catch {
      stat = null
    }
    // A name that exists is taken as is, even when it looks like a glob (\`[붙임] 개요.txt\`).
    if (!stat && isDynamicPattern(pattern)) {
      const found = await glob(pattern, {cwd, onlyFiles: true, absolute: true, expandDirectories: false})
      if (found.length === 0) return {reason: `No files match \`${pattern}\``, hint: `check the pattern (it is matched from ${cwd})`}
      const base = resolve(cwd, globBase(pattern))
      // Shown as the shell would list them: relative to the working folder, unless the pattern is absolute.
      for (const file of uniqueFiles(found.sort())) inputs.push({path: file, base, shown: isAbsolute(pattern) ? file : relative(cwd, file)})
      continue
    }
    if (!stat) inputs.push({path: pattern, base: cwd, missing: true, single: true})
    else if (stat.isDirectory()) {
      const files = walkFolder(path)
      if (files.length === 0) return {reason: `No files in folder \`${pattern}\``, hint: 'hidden files (named with a leading dot) are not read'}
      for (const file of files) inputs.push({path: file, base: path, shown: join(pattern, relative(path, file))})
    } else inputs.push({path, base: dirname(path), single: true, shown: pattern})
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

/** Write and wait for the stream to take more; a stream that closes meanwhile ends the wait. */
function write(stream: NodeJS.WritableStream, value: string, closed: () => boolean = () => false): Promise<void> {
  return new Promise((done) => {
    if (stream.write(value)) return done()
    const finish = () => {
      stream.off('drain', finish)
      stream.off('close', finish)
      stream.off('error', finish)
      done()
    }
    if (closed()) return done()
    stream.once('drain', finish)
    stream.once('close', finish)
    stream.once('error', finish)
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

