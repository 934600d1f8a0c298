/**
 * Crafted hostile files (a script, not a test: it takes minutes). Each file is parsed alone in a
 * fresh process with a 512 MB heap, which must end within 5 s with a result or a coded error;
 * families that scale are made at 1, 2 and 4 MB, whose time per MB must not grow. Then the CLI
 * reads 20 good files plus each hostile file, with the default jobs and with `--jobs 2`: all 20
 * results, one error record and the summary must come within the time limit plus 10 s.
 * Usage: npm run hostile [-- --quick (no CLI runs)] [-- --only <part of a name>] [-- --sizes 1,4] [-- --keep]
 */
import {spawn} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {families} from './adversarial.js'
import {craftedHostile, craftedHwpHostile, craftedPdf, crafted, craftedHwp, rawPdf, pdfRuns} from '../test/crafted.js'

const root = resolve(new URL('..', import.meta.url).pathname)
const quick = process.argv.includes('--quick')
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null
const seed = readFileSync(join(root, 'fixtures/seed-release/input.txt'))

/** A crafted file: its name (with the extension the CLI sees) and its bytes. */
interface Crafted {
  name: string
  make: () => Uint8Array
  /** Set for files made at several sizes: the size in MB, for the time per MB. */
  mb?: number
}

const text = (value: string) => new TextEncoder().encode(value)
const header = '보도자료\n보도시점 2024. 7. 1.(월) 12:00\n해양 쓰레기 수거 확대\n'
const sizes = process.argv.includes('--sizes') ? process.argv[process.argv.indexOf('--sizes') + 1].split(',').map(Number) : quick ? [1, 2] : [1, 2, 4]
/** A family made at each size: `name.ext` gives `name.1mb.ext` … */
const scaled = (name: string, make: (bytes: number) => Uint8Array): Crafted[] =>
  sizes.map((mb) => ({name: name.replace(/(\.\w+)$/, `.${mb}mb$1`), make: () => make(mb * 1_000_000), mb}))

const files: Crafted[] = [
  {name: 'nested-spans.hwpx', make: () => craftedHostile.nestedSpans()},
  {name: 'empty-cells.hwpx', make: () => craftedHostile.emptyCells()},
  {name: 'empty-paragraphs.hwpx', make: () => craftedHostile.emptyParagraphs()},
  {name: 'spanned-rows.hwpx', make: () => craftedHostile.spannedRows()},
  {name: 'long-run.hwpx', make: () => craftedHostile.longRun()},
  {name: 'cell-address.hwpx', make: () => crafted.cellAddress()},
  {name: 'zip-bomb.hwpx', make: () => crafted.zipBomb(30_000_000)},
  {name: 'long-record.hwp', make: () => craftedHwpHostile.longRecord()},
  {name: 'empty-paragraphs.hwp', make: () => craftedHwpHostile.emptyParagraphs()},
  {name: 'spanned-rows.hwp', make: () => craftedHwpHostile.spannedRows()},
  {name: 'nested-spans.hwp', make: () => craftedHwpHostile.nestedSpans()},
  {name: 'many-cells.hwp', make: () => craftedHwpHostile.manyCells()},
  {name: 'deflate-bomb.hwp', make: () => craftedHwp.deflateBomb(40 * 1024 * 1024)},
  {name: 'baseline-runs.pdf', make: () => craftedPdf.baselineRuns()},
  {name: 'glyphs.pdf', make: () => craftedPdf.glyphs()},
  {name: 'pages.pdf', make: () => craftedPdf.pages()},
  {name: 'operations.pdf', make: () => craftedPdf.operations()},
  {name: 'content-bomb.pdf', make: () => craftedPdf.contentBomb(1024 * 1024 * 1024)},
  {name: 'long-string.pdf', make: () => craftedPdf.longString(60_000_000)},
  {name: 'double-deflate.pdf', make: () => craftedPdf.doubleDeflate(512 * 1024 * 1024)},
  {name: 'rules.pdf', make: () => craftedPdf.rules()},
  ...scaled('stored-text.hwpx', (bytes) => craftedHostile.storedText(bytes)),
  ...scaled('stored-cells.hwpx', (bytes) => craftedHostile.storedCells(bytes)),
  ...scaled('pages-stored.pdf', (bytes) => rawPdf(pdfRuns(40, {per: 20, line: 2}), {pages: Math.floor(bytes / 115)})),
  ...scaled('runs-stored.pdf', (bytes) => rawPdf(pdfRuns(Math.floor(bytes / 12)), {stored: true})),
  ...scaled('delimiter-rows.md', (bytes) => text(header + '|---|---|\n'.repeat(Math.floor(bytes / 10)))),
  ...scaled('blank-lines.txt', (bytes) => text(header + '\n'.repeat(bytes))),
  ...scaled('short-lines.txt', (bytes) => text(header + '가\n'.repeat(Math.floor(bytes / 4)))),
  ...scaled('tab-rows.txt', (bytes) => text(header + '\t\t\t\t\t\t\t\t\t가\n'.repeat(Math.floor(bytes / 13)))),
  ...scaled('nul-text.txt', (bytes) => text(header + '\0가'.repeat(Math.floor(bytes / 4)))),
  ...families.flatMap((family) => scaled(`${family.name.replace(/\W+/g, '-')}.txt`, (bytes) => text(family.make(bytes))))
]

const child = `
import {readFileSync} from 'node:fs'
import v8 from 'node:v8'
const {parseAsync} = await import(${JSON.stringify(join(root, 'dist/index.js'))})
const {VFile} = await import(${JSON.stringify(import.meta.resolve('vfile'))})
const path = process.argv[1]
const bytes = new Uint8Array(readFileSync(path))
const start = performance.now()
let result
try {
  const release = await parseAsync(new VFile({path, value: bytes}))
  result = {ok: true, headline: release.headline}
} catch (error) {
  result = {ok: false, code: error.code ?? null, name: error.name, message: String(error.message).slice(0, 160)}
}
result.ms = performance.now() - start
// The peak resident memory of this process since it started (maxRSS would count the parent's from before exec).
result.rss = Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024
result.heap = v8.getHeapStatistics().total_heap_size / 1048576
console.log(JSON.stringify(result))
`

interface Run {
  code: number | null
  signal: string | null
  stdout: string
  stderr: string
  ms: number
}

function exec(command: string, args: string[], timeoutMs: number): Promise<Run> {
  return new Promise((done) => {
    const start = performance.now()
    const proc = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    proc.stdout.on('data', (d) => (stdout += d))
    proc.stderr.on('data', (d) => (stderr += d))
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs)
    proc.on('close', (code, signal) => {
      clearTimeout(timer)
      done({code, signal, stdout, stderr, ms: performance.now() - start})
    })
  })
}

const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-hostile-'))
const selected = files.filter((f) => !only || f.name.includes(only))
let failures = 0
console.log(`node ${process.version}; each file alone, --max-old-space-size=512, 5 s allowed\n`)
// Peak RSS: the process's high-water mark; heap: V8's heap as the parse left it (it seldom shrinks: about its peak).
console.log(`${'file'.padEnd(44)} ${'size'.padStart(9)} ${'time'.padStart(8)} ${'s/MB'.padStart(6)} ${'peak RSS'.padStart(9)} ${'heap'.padStart(7)}  result`)
const paths = new Map<string, string>()
// Seconds per MB of each family made at several sizes, smallest first.
const perMbOf = new Map<string, number[]>()
for (const file of selected) {
  const bytes = file.make()
  const path = join(dir, file.name)
  writeFileSync(path, bytes)
  paths.set(file.name, path)
  // Allowed 5 s; killed at 60 s so that a stall is seen as one.
  const run = await exec(process.execPath, ['--max-old-space-size=512', '--input-type=module', '-e', child, path], 60_000)
  let result: {ok: boolean; code?: string; message?: string; ms: number; rss: number; heap: number; headline?: string} | null = null
  try {
    result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '')
  } catch {}
  const seconds = run.ms / 1000
  const good = result !== null && (result.ok || typeof result.code === 'string') && seconds < 5
  if (!good) failures++
  const size = bytes.length >= 1e6 ? `${(bytes.length / 1e6).toFixed(2)} MB` : `${(bytes.length / 1e3).toFixed(1)} KB`
  const perMb = file.mb ? (seconds / (bytes.length / 1e6)).toFixed(2) : ''
  if (file.mb) {
    const family = file.name.replace(/\.\d+mb\./, '.')
    perMbOf.set(family, [...(perMbOf.get(family) ?? []), seconds / (bytes.length / 1e6)])
  }
  const what = result
    ? result.ok
      ? `parsed${result.headline ? '' : ' (no headline)'}`
      : `${result.code} ${result.message?.replace(/^Unexpected /, '').slice(0, 70)}`
    : `DIED ${run.signal ?? run.code}: ${run.stderr.split('\n').find((l) => /Error|heap|memory/i.test(l)) ?? ''}`.slice(0, 100)
  console.log(`${good ? ' ' : '!'} ${file.name.padEnd(42)} ${size.padStart(9)} ${seconds.toFixed(2).padStart(7)}s ${perMb.padStart(6)} ${(result ? `${result.rss.toFixed(0)} MB` : '').padStart(9)} ${(result ? `${result.heap.toFixed(0)} MB` : '').padStart(7)}  ${what}`)
}

// Time per MB must not grow with size: at the largest size at most half as much again as at the smallest (a start-up cost makes small files dearer per MB, never cheaper).
const growing = [...perMbOf].filter(([, rates]) => rates.length > 1 && rates[rates.length - 1] > rates[0] * 1.5 && rates[rates.length - 1] > 0.2)
console.log(growing.length ? `\ntime per MB grows with size: ${growing.map(([name, rates]) => `${name} (${rates.map((r) => r.toFixed(2)).join(' → ')} s/MB)`).join(', ')}` : '\ntime per MB flat or falling with size for every family')
failures += growing.length

if (!quick) {
  console.log('\nthe CLI on 20 good files plus one hostile file (default jobs, then --jobs 2)')
  const good = join(dir, 'good')
  mkdirSync(good, {recursive: true})
  for (let i = 0; i < 20; i++) writeFileSync(join(good, `release-${String(i).padStart(2, '0')}.txt`), seed)
  const bin = join(root, 'bin.js')
  const limit = 30
  const hostile = selected.filter((f) => !f.mb || f.mb === sizes[sizes.length - 1])
  for (const file of hostile) {
    for (const jobs of [null, '2']) {
      const batch = join(dir, 'batch')
      rmSync(batch, {recursive: true, force: true})
      mkdirSync(batch)
      // The hostile file sits in the middle of the batch.
      for (let i = 0; i < 20; i++) writeFileSync(join(batch, `release-${String(i).padStart(2, '0')}.txt`), seed)
      writeFileSync(join(batch, `release-09b-${file.name}`), readFileSync(paths.get(file.name)!))
      const out = join(dir, 'out.ndjson')
      rmSync(out, {force: true})
      const run = await exec(process.execPath, [bin, batch, '-o', out, '--no-progress', ...(jobs ? ['--jobs', jobs] : [])], (limit + 60) * 1000)
      let records: Array<{ok: boolean; error?: {code: string}}> = []
      try {
        records = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line))
      } catch {}
      const ok = records.filter((r) => r.ok).length
      const errors = records.filter((r) => !r.ok).map((r) => r.error?.code)
      const summary = /21 files, \d+ parsed, \d+ failed/.test(run.stderr)
      const leftovers = (await exec('sh', ['-c', `ls -a ${JSON.stringify(dir)} | grep -c '\\.tmp$' || true`], 5000)).stdout.trim()
      const pass = ok >= 20 && records.length === 21 && summary && run.ms / 1000 < limit + 10 && leftovers === '0'
      if (!pass) failures++
      console.log(
        `${pass ? ' ' : '!'} ${file.name.padEnd(42)} ${jobs ? '--jobs 2' : 'default '} ${(run.ms / 1000).toFixed(2).padStart(6)} s  ${ok} results, errors: ${errors.join(', ') || 'none'}${summary ? ', summary' : ', NO SUMMARY'}${leftovers === '0' ? '' : ', .tmp LEFT'}`
      )
    }
  }
}

if (!process.argv.includes('--keep')) rmSync(dir, {recursive: true, force: true})
else console.log(`\nfiles kept in ${dir}`)
console.log(failures ? `\n${failures} failed` : '\nall passed')
process.exitCode = failures ? 1 : 0
