import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {build, fromText} from '../src/from-text.js'
import {corpusPath, hasCorpus} from './corpus-folder.js'

type Loose = {type: string; value?: string; children?: Loose[]; position?: {start: unknown; end: unknown}}

const internal = new Set(['type', 'children', 'position', 'from', 'to', 'source', 'made'])

/** A tree as plain data, read through getters: points and the cells of lazy rows made when read. */
function plain(node: Loose): unknown {
  const position = node.position ? {start: {...(node.position.start as object)}, end: {...(node.position.end as object)}} : undefined
  const out: Record<string, unknown> = {type: node.type}
  // Own fields with plain values (a lazy node's bookkeeping aside: its offsets, source and the parts it made).
  for (const [key, value] of Object.entries(node)) if (!internal.has(key) && typeof value !== 'object') out[key] = value
  if (node.children !== undefined) out.children = node.children.map(plain)
  // A person's spans: the positions each value was read from, read through getters too.
  if (node.type === 'contact') {
    const spans = (node as unknown as {spans: Record<string, Array<{start: object; end: object}>>}).spans
    out.spans = Object.fromEntries(Object.entries(spans).map(([key, positions]) => [key, positions.map((p) => ({start: {...p.start}, end: {...p.end}}))]))
  }
  if (position) out.position = position
  return out
}

const fixtures = new URL('../fixtures/', import.meta.url)
const inputs = readdirSync(fixtures)
  .map((name) => new URL(`${name}/input.txt`, fixtures))
  .filter((url) => existsSync(url))
  .map((url) => readFileSync(url, 'utf8'))
const corpus = corpusPath('text')
const corpusTexts = hasCorpus('text') ? readdirSync(corpus).map((name) => readFileSync(join(corpus, name), 'utf8')) : []

describe("parse()'s own tree", () => {
  it('reads as the documented tree: same nodes, values and points', () => {
    expect(inputs.length).toBeGreaterThan(10)
    for (const value of inputs) expect(plain(build(value, {}, true).tree as Loose)).toStrictEqual(plain(fromText(value) as Loose))
  })

  it.skipIf(corpusTexts.length === 0)(`reads as the documented tree for every corpus release (${corpus})`, () => {
    for (const value of corpusTexts) expect(plain(build(value, {}, true).tree as Loose)).toStrictEqual(plain(fromText(value) as Loose))
  })
})
