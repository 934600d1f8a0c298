/**
 * Benchmarks (a script, not a test): parse() throughput against remark-parse on the same
 * strings, corpus PDF files to the typed object against poppler's `pdftotext` on the same files,
 * peak heap over repeated parsing, pathological inputs and adversarial families per MB, cold
 * start, and the CLI on 2,000 files with --jobs 1 and 2.
 * Usage: npm run bench [-- --quick] [-- --pdf (the PDF line only)]
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {fromText, parse, parseAsync} from '../dist/index.js'
import {families} from './adversarial.js'

const quick = process.argv.includes('--quick')
const root = resolve(new URL('..', import.meta.url).pathname)
const corpusDir = resolve(root, '../shared/corpus/text')
const seed = readFileSync(join(root, 'fixtures/seed-release/input.txt'), 'utf8')
const corpus = existsSync(corpusDir) ? readdirSync(corpusDir).sort().map((f) => readFileSync(join(corpusDir, f), 'utf8')) : []

const bytes = (texts: string[]) => texts.reduce((n, t) => n + Buffer.byteLength(t), 0)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** Run `fn` over `texts` until at least `minMs` have passed; seconds per pass. */
function time(texts: string[], fn: (t: string) => unknown, minMs = quick ? 300 : 1500): number {
  let passes = 0
  const start = performance.now()
  do {
    for (const t of texts) fn(t)
    passes++
  } while (performance.now() - start < minMs)
  return (performance.now() - start) / 1000 / passes
}

function throughput(name: string, texts: string[]) {
  const remark = unified().use(remarkParse)
  const size = bytes(texts)
  // Warm up both until the optimising compiler has seen them: the first second runs at a
  // third of the steady speed, which a batch of thousands of releases never sees.
  time(texts, (t) => parse(t), quick ? 1000 : 3000)
  time(texts, (t) => remark.parse(t), quick ? 1000 : 3000)
  const ours: number[] = []
  const theirs: number[] = []
  for (let round = 0; round < 3; round++) {
    // Each starts from a collected heap, so neither pays for the other's garbage.
    globalThis.gc?.()
    ours.push(time(texts, (t) => parse(t)))
    globalThis.gc?.()
    theirs.push(time(texts, (t) => remark.parse(t)))
  }
  const a = median(ours)
  const b = median(theirs)
  const mb = size / 1e6
  console.log(
    `${name.padEnd(22)} ${(mb / a).toFixed(1).padStart(7)} MB/s ${(texts.length / a).toFixed(0).padStart(7)} releases/s | remark-parse ${(mb / b).toFixed(1).padStart(6)} MB/s | ratio ${(b / a).toFixed(1)}x`
  )
  // Passes taking turns: each parser starts right after the other, with the other's garbage
  // to collect and the processor's caches holding the other's code and data.
  let alternateOurs = 0
  let alternateTheirs = 0
  let turns = 0
  const start = performance.now()
  do {
    turns++
    let at = performance.now()
    for (const t of texts) parse(t)
    alternateOurs += performance.now() - at
    at = performance.now()
    for (const t of texts) remark.parse(t)
    alternateTheirs += performance.now() - at
  } while (performance.now() - start < (quick ? 1000 : 4000))
  console.log(`${''.padEnd(22)} passes taking turns: ${((mb * turns * 1000) / alternateOurs).toFixed(1)} MB/s against ${((mb * turns * 1000) / alternateTheirs).toFixed(1)} MB/s, ratio ${(alternateTheirs / alternateOurs).toFixed(1)}x`)
}

/**
 * PDF files to the typed object (read, parsed, typed) against `pdftotext` turning the same files
 * into text, in the same run, rounds taking turns; skipped without poppler's `pdftotext`.
 */
async function pdfBench(): Promise<void> {
  const pdfDir = resolve(root, '../shared/corpus/original')
  const pdfs = existsSync(pdfDir) ? readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(pdfDir, f)) : []
  let hasPdftotext = false
  try {
    execFileSync('pdftotext', ['-v'], {stdio: 'ignore'})
    hasPdftotext = true
  } catch {}
  if (pdfs.length && hasPdftotext) {
    const data = pdfs.map((path) => new Uint8Array(readFileSync(path)))
    // Load PDF.js and its CMaps once, as a long-running process would have.
    for (const d of data.slice(0, 3)) await parseAsync(d).catch(() => null)
    const ours: number[] = []
    const theirs: number[] = []
    for (let round = 0; round < (quick ? 1 : 3); round++) {
      globalThis.gc?.()
      let start = performance.now()
      for (const d of data) await parseAsync(d).catch(() => null)
      ours.push((performance.now() - start) / 1000)
      start = performance.now()
      for (const path of pdfs) execFileSync('pdftotext', ['-q', path, '-'], {stdio: 'ignore'})
      theirs.push((performance.now() - start) / 1000)
    }
    const a = median(ours)
    const b = median(theirs)
    const mb = data.reduce((n, d) => n + d.length, 0) / 1e6
    console.log(`\ncorpus PDFs (${pdfs.length} files, ${mb.toFixed(1)} MB), median of ${ours.length}`)
    console.log(`parseAsync (PDF to typed object) ${a.toFixed(2).padStart(6)} s ${(pdfs.length / a).toFixed(1).padStart(6)} files/s | pdftotext (PDF to text) ${b.toFixed(2)} s | ratio ${(a / b).toFixed(2)}x`)
  } else console.log('\n(PDF benchmark skipped: needs the corpus PDFs and `pdftotext` from poppler-utils)')
}

console.log(`node ${process.version}, ${quick ? 'quick' : 'full'} run\n`)
if (process.argv.includes('--pdf')) {
  await pdfBench()
  process.exit(0)
}
console.log('parse() (tree + typed object) vs unified().use(remarkParse).parse, median of 3 rounds')
throughput('supplied release', [seed])
if (corpus.length) throughput(`corpus text (${corpus.length})`, corpus)

// What `{sources: true}` costs: the same texts parsed with and without it, rounds taking turns.
{
  const texts = corpus.length ? corpus : [seed]
  const withSources = (t: string) => parse(t, {sources: true})
  time(texts, withSources, quick ? 1000 : 3000)
  const plain: number[] = []
  const sourced: number[] = []
  for (let round = 0; round < 3; round++) {
    globalThis.gc?.()
    plain.push(time(texts, (t) => parse(t)))
    globalThis.gc?.()
    sourced.push(time(texts, withSources))
  }
  const a = median(plain)
  const b = median(sourced)
  console.log(`
parse(x, {sources: true}) on ${corpus.length ? 'the corpus text' : 'the supplied release'}: ${(texts.length / b).toFixed(0)} releases/s against ${(texts.length / a).toFixed(0)} without, ${(b / a).toFixed(2)}x the time`)
}

await pdfBench()

// Peak heap while parsing the corpus 100 times.
if (corpus.length) {
  globalThis.gc?.()
  const base = process.memoryUsage().heapUsed
  let peak = base
  const rounds = quick ? 10 : 100
  for (let r = 0; r < rounds; r++) {
    for (const t of corpus) {
      parse(t)
      const used = process.memoryUsage().heapUsed
      if (used > peak) peak = used
    }
  }
  console.log(`\npeak heap parsing the corpus ${rounds}x: ${((peak - base) / 1e6).toFixed(1)} MB above a ${(base / 1e6).toFixed(1)} MB base (corpus ${(bytes(corpus) / 1e6).toFixed(2)} MB)`)
}

// Memory held by a tree and a typed object, per MB of input (the supplied release x300).
{
  const big = Array.from({length: 300}, () => seed).join('\n')
  globalThis.gc?.()
  const before = process.memoryUsage().heapUsed
  const held = [fromText(big), parse(big)]
  globalThis.gc?.()
  const after = process.memoryUsage().heapUsed
  const mb = Buffer.byteLength(big) / 1e6
  console.log(`held after parsing ${mb.toFixed(2)} MB (tree + typed object): ${((after - before) / 1e6).toFixed(1)} MB, ${((after - before) / 1e6 / mb).toFixed(1)} MB per MB of input${held.length ? '' : ''}`)
}

// Pathological inputs: seconds per MB.
const repeat = (s: string, n: number) => Array.from({length: n}, () => s).join('')
const pathological: Array<[string, string]> = [
  ['2 MB single line', repeat('가나다라 마바사 ', 2_000_000 / 9)],
  ['200,000 short lines', repeat('짧은 줄\n', 200_000)],
  ['2 MB of tabs', repeat('\t', 2_000_000)],
  ['supplied release x300', repeat(seed + '\n', 300)],
  ['1 MB of open quotes', repeat('“', 1_000_000)],
  ['100,000 contact rows', '담당 부서\t기획과\t책임자\t과장\t홍길동\t(044-202-1234)\n' + repeat('\t\t담당자\t사무관\t김철수\t(044-202-1235)\n', 100_000)]
]
console.log('\npathological inputs (one parse each)')
for (const [name, text] of pathological) {
  const start = performance.now()
  parse(text)
  const seconds = (performance.now() - start) / 1000
  const mb = Buffer.byteLength(text) / 1e6
  console.log(`${name.padEnd(24)} ${mb.toFixed(2).padStart(6)} MB ${seconds.toFixed(3).padStart(7)} s ${(seconds / mb).toFixed(3).padStart(7)} s/MB`)
}

// Adversarial families (repeated labels, times, 붙임 lines, table tags, bullets, nesting): seconds per MB.
console.log(`\nadversarial families, ${quick ? '0.25' : '1'} MB each (one parse each)`)
for (const family of families) {
  const text = family.make(quick ? 250_000 : 1_000_000)
  const start = performance.now()
  parse(text)
  const seconds = (performance.now() - start) / 1000
  const mb = Buffer.byteLength(text) / 1e6
  console.log(`${family.name.padEnd(28)} ${mb.toFixed(2).padStart(6)} MB ${seconds.toFixed(3).padStart(7)} s ${(seconds / mb).toFixed(3).padStart(7)} s/MB`)
}

// Cold start: fresh processes, alternating, that (a) load the package and parse the supplied
// release once, and (b) load unified + remark-parse and parse the same text once.
{
  const text = JSON.stringify(seed)
  const from = (name: string) => JSON.stringify(import.meta.resolve(name))
  const scripts = {
    bodojaryo: `const t = performance.now(); const {parse} = await import(${JSON.stringify(join(root, 'dist/index.js'))}); parse(${text}); console.log(performance.now() - t)`,
    remark: `const t = performance.now(); const [{unified}, {default: remarkParse}] = await Promise.all([import(${from('unified')}), import(${from('remark-parse')})]); unified().use(remarkParse).parse(${text}); console.log(performance.now() - t)`
  }
  const runs = {bodojaryo: [] as number[], remark: [] as number[]}
  for (let i = 0; i < (quick ? 5 : 15); i++) {
    for (const name of ['bodojaryo', 'remark'] as const) runs[name].push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', scripts[name]], {encoding: 'utf8'})))
  }
  console.log(`\ncold start (a fresh process loads the library and parses the supplied release), median of ${runs.bodojaryo.length}, alternating`)
  console.log(`bodojaryo parse             ${median(runs.bodojaryo).toFixed(1).padStart(7)} ms`)
  console.log(`unified + remark-parse      ${median(runs.remark).toFixed(1).padStart(7)} ms`)
}

// The CLI on 2,000 files.
const bin = join(root, 'bin.js')
if (corpus.length && existsSync(join(root, 'dist/cli.js'))) {
  const dir = mkdtempSync(join(tmpdir(), 'bodojaryo-bench-'))
  const count = quick ? 400 : 2000
  for (let i = 0; i < count; i++) {
    const sub = join(dir, String(i % 20))
    mkdirSync(sub, {recursive: true})
    writeFileSync(join(sub, `${i}.txt`), corpus[i % corpus.length])
  }
  console.log(`\nCLI on ${count} files (${(bytes(Array.from({length: count}, (_, i) => corpus[i % corpus.length])) / 1e6).toFixed(1)} MB)`)
  for (const jobs of [1, 2]) {
    const start = performance.now()
    execFileSync(process.execPath, [bin, dir, '--jobs', String(jobs), '--silent'], {stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30})
    const seconds = (performance.now() - start) / 1000
    console.log(`--jobs ${jobs}: ${seconds.toFixed(2)} s, ${(count / seconds).toFixed(0)} files/s`)
  }
  rmSync(dir, {recursive: true, force: true})
} else console.log('\n(CLI benchmark skipped: needs the corpus and a build, `npm run build`)')
