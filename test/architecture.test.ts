import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../src')

/** Every `.ts` module under `src/`, as a path relative to it. */
function modules(folder = root): string[] {
  const out: string[] = []
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) out.push(...modules(path))
    else if (entry.name.endsWith('.ts')) out.push(relative(root, path))
  }
  return out
}

const importPattern = /^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm

/** What a module imports (type imports too): project modules by path, packages by name. */
function importsOf(module: string): string[] {
  const source = readFileSync(join(root, module), 'utf8')
  const out: string[] = []
  for (const m of source.matchAll(importPattern)) {
    const target = m[1] ?? m[2] ?? m[3]
    if (target.startsWith('.')) out.push(relative(root, resolve(dirname(join(root, module)), target.replace(/\.js$/, '.ts'))))
    else out.push(target)
  }
  return out
}

const graph = new Map(modules().map((m) => [m, importsOf(m)]))

/** The packages that read a format, and the project modules that load them. */
const formatPackages = /^(?:unified|remark-|mdast|micromark|saxes|fflate|cfb|iconv-lite|pdfjs-dist)/
const isFormatModule = (m: string) => formatPackages.test(m) || m.startsWith('lib/readers/') || m === 'lib/load.ts'

/** The chain of imports from `from` to the first module `target` accepts, or null. */
function chainTo(from: string, target: (m: string) => boolean): string[] | null {
  const seen = new Set<string>([from])
  const queue: string[][] = [[from]]
  while (queue.length) {
    const path = queue.shift()!
    for (const next of graph.get(path[path.length - 1]) ?? []) {
      if (target(next)) return [...path, next]
      if (seen.has(next) || !graph.has(next)) continue
      seen.add(next)
      queue.push([...path, next])
    }
  }
  return null
}

describe('module structure', () => {
  it('finds the modules and their imports', () => {
    expect(graph.get('lib/construct/title.ts')).toContain('lib/stream.ts')
    expect(chainTo('lib/readers/text.ts', isFormatModule)).toEqual(['lib/readers/text.ts', 'lib/readers/markdown.ts'])
  })

  it('has no import cycle', () => {
    const cycles: string[] = []
    for (const module of graph.keys()) {
      const chain = chainTo(module, (m) => m === module)
      if (chain) cycles.push(chain.join(' → '))
    }
    expect(cycles).toEqual([])
  })

  it('keeps the constructs and the typed-object step away from readers and format libraries', () => {
    const reached: string[] = []
    for (const module of graph.keys()) {
      if (!module.startsWith('lib/construct/') && module !== 'to-press-release.ts') continue
      const chain = chainTo(module, isFormatModule)
      if (chain) reached.push(chain.join(' → '))
    }
    expect(reached).toEqual([])
  })
})
