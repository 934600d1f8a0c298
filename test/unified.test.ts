import {readFileSync} from 'node:fs'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import bodojaryo, {parse} from '../src/index.js'

const seed = readFileSync(new URL('../fixtures/seed-release/input.txt', import.meta.url), 'utf8')

describe('unified plugin', () => {
  it('parses into a root whose nodes carry positions', () => {
    const tree = unified().use(bodojaryo).parse(seed)
    expect(tree.type).toBe('root')
    let nodes = 0
    let positioned = 0
    const types = new Set<string>()
    visit(tree, (node) => {
      nodes++
      types.add(node.type)
      if (node.position) positioned++
    })
    expect(positioned / nodes).toBeGreaterThan(0.9)
    for (const type of ['header', 'embargo', 'distribution', 'title', 'headline', 'subtitle', 'body', 'contacts', 'field', 'footer', 'appendix', 'table']) {
      expect(types, type).toContain(type)
    }
  })

  it('leaves the typed object on file.data.pressRelease', async () => {
    const file = await unified().use(bodojaryo).process(new VFile({value: seed}))
    expect(file.data.pressRelease).toEqual(parse(seed))
    expect(JSON.parse(String(file))).toEqual(parse(seed))
  })

  it('reports diagnostics on the file', async () => {
    const file = await unified().use(bodojaryo).process('아무 내용 없는 줄')
    expect(file.messages.map((m) => m.ruleId)).toContain('missing-embargo')
  })
})
