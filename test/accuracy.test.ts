/**
 * Accuracy gate: every labelled release in every form, scored field by field with the corpus's
 * own `score.mjs` (the eight header fields of `scoreOne`, and what the release says, `scoreBody`:
 * publisher, quoted passages, speakers' names, time-table rows), must score at least what
 * `test/accuracy-baseline.json` records. A body field a case no longer scores is one with nothing
 * to get wrong (no quotation printed or found), and counts as no drop. A field that
 * drops fails the test with its set, form, release and field named; improvements pass, and
 * `UPDATE=1 npx vitest run test/accuracy.test.ts` rewrites the baseline (review its diff).
 *
 * A scored set is a function that lists cases (form, id, gold, input). To add one, write such a
 * function and put it in `sets` below; its cases are keyed `form/id` in the baseline. A set of
 * text releases rewritten by a function `rewrite` (same gold) is:
 *
 *   const variants = () => corpusSet().filter((c) => c.form === 'text').map((c) => ({...c, form: 'variants', input: () => rewrite(c.input() as string)}))
 */
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import * as lib from '../src/index.js'
import {toLines, toMarkdown, variants} from '../scripts/variants.js'
import {contactLayouts} from '../scripts/contact-layouts.js'
import {corpusPath, hasCorpus} from './corpus-folder.js'

const project = fileURLToPath(new URL('..', import.meta.url))
const corpus = corpusPath()
const baselinePath = join(project, 'test', 'accuracy-baseline.json')
const present = hasCorpus('score.mjs')

type Gold = Record<string, unknown>
type Values = Record<string, number>

interface Case {
  /** The form the input is in (a corpus folder, `original`, `original-pdf`, or the set's name). */
  form: string
  id: string
  gold: Gold
  /** The document as `parse` receives it: text, or the bytes of an original. */
  input: () => string | Uint8Array
}

const readJson = (path: string): Gold => JSON.parse(readFileSync(path, 'utf8')) as Gold
const ids = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -5))
        .sort()
    : []

/** The forms `npm run eval` scores, selected as `score.mjs`'s `scoreCorpus` selects them. */
const corpusForms = ['text', 'lines', 'pdftext', 'markdown', 'kordoc-hwpx', 'kordoc-pdf', 'original', 'original-pdf']

/** The corpus releases with gold labels, in every form present. */
function corpusSet(): Case[] {
  const cases: Case[] = []
  for (const form of corpusForms) {
    const dir = join(corpus, form === 'original-pdf' ? 'original' : form)
    if (!existsSync(dir)) continue
    const files = readdirSync(dir)
    const want = form === 'original' ? '.hwpx' : form === 'original-pdf' ? '.pdf' : ''
    for (const id of ids(join(corpus, 'gold'))) {
      const file = files.find((f) => f.startsWith(id + '.') && f.endsWith(want))
      if (!file) continue
      // A PDF that holds only the appendix pages has no pdftext form and is not the release.
      if (form === 'original-pdf' && !existsSync(join(corpus, 'pdftext', id + '.txt'))) continue
      const raw = readFileSync(join(dir, file))
      // A `.hwpx` that is not a ZIP (an HWP 5 file, an HTML error page) is not scored.
      if (form === 'original' && !(raw[0] === 0x50 && raw[1] === 0x4b)) continue
      const bytes = form.startsWith('original')
      cases.push({form, id, gold: readJson(join(corpus, 'gold', id + '.json')), input: () => (bytes ? new Uint8Array(raw) : raw.toString('utf8'))})
    }
  }
  return cases
}

/** More releases labelled in the project (`test/gold/extra/<id>.json`), documents in `<corpus>/extra/`. */
function extraSet(): Case[] {
  const goldDir = join(project, 'test', 'gold', 'extra')
  const dir = join(corpus, 'extra')
  const files = existsSync(dir) ? readdirSync(dir) : []
  const cases: Case[] = []
  for (const id of ids(goldDir)) {
    const file = files.find((f) => f === id + '.md') ?? files.find((f) => f.endsWith('-' + id + '.md'))
    if (!file) throw new Error(`No document for extra/${id} in ${dir}`)
    cases.push({form: 'extra', id, gold: readJson(join(goldDir, id + '.json')), input: () => readFileSync(join(dir, file), 'utf8')})
  }
  return cases
}

/**
 * The layout variants of every `text` release (`scripts/variants.ts`: the same release printed
 * the way other years and issuers print it, so its gold applies), as text, in the lines form and
 * as converter Markdown; keyed `variants/<id>:<transformation>` and so on.
 */
function variantsSet(): Case[] {
  const cases: Case[] = []
  for (const c of corpusSet().filter((c) => c.form === 'text')) {
    for (const v of variants(c.input() as string, c.id)) {
      cases.push({form: 'variants', id: `${c.id}:${v.name}`, gold: c.gold, input: () => v.text})
      cases.push({form: 'variants-lines', id: `${c.id}:${v.name}`, gold: c.gold, input: () => toLines(v.text)})
      cases.push({form: 'variants-markdown', id: `${c.id}:${v.name}`, gold: c.gold, input: () => toMarkdown(v.text)})
    }
  }
  return cases
}

/**
 * The contact table of every `text` release printed again in other layouts
 * (`scripts/contact-layouts.ts`), scored against the contacts each layout reads as; keyed
 * `layouts/<id>:contacts:<layout>` and so on.
 */
function layoutsSet(): Case[] {
  const cases: Case[] = []
  for (const c of corpusSet().filter((c) => c.form === 'text')) {
    for (const l of contactLayouts(c.input() as string, c.id, (c.gold as {contacts: Parameters<typeof contactLayouts>[2]}).contacts)) {
      const gold = {...c.gold, contacts: l.contacts}
      cases.push({form: 'layouts', id: `${c.id}:${l.name}`, gold, input: () => l.text})
      cases.push({form: 'layouts-lines', id: `${c.id}:${l.name}`, gold, input: () => toLines(l.text)})
      cases.push({form: 'layouts-markdown', id: `${c.id}:${l.name}`, gold, input: () => toMarkdown(l.text)})
    }
  }
  return cases
}

const sets: Array<() => Case[]> = [corpusSet, extraSet, variantsSet, layoutsSet]

/** Parse as `score.mjs` does: `parseAsync` where the library has it, a refusal with a code as no result. */
async function run(input: string | Uint8Array): Promise<{release: unknown; crash: string | null}> {
  const parseAsync = (lib as Record<string, unknown>).parseAsync as ((value: string | Uint8Array) => Promise<unknown>) | undefined
  try {
    return {release: parseAsync ? await parseAsync(input) : lib.parse(input), crash: null}
  } catch (error) {
    if (error && typeof error === 'object' && 'code' in error && error.code) return {release: null, crash: null}
    return {release: null, crash: String((error as Error)?.message ?? error)}
  }
}

/** One line per release and form, keys sorted: a change shows as a one-line diff. */
function serialise(results: Map<string, Values>): string {
  const keys = [...results.keys()].sort()
  return '{\n' + keys.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(results.get(k))}`).join(',\n') + '\n}\n'
}

const round = (v: number) => Math.round(v * 1000) / 1000

describe.skipIf(!present)(`accuracy against the baseline (${corpus})`, () => {
  it('scores no field of any release and form below the baseline', async () => {
    const {scoreOne, scoreBody, FIELDS, BODY_FIELDS} = (await import(pathToFileURL(join(corpus, 'score.mjs')).href)) as {
      scoreOne: (gold: Gold, release: unknown) => {res: Record<string, number | boolean>}
      scoreBody: (gold: Gold, release: unknown) => Record<string, number>
      FIELDS: string[]
      BODY_FIELDS: string[]
    }
    const results = new Map<string, Values>()
    const crashes: string[] = []
    for (const set of sets) {
      for (const c of set()) {
        const {release, crash} = await run(c.input())
        if (crash) crashes.push(`${c.form}/${c.id}: threw ${crash}`)
        const {res} = scoreOne(c.gold, release)
        const body = scoreBody(c.gold, release)
        results.set(`${c.form}/${c.id}`, {
          ...Object.fromEntries(FIELDS.map((f) => [f, round(typeof res[f] === 'number' ? res[f] : res[f] ? 1 : 0)])),
          ...Object.fromEntries(BODY_FIELDS.filter((f) => f in body).map((f) => [f, round(body[f])]))
        })
      }
    }
    expect(results.size).toBeGreaterThan(0)
    expect(crashes, 'parses that threw without an error code').toEqual([])

    if (process.env.UPDATE || !existsSync(baselinePath)) {
      if (!process.env.UPDATE && process.env.CI) throw new Error(`Missing ${baselinePath}: run \`UPDATE=1 npx vitest run test/accuracy.test.ts\``)
      writeFileSync(baselinePath, serialise(results))
      return
    }

    const baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as Record<string, Values>
    const drops: string[] = []
    for (const [key, was] of Object.entries(baseline)) {
      const now = results.get(key)
      if (!now) {
        drops.push(`${key}: no longer scored`)
        continue
      }
      for (const field of FIELDS) {
        if ((now[field] ?? 0) < (was[field] ?? 0)) drops.push(`${key} ${field}: ${was[field]} → ${now[field]}`)
      }
      for (const field of BODY_FIELDS) {
        if (was[field] !== undefined && (now[field] ?? 1) < was[field]) drops.push(`${key} ${field}: ${was[field]} → ${now[field]}`)
      }
    }
    const unrecorded = [...results.keys()].filter((k) => !(k in baseline))
    if (unrecorded.length > 0) console.log(`accuracy: ${unrecorded.length} cases not in the baseline yet (UPDATE=1 records them): ${unrecorded.slice(0, 5).join(', ')}…`)
    // One failure naming every drop (form/release field: before → now), not just the first.
    if (drops.length > 0) throw new Error(`${drops.length} fields scored below ${baselinePath}:\n${drops.join('\n')}`)
    // Every release in every form, PDFs read page by page: more than a minute on a busy machine.
  }, 300_000)
})

if (!present) {
  describe('accuracy against the baseline', () => {
    it.skip(`skipped: no corpus at ${corpus} (set BODOJARYO_CORPUS)`, () => {})
  })
}
