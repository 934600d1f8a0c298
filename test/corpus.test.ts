import {readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {visit} from 'unist-util-visit'
import {fromText, parse, toPressRelease} from '../src/index.js'
import type {PressRelease} from '../src/index.js'
import {assertTreeInvariants} from './invariants.js'
import {corpusPath, hasCorpus} from './corpus-folder.js'

const corpus = corpusPath()
const present = hasCorpus('text')

describe.skipIf(!present)(`real releases (${corpus})`, () => {
  for (const form of ['text', 'lines', 'pdftext', 'markdown']) {
    it(`keeps the tree invariants on every ${form} release`, () => {
      const files = readdirSync(join(corpus, form)).sort()
      expect(files.length).toBeGreaterThan(0)
      for (const name of files) {
        const text = readFileSync(join(corpus, form, name), 'utf8')
        try {
          assertTreeInvariants(fromText(text), text)
        } catch (error) {
          throw new Error(`${form}/${name}: ${(error as Error).message}`)
        }
      }
    })
  }

  it('reads the same typed object from the tree as parse, with a node for each contact, listed attachment and schedule row', () => {
    const seed = readFileSync(new URL('../fixtures/seed-release/input.txt', import.meta.url), 'utf8')
    const texts = [seed, ...readdirSync(join(corpus, 'text')).sort().map((name) => readFileSync(join(corpus, 'text', name), 'utf8'))]
    for (const [index, text] of texts.entries()) {
      const tree = fromText(text)
      const release = parse(text)
      expect(toPressRelease(tree), `text ${index}`).toEqual(release)
      expect(nodesOf(tree, 'contact'), `text ${index}`).toEqual(release.contacts.map((c) => ({type: 'contact', ...c})))
      // Every appendix only listed, never printed, is an item of a list in the tree.
      expect(nodesOf(tree, 'attachmentItem').map((n) => n.title), `text ${index}`).toEqual(expect.arrayContaining(listedTitles(release)))
      const schedules = release.appendices.flatMap((a) => a.sections.flatMap((s) => s.schedule ?? []))
      expect(nodesOf(tree, 'scheduleRow').length, `text ${index}`).toBeGreaterThanOrEqual(schedules.length)
    }
  })

  it('gives the same typed object for LF and CRLF line endings', () => {
    for (const name of readdirSync(join(corpus, 'text')).sort().slice(0, 30)) {
      const text = readFileSync(join(corpus, 'text', name), 'utf8').replace(/\r\n?/g, '\n')
      expect(parse(text.replace(/\n/g, '\r\n')), name).toEqual(parse(text))
    }
  })

  it('finds an embargo or a kind in every text release', () => {
    for (const name of readdirSync(join(corpus, 'text')).sort()) {
      const release = parse(readFileSync(join(corpus, 'text', name), 'utf8'))
      expect(release.embargo !== null || release.kind !== null, name).toBe(true)
      expect(release.headline?.length, name).toBeGreaterThan(0)
    }
  })
})

/** The nodes of a type, in tree order, without children, position and spans. */
function nodesOf(tree: ReturnType<typeof fromText>, type: string): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = []
  visit(tree, type, (node) => {
    const {children: _children, position: _position, spans: _spans, ...rest} = node as unknown as Record<string, unknown>
    out.push(rest)
  })
  return out
}

/** The titles of the appendices only listed, never printed. */
function listedTitles(release: PressRelease): string[] {
  return release.appendices.filter((a) => !a.hasContent).map((a) => a.title ?? '')
}
