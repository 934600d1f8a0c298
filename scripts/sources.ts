/**
 * Measure `sources` on the corpus beside the project (`../shared/corpus`, or `BODOJARYO_CORPUS`):
 * per form, the share of the typed object's non-null string values that have an entry in
 * `sources` (coverage), and the share of those whose source text holds the value (white space
 * removed; a phone: its digits; a date or time: the span prints that day or time). For the
 * original documents, the share of entries with a page and a box (PDF) or a section and a
 * paragraph (HWPX, HWP).
 *
 * Usage: npx tsx scripts/sources.ts [-- --forms text,lines,markdown] [-- --misses N]
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {parseAsync} from '../src/index.js'
import {measureSources, type Measure} from '../test/sources-measure.js'

const corpus = resolve(process.env.BODOJARYO_CORPUS ?? '../shared/corpus')
const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const forms = (option('--forms') ?? 'text,lines,markdown,pdftext,kordoc-hwpx,kordoc-pdf,original-hwpx,original-pdf').split(',')
const showMisses = Number(option('--misses') ?? 0)

if (!existsSync(join(corpus, 'gold'))) {
  console.log(`No corpus at ${corpus}: nothing to measure.`)
  process.exit(0)
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(2) + '%' : '—').padStart(8)
const total: Measure = {strings: 0, covered: 0, holds: 0, located: 0, misses: [], uncovered: []}
console.log('form'.padEnd(14), 'files', 'strings'.padStart(8), 'covered'.padStart(8), 'holds'.padStart(8), 'located'.padStart(8))
for (const form of forms) {
  const original = form.startsWith('original-')
  const dir = join(corpus, original ? 'original' : form)
  if (!existsSync(dir)) continue
  const want = original ? '.' + form.slice('original-'.length) : ''
  const files = readdirSync(dir).filter((f) => f.endsWith(want) && !f.startsWith('.')).sort()
  const sum: Measure = {strings: 0, covered: 0, holds: 0, located: 0, misses: [], uncovered: []}
  let count = 0
  for (const name of files) {
    const bytes = new Uint8Array(readFileSync(join(dir, name)))
    let text: string
    let release
    try {
      const {VFile} = await import('vfile')
      const file = new VFile({path: name, value: original ? bytes : new TextDecoder().decode(bytes)})
      release = await parseAsync(file, {sources: true})
      text = String(file.value)
    } catch {
      continue
    }
    count++
    const m = measureSources(release, text, original ? (form === 'original-pdf' ? 'pdf' : 'document') : null)
    sum.strings += m.strings
    sum.covered += m.covered
    sum.holds += m.holds
    sum.located += m.located
    for (const miss of m.misses) sum.misses.push(`${form}/${name} ${miss}`)
    for (const miss of m.uncovered) sum.uncovered.push(`${form}/${name} ${miss}`)
  }
  if (!original) {
    total.strings += sum.strings
    total.covered += sum.covered
    total.holds += sum.holds
  }
  console.log(form.padEnd(14), String(count).padStart(5), String(sum.strings).padStart(8), pct(sum.covered, sum.strings), pct(sum.holds, sum.covered), original ? pct(sum.located, sum.covered) : '')
  if (showMisses) {
    for (const miss of sum.uncovered.slice(0, showMisses)) console.log('  no source:', miss)
    for (const miss of sum.misses.slice(0, showMisses)) console.log('  not held: ', miss)
  }
}
console.log('all text'.padEnd(14), '     ', String(total.strings).padStart(8), pct(total.covered, total.strings), pct(total.holds, total.covered))
