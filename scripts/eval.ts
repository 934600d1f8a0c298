/**
 * Score `parseAsync()` on the corpus beside the project (`../shared/corpus`), with the corpus's own
 * scoring, per field and per form; list every miss and write a JSON report.
 *
 * What the release says (publisher, quoted passages, speakers' names, time-table rows) is scored
 * apart with the corpus's `scoreBody` and printed in a second table, per form.
 *
 * Two rows are not corpus forms: `variants` scores the layout variants of every `text` release
 * (`scripts/variants.ts`; `variants:<name>` rows break it down by transformation) against that
 * release's gold, and `extra` scores the releases in `<corpus>/extra` against the gold in
 * `test/gold/extra/<id>.json` (nothing when that folder is absent).
 *
 * Usage: npm run eval [-- --forms text,lines,variants,extra] [-- --out eval-report.json] [-- --misses]
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import * as lib from '../src/index.js'
import {toLines, toMarkdown, variantNames, variants} from './variants.js'
import {contactLayouts, layoutNames} from './contact-layouts.js'

const corpus = resolve(process.env.BODOJARYO_CORPUS ?? '../shared/corpus')
const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const forms = (option('--forms') ?? 'text,lines,pdftext,markdown,kordoc-hwpx,kordoc-pdf,original,original-pdf,variants,layouts,extra').split(',')
const out = option('--out') ?? 'eval-report.json'
const showMisses = args.includes('--misses')

if (!existsSync(join(corpus, 'score.mjs'))) {
  console.log(`No corpus at ${corpus}: nothing to evaluate.`)
  process.exit(0)
}

const {scoreCorpus, scoreOne, scoreBody, FIELDS, BODY_FIELDS} = await import(pathToFileURL(join(corpus, 'score.mjs')).href)
const ownForms = new Set(['variants', 'layouts', 'extra'])
const result = await scoreCorpus(lib, corpus, forms.filter((f) => !ownForms.has(f)))

// Details of each miss: expected and got, per field.
const misses: Array<{id: string; form: string; field: string; expected: unknown; got: unknown}> = []
const ids = readdirSync(join(corpus, 'gold')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort()
for (const form of forms) {
  if (ownForms.has(form)) continue
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
    addMisses(id, form, gold, release)
  }
}

/** The releases of a row that is not a corpus form: its documents and their gold. */
function* ownCases(form: string): Generator<{id: string; row: string; gold: any; text: string}> {
  if (form === 'variants') {
    for (const id of ids) {
      const file = join(corpus, 'text', id + '.txt')
      if (!existsSync(file)) continue
      const gold = JSON.parse(readFileSync(join(corpus, 'gold', id + '.json'), 'utf8'))
      for (const v of variants(readFileSync(file, 'utf8'), id)) {
        yield {id, row: `variants:${v.name}`, gold, text: v.text}
        yield {id, row: `variants-lines:${v.name}`, gold, text: toLines(v.text)}
        yield {id, row: `variants-markdown:${v.name}`, gold, text: toMarkdown(v.text)}
      }
    }
  } else if (form === 'layouts') {
    for (const id of ids) {
      const file = join(corpus, 'text', id + '.txt')
      if (!existsSync(file)) continue
      const gold = JSON.parse(readFileSync(join(corpus, 'gold', id + '.json'), 'utf8'))
      for (const l of contactLayouts(readFileSync(file, 'utf8'), id, gold.contacts)) {
        // What the re-printed contacts read as is the gold of the layout.
        const own = {...gold, contacts: l.contacts}
        yield {id, row: `layouts:${l.name}`, gold: own, text: l.text}
        yield {id, row: `layouts-lines:${l.name}`, gold: own, text: toLines(l.text)}
        yield {id, row: `layouts-markdown:${l.name}`, gold: own, text: toMarkdown(l.text)}
      }
    }
  } else if (form === 'extra') {
    const goldDir = resolve('test/gold/extra')
    if (!existsSync(goldDir)) return
    for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
      const id = file.slice(0, -5)
      const doc = [join(corpus, 'extra', id + '.md'), join(corpus, 'extra', `kordoc-${id}.md`)].find((f) => existsSync(f))
      if (!doc) continue
      yield {id, row: 'extra', gold: JSON.parse(readFileSync(join(goldDir, file), 'utf8')), text: readFileSync(doc, 'utf8')}
    }
  }
}

// Rows that are not corpus forms are scored here, with the same `scoreOne` and `scoreBody`.
type Totals = {n: number} & Record<string, number>
const ownRows = new Map<string, Totals>()
/** Body fields per own row: sum and count of the releases scored for each. */
const ownBody = new Map<string, Record<string, [number, number]>>()
const count = (row: string, res: Record<string, unknown>, body: Record<string, number>) => {
  const t = ownRows.get(row) ?? ({n: 0, ...Object.fromEntries((FIELDS as string[]).map((f) => [f, 0]))} as Totals)
  t.n++
  for (const f of FIELDS as string[]) t[f] += typeof res[f] === 'number' ? (res[f] as number) : res[f] ? 1 : 0
  ownRows.set(row, t)
  const b = ownBody.get(row) ?? Object.fromEntries((BODY_FIELDS as string[]).map((f) => [f, [0, 0] as [number, number]]))
  for (const [f, v] of Object.entries(body)) {
    b[f][0] += v
    b[f][1]++
  }
  ownBody.set(row, b)
}
for (const form of forms.filter((f) => ownForms.has(f))) {
  const rowNames = form === 'variants' ? variantNames : form === 'layouts' ? layoutNames : []
  if (rowNames.length) {
    for (const row of [form, `${form}-lines`, `${form}-markdown`]) {
      ownRows.set(row, {n: 0, ...Object.fromEntries((FIELDS as string[]).map((f) => [f, 0]))} as Totals)
      for (const name of rowNames) ownRows.set(`${row}:${name}`, {n: 0, ...Object.fromEntries((FIELDS as string[]).map((f) => [f, 0]))} as Totals)
    }
  }
  for (const c of ownCases(form)) {
    let release: lib.PressRelease | null = null
    try {
      release = await lib.parseAsync(c.text)
    } catch {}
    const {res} = scoreOne(c.gold, release)
    const body = scoreBody(c.gold, release)
    // Each variant is scored in the text form (`variants`), the lines form (`variants-lines`) and as Markdown (`variants-markdown`).
    const base = c.row.split(':')[0]
    count(base, res, body)
    if (c.row !== base) count(c.row, res, body)
    addMisses(c.id, c.row, c.gold, release)
  }
}

/** Every list under `key` anywhere in the object, as the scorer collects them. */
function collect(value: unknown, key: string, out: any[] = []): any[] {
  if (!value || typeof value !== 'object') return out
  if (Array.isArray(value)) {
    for (const v of value) collect(v, key, out)
    return out
  }
  for (const [k, v] of Object.entries(value)) {
    if (k === key && Array.isArray(v)) out.push(...v)
    else collect(v, key, out)
  }
  return out
}

function addMisses(id: string, form: string, gold: any, release: lib.PressRelease | null): void {
    for (const [field, v] of Object.entries(scoreBody(gold, release) as Record<string, number>)) {
      if (v >= 1) continue
      const pick = (r: any) => {
        if (!r) return null
        if (field === 'publisher') return r.publisher ?? r.issuers
        if (field === 'quotes' || field === 'speakers') return collect(r, 'quotes').map((q: any) => `${q.name}: ${(q.passages ?? q.text ?? []).map((p: string) => p.slice(0, 24)).join(' / ')}`)
        return collect(r, 'schedule').map((x: any) => `${x.start}~${x.end} ${x.item}`)
      }
      misses.push({id, form, field, expected: pick(gold), got: pick(release)})
    }
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

const w = 36
const pct = (v: number) => (v * 100).toFixed(1).padStart(6)
console.log(`corpus: ${corpus}`)
console.log(`${'form'.padEnd(w)} ${'n'.padStart(3)} ${(FIELDS as string[]).map((f) => f.slice(0, 8).padStart(8)).join(' ')}  overall`)
for (const form of forms) {
  const p = result.perForm[form]
  if (!p || !p.n) continue
  const overall = (FIELDS as string[]).reduce((s, f) => s + p[f], 0) / FIELDS.length
  console.log(`${form.padEnd(w)} ${String(p.n).padStart(3)} ${(FIELDS as string[]).map((f) => pct(p[f]).padStart(8)).join(' ')}  ${pct(overall)}`)
}
if (result.n) console.log(`${'all'.padEnd(w)} ${String(result.n).padStart(3)} ${(FIELDS as string[]).map((f) => pct(result.fields[f]).padStart(8)).join(' ')}  ${pct(result.overall)}`)
const perOwn: Record<string, Record<string, number>> = {}
for (const [row, t] of ownRows) {
  if (!t.n) continue
  const p = Object.fromEntries((FIELDS as string[]).map((f) => [f, t[f] / t.n]))
  const overall = (FIELDS as string[]).reduce((s, f) => s + p[f], 0) / FIELDS.length
  perOwn[row] = {n: t.n, ...p, overall}
  console.log(`${row.padEnd(w)} ${String(t.n).padStart(3)} ${(FIELDS as string[]).map((f) => pct(p[f]).padStart(8)).join(' ')}  ${pct(overall)}`)
}
// What the release says: the mean over the releases whose gold has the field (quotes and time-tables: that print one or get one).
const bodyFields = BODY_FIELDS as string[]
console.log(`\n${'what the release says'.padEnd(w)} ${bodyFields.map((f) => f.padStart(10)).join(' ')}`)
for (const form of forms) {
  const b = result.perForm[form]?.body
  if (!b || !Object.keys(b).length) continue
  console.log(`${form.padEnd(w)} ${bodyFields.map((f) => (b[f] === undefined ? '-' : pct(b[f])).padStart(10)).join(' ')}`)
}
if (result.body && Object.keys(result.body).length) console.log(`${'all'.padEnd(w)} ${bodyFields.map((f) => (result.body[f] === undefined ? '-' : pct(result.body[f])).padStart(10)).join(' ')}`)
const perOwnBody: Record<string, Record<string, number>> = {}
for (const [row, b] of ownBody) {
  const scored = bodyFields.filter((f) => b[f][1] > 0)
  if (!scored.length) continue
  perOwnBody[row] = Object.fromEntries(scored.map((f) => [f, b[f][0] / b[f][1]]))
  console.log(`${row.padEnd(w)} ${bodyFields.map((f) => (b[f][1] ? pct(b[f][0] / b[f][1]) : '-').padStart(10)).join(' ')}`)
}
console.log(`crashes: ${result.crashes}, misses: ${misses.length}`)
if (showMisses) for (const m of misses) console.log(`${m.id} ${m.form} ${m.field}\n  expected: ${JSON.stringify(m.expected)}\n  got:      ${JSON.stringify(m.got)}`)
writeFileSync(out, JSON.stringify({corpus, forms, ...result, own: perOwn, ownBody: perOwnBody, misses}, null, 2) + '\n')
console.log(`report: ${out}`)
