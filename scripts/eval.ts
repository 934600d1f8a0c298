/**
 * Score `parseAsync()` on the corpus beside the project (`../shared/corpus`), with the corpus's own
 * scoring, per field and per form; list every miss and write a JSON report.
 *
 * Usage: npm run eval [-- --forms text,lines] [-- --out eval-report.json] [-- --misses]
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import * as lib from '../src/index.js'

const corpus = resolve(process.env.BODOJARYO_CORPUS ?? '../shared/corpus')
const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const forms = (option('--forms') ?? 'text,lines,pdftext,markdown,kordoc-hwpx,kordoc-pdf,original,original-pdf').split(',')
const out = option('--out') ?? 'eval-report.json'
const showMisses = args.includes('--misses')

if (!existsSync(join(corpus, 'score.mjs'))) {
  console.log(`No corpus at ${corpus}: nothing to evaluate.`)
  process.exit(0)
}

const {scoreCorpus, scoreOne, FIELDS} = await import(pathToFileURL(join(corpus, 'score.mjs')).href)
const result = await scoreCorpus(lib, corpus, forms)

// Details of each miss: expected and got, per field.
const misses: Array<{id: string; form: string; field: string; expected: unknown; got: unknown}> = []
const ids = readdirSync(join(corpus, 'gold')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort()
for (const form of forms) {
  // As the scorer reads them: `original` is the .hwpx (or .hwp) file, `original-pdf` the .pdf beside it.
  const dir = join(corpus, form === 'original-pdf' ? 'original' : form)
  if (!existsSync(dir)) continue
  const want = form === 'original' ? '.hwpx' : form === 'original-pdf' ? '.pdf' : ''
  for (const id of ids) {
    const file = readdirSync(dir).find((f) => f.startsWith(id + '.') && f.endsWith(want))
    if (!file) continue
    // A PDF that holds only the appendix pages has no pdftext form and is not the release.
    if (form === 'original-pdf' && !existsSync(join(corpus, 'pdftext', id + '.txt'))) continue
    const raw = readFileSync(join(dir, file))
    // Originals are scored as bytes, and only when they are real ZIP packages (as the scorer does).
    if (form === 'original' && !(raw[0] === 0x50 && raw[1] === 0x4b)) continue
    const gold = JSON.parse(readFileSync(join(corpus, 'gold', id + '.json'), 'utf8'))
    let release: lib.PressRelease | null = null
    try {
      release = await lib.parseAsync(form.startsWith('original') ? new Uint8Array(raw) : raw.toString('utf8'))
    } catch {}
    const {res} = scoreOne(gold, release)
    for (const field of FIELDS as string[]) {
      const v = typeof res[field] === 'number' ? res[field] : res[field] ? 1 : 0
      if (v >= 1) continue
      const pick = (r: any) => {
        if (!r) return null
        if (field === 'departments') return r.contacts?.map((c: any) => `${c.name}: ${c.department}`)
        if (field === 'contacts') return r.contacts?.map((c: any) => [c.group, c.role, c.title, c.name, c.phone, c.email].join('|'))
        if (field === 'appendices') return r.appendices?.map((a: any) => `${a.label}: ${a.title}`)
        if (field === 'embargo' && r.embargo) {
          const {immediate, date, time, edition, condition} = r.embargo
          return {immediate, date, time, edition, condition}
        }
        if (field === 'distribution' && r.distribution) return {date: r.distribution.date, time: r.distribution.time}
        return r[field]
      }
      misses.push({id, form, field, expected: pick(gold), got: pick(release)})
    }
  }
}

const pct = (v: number) => (v * 100).toFixed(1).padStart(6)
console.log(`corpus: ${corpus}`)
console.log(`${'form'.padEnd(10)} ${'n'.padStart(3)} ${(FIELDS as string[]).map((f) => f.slice(0, 8).padStart(8)).join(' ')}  overall`)
for (const form of forms) {
  const p = result.perForm[form]
  if (!p || !p.n) continue
  const overall = (FIELDS as string[]).reduce((s, f) => s + p[f], 0) / FIELDS.length
  console.log(`${form.padEnd(10)} ${String(p.n).padStart(3)} ${(FIELDS as string[]).map((f) => pct(p[f]).padStart(8)).join(' ')}  ${pct(overall)}`)
}
console.log(`${'all'.padEnd(10)} ${String(result.n).padStart(3)} ${(FIELDS as string[]).map((f) => pct(result.fields[f]).padStart(8)).join(' ')}  ${pct(result.overall)}`)
console.log(`crashes: ${result.crashes}, misses: ${misses.length}`)
if (showMisses) for (const m of misses) console.log(`${m.id} ${m.form} ${m.field}\n  expected: ${JSON.stringify(m.expected)}\n  got:      ${JSON.stringify(m.got)}`)
writeFileSync(out, JSON.stringify({corpus, forms, ...result, misses}, null, 2) + '\n')
console.log(`report: ${out}`)
