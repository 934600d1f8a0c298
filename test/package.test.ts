/**
 * The package as a user gets it: packed, installed from the tarball into a new project made
 * with `tsc --init` (strict, isolatedModules, verbatimModuleSyntax, no skipLibCheck), type-checked
 * with node and bundler resolution, and run; the README's TypeScript examples compiled there and
 * run with node, with tsx and as esbuild bundles (in the project, and moved away from its
 * `node_modules`); the installed command over a folder; then publint and attw on the same tarball.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import iconv from 'iconv-lite'
import {hwpx, release as hwpxRelease, sectionXml} from './crafted.js'
import {releasePdf} from './pdf.js'
import {findCases} from './fixture-cases.js'
import {messages} from '../src/messages.js'

const root = new URL('..', import.meta.url).pathname
const bin = (name: string) => join(root, 'node_modules', '.bin', name)
const built = existsSync(join(root, 'dist', 'index.d.ts'))
const seed = readFileSync(join(root, 'fixtures', 'seed-release', 'input.txt'))

/** The README's TypeScript examples, verbatim. */
const examples = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1])

/** Run a command; its exit status, stdout and stderr. */
function run(command: string, args: string[], cwd: string): {status: number; stdout: string; stderr: string} {
  try {
    const stdout = execFileSync(command, args, {cwd, encoding: 'utf8', stdio: 'pipe'})
    return {status: 0, stdout, stderr: ''}
  } catch (error) {
    const e = error as {status?: number; stdout?: string; stderr?: string}
    return {status: e.status ?? 1, stdout: String(e.stdout ?? ''), stderr: String(e.stderr ?? '')}
  }
}

const consumer = `import {BodojaryoError, fromText, isBodojaryoError, parse, toMarkdown} from 'bodojaryo'
import type {Contact, ErrorCode, PressRelease, RuleId, Tree, VFile} from 'bodojaryo'
import schema from 'bodojaryo/schema.json' with {type: 'json'}

const text = '보도시점 2025. 5. 28.(수) 16:00\\n\\n정책 첫걸음\\n\\n□ 본문입니다.\\n'
const release: PressRelease = parse(text)
const tree: Tree.Root = fromText(text)
const node: Tree.Node = tree.children[0] ?? tree
const position: Tree.Position | undefined = node.position
const contacts: readonly Contact[] = release.contacts

function lint(file: VFile): RuleId[] {
  parse(file)
  return file.messages.map((message) => message.ruleId as RuleId)
}

let code: ErrorCode | null = null
try {
  parse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
} catch (error) {
  if (isBodojaryoError(error)) code = error.code
  if (!(error instanceof BodojaryoError)) throw new Error('not a BodojaryoError')
}

console.log(JSON.stringify({
  iso: release.embargo?.iso ?? null,
  headline: release.headline,
  line: position?.start.line ?? null,
  contacts: contacts.length,
  code,
  markdown: toMarkdown(release).includes('# 정책 첫걸음'),
  schema: schema.$schema,
  lint: typeof lint
}))
`

describe.skipIf(!built)('the packed package', () => {
  let dir = ''
  let tarball = ''

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bodojaryo-package-'))
    execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], {cwd: root, stdio: 'pipe'})
    tarball = join(dir, readdirSync(dir).find((name) => name.endsWith('.tgz'))!)
    const project = join(dir, 'project')
    mkdirSync(project)
    writeFileSync(join(project, 'package.json'), JSON.stringify({name: 'consumer', private: true, type: 'module'}))
    // What the README has a TypeScript user install beside it.
    const types = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies['@types/node']
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball, `@types/node@${types}`, 'vfile@6', 'unified@11', 'unist-util-visit@5'], {cwd: project, stdio: 'pipe'})
    // The files the README's examples read.
    writeFileSync(join(project, 'release.txt'), seed)
    writeFileSync(join(project, 'release.hwpx'), hwpx(sectionXml(hwpxRelease)))
    writeFileSync(join(project, 'release.pdf'), releasePdf())
    writeFileSync(join(project, 'scan.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]))
    examples.forEach((code, i) => writeFileSync(join(project, `example-${i + 1}.ts`), code))
  }, 120_000)

  afterAll(() => {
    if (dir) rmSync(dir, {recursive: true, force: true})
  })

  it('holds the files a user needs and no install-time script', () => {
    const files = execFileSync('tar', ['-tzf', tarball], {encoding: 'utf8'}).split('\n')
    for (const name of ['package/CHANGELOG.md', 'package/README.md', 'package/LICENSE', 'package/bin.js', 'package/dist/index.d.ts', 'package/schema.json']) {
      expect(files).toContain(name)
    }
    const pkg = JSON.parse(readFileSync(join(dir, 'project', 'node_modules', 'bodojaryo', 'package.json'), 'utf8'))
    expect(pkg.scripts?.prepare).toBeUndefined()
    expect(pkg.scripts?.install).toBeUndefined()
    expect(pkg.scripts?.postinstall).toBeUndefined()
    expect(pkg.repository.url).toBe('git+https://github.com/bodojaryo/bodojaryo.git')
    expect(pkg.bugs.url).toMatch(/^https:\/\//)
  })

  it('type-checks and runs a consumer and the README’s examples in a `tsc --init` project, node and bundler resolution', () => {
    const project = join(dir, 'project')
    execFileSync(bin('tsc'), ['--init'], {cwd: project, stdio: 'pipe'})
    // As the README says: `tsc --init` loads no types (`"types": []`); the examples need Node's.
    const written = readFileSync(join(project, 'tsconfig.json'), 'utf8')
    expect(written).toMatch(/"types": \[\]/)
    expect(written).toMatch(/"verbatimModuleSyntax": true/)
    expect(written).toMatch(/"isolatedModules": true/)
    expect(written).toMatch(/"strict": true/)
    writeFileSync(join(project, 'tsconfig.json'), written.replace(/"types": \[\]/, '"types": ["node"]').replace(/"compilerOptions": \{/, '"compilerOptions": {\n    "resolveJsonModule": true,'))
    writeFileSync(
      join(project, 'tsconfig.bundler.json'),
      JSON.stringify({extends: './tsconfig.json', compilerOptions: {module: 'preserve', moduleResolution: 'bundler', noEmit: true}})
    )
    // The package's declarations themselves are checked too, without skipLibCheck (and without
    // Node's types, which they do not need).
    writeFileSync(
      join(project, 'tsconfig.declarations.json'),
      JSON.stringify({extends: './tsconfig.json', compilerOptions: {skipLibCheck: false, types: [], noEmit: true}, files: ['index.ts']})
    )
    writeFileSync(join(project, 'index.ts'), consumer)
    const tsc = (config: string) => {
      try {
        execFileSync(bin('tsc'), ['-p', config], {cwd: project, encoding: 'utf8', stdio: 'pipe'})
        return ''
      } catch (error) {
        return String((error as {stdout?: string}).stdout)
      }
    }
    expect(tsc('tsconfig.declarations.json')).toBe('')
    expect(tsc('tsconfig.bundler.json')).toBe('')
    expect(tsc('tsconfig.json')).toBe('')
    const out = JSON.parse(execFileSync('node', ['index.js'], {cwd: project, encoding: 'utf8'}))
    expect(out).toEqual({
      iso: '2025-05-28T16:00:00+09:00',
      headline: '정책 첫걸음',
      line: 1,
      contacts: 0,
      code: 'ERR_BINARY_INPUT',
      markdown: true,
      schema: 'https://json-schema.org/draft/2020-12/schema',
      lint: 'function'
    })
  }, 60_000)

  it('runs every TypeScript example of the README, compiled by tsc, with tsx and as an esbuild bundle, with the same output', () => {
    const project = join(dir, 'project')
    expect(examples.length).toBeGreaterThanOrEqual(5)
    // The esbuild command of the README's Bundling section, banner included.
    const bundled = run(
      bin('esbuild'),
      [...examples.map((_, i) => `example-${i + 1}.ts`), '--bundle', '--platform=node', '--format=esm', '--outdir=bundle', '--out-extension:.js=.mjs', '--log-level=error',
        "--banner:js=import {createRequire as requireFrom} from 'node:module'; const require = requireFrom(import.meta.url);"],
      project
    )
    expect(bundled.stderr).toBe('')
    // Each way runs every example in turn, in one process, as a script importing them would.
    const runner = (folder: string, extension: string) =>
      examples.map((_, k) => `console.log('--- example ${k + 1}')\nawait import('./${folder}example-${k + 1}.${extension}')`).join('\n') + '\n'
    writeFileSync(join(project, 'compiled.mjs'), runner('', 'js'))
    writeFileSync(join(project, 'sources.mts'), runner('', 'ts'))
    writeFileSync(join(project, 'bundled.mjs'), runner('bundle/', 'mjs'))
    const compiled = run('node', ['compiled.mjs'], project)
    expect(compiled, 'compiled by tsc').toMatchObject({status: 0, stderr: ''})
    expect(compiled.stdout.match(/^--- example \d+$/gm)).toHaveLength(examples.length)
    expect(run(bin('tsx'), ['sources.mts'], project), 'with tsx').toEqual(compiled)
    expect(run('node', ['bundled.mjs'], project), 'bundled by esbuild').toEqual(compiled)
    const outputs = [compiled.stdout]
    const all = outputs.join('')
    expect(all).toContain('2025-05-28T16:00:00+09:00')
    expect(all).toContain('release.hwpx 해양 쓰레기 수거 확대')
    expect(all).toContain('release.pdf 해양 쓰레기 수거 확대')
    expect(all).toMatch(/scan\.png ERR_BINARY_INPUT/)
    expect(all).toContain('장두원 044-202-6230')
    expect(all).toMatch(/^true$/m)
    // The Markdown the README writes of the supplied release.
    const markdown = readFileSync(join(project, 'release.md'), 'utf8')
    expect(markdown).toMatch(/^---\ntitle: "인공지능·디지털 대전환을 뒷받침하는 정보통신기술 기술사업화 생태계 혁신 첫걸음"\n/)
    expect(markdown).not.toMatch(/^###/m)
    expect(markdown).toMatch(/^> “정보통신기술은 .*”\n>\n> “인공지능과 .*”\n>\n> — 유상임 장관$/m)
  }, 60_000)

  it('reads .hwpx and .pdf in an esbuild bundle, beside node_modules or moved away, or names the library that is missing', () => {
    const project = join(dir, 'project')
    const script = [
      "import {readFileSync} from 'node:fs'",
      "import {parse, parseAsync} from 'bodojaryo'",
      'const out: Record<string, string> = {}',
      'const note = async (name: string, read: () => unknown) => {',
      '  try {',
      '    out[name] = `ok ${((await read()) as {headline: string | null}).headline}`',
      '  } catch (error) {',
      '    out[name] = `${(error as {code?: string}).code} ${(error as Error).message}`',
      '  }',
      '}',
      "await note('parse hwpx', () => parse(readFileSync('release.hwpx')))",
      "await note('parseAsync hwpx', () => parseAsync(readFileSync('release.hwpx')))",
      "await note('parseAsync pdf', () => parseAsync(readFileSync('release.pdf')))",
      'console.log(JSON.stringify(out))'
    ].join('\n')
    writeFileSync(join(project, 'documents.ts'), script)
    const bundled = run(bin('esbuild'), ['documents.ts', '--bundle', '--platform=node', '--format=esm', '--outfile=documents/documents.mjs', '--log-level=error'], project)
    expect(bundled.stderr).toBe('')
    const beside = JSON.parse(run('node', ['documents/documents.mjs'], project).stdout)
    expect(beside).toEqual({'parse hwpx': 'ok 해양 쓰레기 수거 확대', 'parseAsync hwpx': 'ok 해양 쓰레기 수거 확대', 'parseAsync pdf': 'ok 해양 쓰레기 수거 확대'})
    // Away from any node_modules: what the bundle holds reads, what it cannot hold is named.
    const away = mkdtempSync(join(tmpdir(), 'bodojaryo-away-'))
    try {
      for (const name of ['documents/documents.mjs', 'release.hwpx', 'release.pdf']) writeFileSync(join(away, name.replace('documents/', '')), readFileSync(join(project, name)))
      const moved = run('node', ['documents.mjs'], away)
      expect(moved.status).toBe(0)
      const result = JSON.parse(moved.stdout)
      expect(result['parseAsync hwpx']).toBe('ok 해양 쓰레기 수거 확대')
      expect(result['parse hwpx']).toMatch(/^ERR_MISSING_DEPENDENCY Cannot find module `fflate`/)
      expect(result['parseAsync pdf']).toMatch(/^(?:ok 해양 쓰레기 수거 확대|ERR_MISSING_DEPENDENCY .*(?:@napi-rs\/canvas|CMaps))/)
      expect(JSON.stringify(result)).not.toContain('ERR_INVALID_DOCUMENT')
    } finally {
      rmSync(away, {recursive: true, force: true})
    }
  }, 60_000)

  it('prints no info diagnostics by default over a folder of mixed releases, and their paths as given', () => {
    const project = join(dir, 'project')
    const folder = join(project, 'mixed')
    mkdirSync(folder, {recursive: true})
    const fixtures = join(root, 'fixtures')
    for (const name of findCases(fixtures)) writeFileSync(join(folder, `${name.replaceAll('/', '-')}.txt`), readFileSync(join(fixtures, name, 'input.txt')))
    for (const name of ['release.hwpx', 'release.pdf']) writeFileSync(join(folder, name), readFileSync(join(project, name)))
    writeFileSync(join(folder, 'release-cp949.txt'), iconv.encode(seed.toString('utf8'), 'cp949'))
    writeFileSync(join(folder, 'release.md'), readFileSync(join(fixtures, 'seed-release', 'expected.md')))
    expect(readdirSync(folder).length).toBeGreaterThanOrEqual(50)
    const command = join(project, 'node_modules', '.bin', 'bodojaryo')
    const severity = (line: string) => messages[/ {2}([a-z0-9-]+)$/.exec(line)?.[1] as keyof typeof messages]?.severity
    const normal = run(command, ['mixed'], project).stderr.trim().split('\n')
    expect(normal.pop()).toMatch(/^\d+ files, \d+ parsed, \d+ failed, \d+ warnings?, [\d.]+ s$/)
    expect(normal.filter((line) => severity(line) === 'info')).toEqual([])
    for (const line of normal) expect(line).toMatch(/^mixed\//)
    const verbose = run(command, ['mixed', '--verbose'], project).stderr.split('\n')
    expect(verbose.filter((line) => severity(line) === 'info').length).toBeGreaterThan(10)
  }, 60_000)

  it('runs the installed command', () => {
    const command = join(dir, 'project', 'node_modules', '.bin', 'bodojaryo')
    const version = execFileSync(command, ['--version'], {encoding: 'utf8'}).trim()
    expect(version).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version)
    const schema = JSON.parse(execFileSync(command, ['--schema'], {encoding: 'utf8'}))
    expect(schema.title).toBe('PressRelease')
  })

  it('passes publint and attw (ESM only) on the tarball', () => {
    const lint = execFileSync(bin('publint'), ['run', '--strict', tarball], {encoding: 'utf8'})
    expect(lint).toContain('All good')
    // attw exits non-zero on any problem; `esm-only` ignores CommonJS resolution.
    const types = execFileSync(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii'], {encoding: 'utf8'})
    expect(types).toContain('"bodojaryo"')
  }, 60_000)
})
